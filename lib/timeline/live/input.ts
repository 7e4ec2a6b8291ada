/**
 * The reader's input to the chart other than zoom and pan (zoom.ts): which mark an event is about,
 * hover and focus, the keys, and copies of a wheel or touch event that was aimed at the drawing the
 * chart replaced, so the chart hears it as its own.
 */
import { stepInOrder } from "../layout";

/** The id of the mark `target` is in, when that mark is in this chart's drawing. */
export function markIdAt(svg: SVGSVGElement, target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest("[data-event-id]") : null;
  return el && svg.contains(el) ? el.getAttribute("data-event-id") : null;
}

export type HoverHandlers = {
  /** the marks under the pointer are out of date (a gesture paints over them): no hover then */
  paused(): boolean;
  hover(id: string): void;
  leave(): void;
};

/** Listens for the pointer or focus entering and leaving marks; returns the unsubscribe. */
export function listenHover(svg: SVGSVGElement, on: HoverHandlers): () => void {
  const over = (e: Event) => {
    // during a gesture the SVG marks wait, out of date, under the canvas: no hover card for them
    if (on.paused() && e.type === "pointerover") return;
    const id = markIdAt(svg, e.target);
    if (id !== null) on.hover(id);
  };
  const out = (e: Event) => {
    const from = markIdAt(svg, e.target);
    const to = markIdAt(svg, (e as FocusEvent | PointerEvent).relatedTarget);
    if (from !== null && from !== to) on.leave();
  };
  svg.addEventListener("pointerover", over);
  svg.addEventListener("focusin", over);
  svg.addEventListener("pointerout", out);
  svg.addEventListener("focusout", out);
  return () => {
    svg.removeEventListener("pointerover", over);
    svg.removeEventListener("focusin", over);
    svg.removeEventListener("pointerout", out);
    svg.removeEventListener("focusout", out);
  };
}

/** What a key on the focused mark `id` does: move the focus (null: nowhere to go), select it, or zoom. */
export type KeyAction = { kind: "focus"; id: string | null } | { kind: "select" } | { kind: "zoom"; k: number };

export function keyAction(key: string, order: readonly string[], id: string): KeyAction | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return { kind: "focus", id: stepInOrder(order, id, 1) };
    case "ArrowLeft":
    case "ArrowUp":
      return { kind: "focus", id: stepInOrder(order, id, -1) };
    case "Home":
      return { kind: "focus", id: order[0] ?? null };
    case "End":
      return { kind: "focus", id: order[order.length - 1] ?? null };
    case "Enter":
    case " ":
      return { kind: "select" };
    case "+":
    case "=":
      return { kind: "zoom", k: 1.5 };
    case "-":
      return { kind: "zoom", k: 1 / 1.5 };
    default:
      return null;
  }
}

/** A copy of a wheel event, to dispatch on the chart. */
export function copyWheel(view: Window & typeof globalThis, e: WheelEvent): WheelEvent {
  return new view.WheelEvent("wheel", {
    bubbles: true,
    cancelable: true,
    clientX: e.clientX,
    clientY: e.clientY,
    screenX: e.screenX,
    screenY: e.screenY,
    deltaX: e.deltaX,
    deltaY: e.deltaY,
    deltaZ: e.deltaZ,
    deltaMode: e.deltaMode,
    ctrlKey: e.ctrlKey,
    shiftKey: e.shiftKey,
    altKey: e.altKey,
    metaKey: e.metaKey,
    button: e.button,
    buttons: e.buttons,
  });
}

/** A copy of a touch event with the same touches, now aimed at `target`. */
export function copyTouch(view: Window & typeof globalThis, e: TouchEvent, target: EventTarget): TouchEvent {
  const copy = (list: TouchList) =>
    Array.from(list, (t) => new view.Touch({
      identifier: t.identifier,
      target,
      clientX: t.clientX,
      clientY: t.clientY,
      screenX: t.screenX,
      screenY: t.screenY,
      pageX: t.pageX,
      pageY: t.pageY,
      radiusX: t.radiusX,
      radiusY: t.radiusY,
      rotationAngle: t.rotationAngle,
      force: t.force,
    }));
  return new view.TouchEvent(e.type, {
    bubbles: true,
    cancelable: true,
    touches: copy(e.touches),
    targetTouches: copy(e.touches),
    changedTouches: copy(e.changedTouches),
    ctrlKey: e.ctrlKey,
    shiftKey: e.shiftKey,
    altKey: e.altKey,
    metaKey: e.metaKey,
  });
}
