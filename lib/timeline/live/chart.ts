/**
 * The timeline's interactive layer, framework-free: materialises `renderTimeline` with `toDom`, then
 * zooms and pans with d3-zoom by moving what exists (mark transforms, bar widths, connectors, a dozen
 * axis ticks) instead of rebuilding. A zoom frame does O(visible) work: marks in view are found by
 * binary search over a time index, marks that left the view are hidden, nothing is measured or laid
 * out again, and at most one frame is drawn per animation frame. On a crowded timeline a gesture
 * paints the plot on an opaque canvas over the SVG instead, and leaves the SVG alone until the view
 * has come to rest: then the SVG (focus, accessible names) is brought up to date, the canvas emptied,
 * and labels are packed again once.
 * React (Timeline.tsx) drives it; an embed script can drive it the same way.
 */
import type { ScaleTime } from "d3-scale";
import { select } from "d3-selection";
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import { toDom, type SvgNode } from "../../svg/node";
import { CanvasMarks } from "./canvas";
import { swipeLock } from "./swipe";
import { axisTicks, candidatesInView, connectorPath, domainWindow, markSpan, metrics, MIN_SPAN, stepInOrder, timeIndex, timeScale, type TimeIndex } from "../layout";
import { layoutScale, markOpacity, markTransform, palettes, referenceTransform, renderAxis, renderTimeline, selectionRing, type RenderOptions } from "../draw";
import type { Connector, Mark, TimelineLayout, TimeWindow } from "../types";

export type ChartCallbacks = {
  onSelect(id: string | null): void;
  /** the view came to rest: the precise window (for packing labels) and the whole-day one (for URLs) */
  onSettle(precise: TimeWindow, days: TimeWindow): void;
  onHover(id: string, anchor: Element): void;
  onLeave(): void;
  settleMs: number;
};

type Entry = {
  el: SVGGElement;
  mark: Mark;
  /** elements whose width follows the bar (bar, selection ring) */
  stretch: SVGElement[];
  label: SVGTextElement | null;
  ring: SVGElement | null;
  shown: boolean;
  /** the translate of the mark's transform, moved in place (no string parsing) where the browser allows */
  translate: SVGTransform | null;
  /** the last frame that found the mark in view */
  seen: number;
};
type SelectState = Pick<RenderOptions, "selectedId" | "highlighted" | "dimOthers">;

const SVG_NS = "http://www.w3.org/2000/svg";
/**
 * Above this many dated marks, gestures paint on a canvas instead of moving SVG nodes. Measured on the
 * dashboard in Chromium (trace of the scripted wheel zoom): each moved mark costs a style recalc, so at
 * 1,000 marks in view moving the SVG spends 15–30 ms per frame in style alone, while painting the same
 * marks costs a few milliseconds of script and no style or layout; a few hundred marks are cheap either way.
 */
export const CANVAS_THRESHOLD = 200;
const r2 = (n: number) => String(Math.round(n * 100) / 100);
/**
 * A press becomes a pan only once the pointer has moved this far (CSS px) from where it went down:
 * until then the view stays still and the press is a click, which selects what is under it and never
 * moves the window. A hand on a mouse drifts a pixel or two between press and release.
 */
export const DRAG_THRESHOLD = 4;

/** A gesture from its first event: where the pointer went down, the view then, and whether it has moved enough to pan. */
type Gesture = { x: number; y: number; t: ZoomTransform; passed: boolean };

/** The client point of a mouse or one-finger touch event; null for anything else (wheel, pinch, keys). */
function dragPoint(e: unknown): { x: number; y: number } | null {
  if (!e || typeof e !== "object") return null;
  const ev = e as Partial<MouseEvent & TouchEvent>;
  if (ev.type === "mousedown" || ev.type === "mousemove") return { x: ev.clientX ?? 0, y: ev.clientY ?? 0 };
  if ((ev.type === "touchstart" || ev.type === "touchmove") && ev.touches?.length === 1) {
    const t = ev.touches[0]!;
    return { x: t.clientX, y: t.clientY };
  }
  return null;
}

/** The mark's translate as a live SVGTransform, where the DOM implements SVG transforms (not jsdom). */
function firstTranslate(el: SVGGElement): SVGTransform | null {
  const list = (el as Partial<SVGGElement>).transform?.baseVal;
  const item = list && list.numberOfItems > 0 ? list.getItem(0) : null;
  return item && item.type === 2 /* SVG_TRANSFORM_TRANSLATE */ ? item : null;
}

function setWidth(el: SVGElement, w: number): void {
  const length = (el as Partial<SVGRectElement>).width?.baseVal;
  if (length) length.value = w;
  else el.setAttribute("width", r2(w));
}

/** Marks' label nodes in a rendered tree, by event id. */
function collectLabels(nodes: readonly (SvgNode | string)[], out: Map<string, SvgNode>): void {
  for (const n of nodes) {
    if (typeof n === "string") continue;
    const id = n.attrs?.["data-event-id"];
    if (typeof id === "string") {
      const label = n.children?.find((c): c is SvgNode => typeof c !== "string" && c.attrs?.class === "nl-label");
      if (label) out.set(id, label);
      continue;
    }
    if (n.children) collectLabels(n.children, out);
  }
}

/** What must not change for marks to be patched in place rather than redrawn. */
function signatureOf(layout: TimelineLayout): string {
  return [
    layout.theme,
    layout.width,
    layout.laneMode,
    layout.conditional?.x0 ?? "",
    layout.marks.map((m) => `${m.id}:${m.area}:${m.lane}:${m.certainty}:${m.placement.kind}`).join(","),
  ].join("|");
}

/** `event` as a listener that may not cancel it sees it: preventDefault does nothing. */
function uncancellable<E extends Event>(event: E): E {
  return new Proxy(event, {
    get(target, key) {
      if (key === "preventDefault") return () => {};
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export class TimelineChart {
  private readonly svg: SVGSVGElement;
  /** the drawing's box in the page: its size is the drawing's, scaled to the panel when there is a display width */
  private readonly sizer: HTMLDivElement;
  /** the drawing at its layout size (SVG and the gesture canvases), scaled into the sizer */
  private readonly box: HTMLDivElement;
  /** the width (CSS px) the drawing is shown at, when it differs from the width it is laid out at (see `showAt`) */
  private displayWidth: number | null = null;
  private readonly zoom: ZoomBehavior<SVGSVGElement, unknown>;
  private gesture: Gesture | null = null;
  private layout: TimelineLayout | null = null;
  private base: ScaleTime<number, number> | null = null;
  private current: ScaleTime<number, number> | null = null;
  private entries = new Map<string, Entry>();
  private dated: Entry[] = [];
  /** dated marks by time, and their entries in the same order */
  private byTime: TimeIndex = timeIndex([]);
  private indexed: Entry[] = [];
  /** dated entries shown after the last frame */
  private shown: Entry[] = [];
  private frameNo = 0;
  /** an animation frame is pending: zoom events until then are drawn once, in it */
  private frame: number | null = null;
  private dirty = false;
  private connectors: { el: SVGPathElement; c: Connector }[] = [];
  private axis: SVGGElement | null = null;
  private reference: SVGGElement | null = null;
  private programmatic = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private focusId: string | null = null;
  private readonly canvas: CanvasMarks;
  private painting = false;
  private state: SelectState = {};
  private signature = "";
  private selectState = new Map<string, string>();
  /** the drawing (signature) the canvas path was last readied for, and the pending idle callback */
  private prepared = "";
  private idle: { cancel(): void } | null = null;

  constructor(
    host: HTMLElement,
    private readonly cb: ChartCallbacks,
  ) {
    this.svg = host.ownerDocument.createElementNS(SVG_NS, "svg") as SVGSVGElement;
    this.svg.setAttribute("display", "block");
    // A layout and paint boundary around the drawing: a zoom frame changes nodes inside it, and without
    // the boundary each frame would lay out the whole page again (with every absolutely positioned
    // element on it) and repaint it. Its size is set to the drawing's on every draw.
    this.sizer = host.ownerDocument.createElement("div");
    this.sizer.style.position = "relative";
    this.sizer.style.contain = "strict";
    // On touch, one finger moving up or down scrolls the page, as it does everywhere else on it (a
    // timeline as tall as a phone's screen would otherwise trap the reader); a sideways swipe pans the
    // timeline and a pinch zooms it, which is all a horizontal time axis needs.
    this.sizer.style.touchAction = "pan-y";
    this.box = host.ownerDocument.createElement("div");
    this.box.style.position = "absolute";
    this.box.style.left = "0";
    this.box.style.top = "0";
    this.box.style.transformOrigin = "0 0";
    this.box.appendChild(this.svg);
    this.sizer.appendChild(this.box);
    host.appendChild(this.sizer);
    this.canvas = new CanvasMarks(this.box);
    this.zoom = d3zoom<SVGSVGElement, unknown>()
      // a release within the threshold is a click (d3-zoom's default of 0 px turns any drift into a drag that eats the click)
      .clickDistance(DRAG_THRESHOLD)
      .on("start", (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (this.programmatic) return;
        const at = dragPoint(e.sourceEvent);
        // a wheel or a pinch moves the view at once; a press waits for the pointer to move
        this.gesture = { x: at?.x ?? 0, y: at?.y ?? 0, t: e.transform, passed: at === null };
        // a new gesture before the last one settled: nothing is re-packed or swapped back mid-gesture
        if (!at) this.cancelSettle();
      })
      .on("zoom", (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!this.base) return;
        const g = this.gesture;
        if (g && !g.passed && !this.programmatic) {
          const at = dragPoint(e.sourceEvent);
          if (at && Math.hypot(at.x - g.x, at.y - g.y) < DRAG_THRESHOLD) return;
          g.passed = true;
          this.cancelSettle();
        }
        this.current = e.transform.rescaleX(this.base);
        // wheel, drag and pinch on a crowded timeline paint on canvas; buttons and keys move the SVG
        if (e.sourceEvent && !this.painting && this.dated.length > CANVAS_THRESHOLD) this.paintOnCanvas(true);
        if (this.programmatic) this.render();
        else this.requestRender();
      })
      .on("end", () => {
        if (this.programmatic) return;
        const g = this.gesture;
        this.gesture = null;
        if (g && !g.passed) {
          // a click: the view stays, and so does the window in the URL; d3-zoom's own transform, which
          // followed the sub-threshold drift, goes back to the view that is drawn
          const t = (this.svg as unknown as { __zoom?: ZoomTransform }).__zoom;
          if (t && (t.k !== g.t.k || t.x !== g.t.x || t.y !== g.t.y)) {
            this.programmatic = true;
            select(this.svg).call(this.zoom.transform, g.t);
            this.programmatic = false;
          }
          return;
        }
        this.scheduleSettle();
      });
    const zoomed = select(this.svg).call(this.zoom).on("dblclick.zoom", null);
    // Touch: the sizer's `touch-action: pan-y` leaves vertical swipes to the page and pinches and
    // sideways swipes to d3-zoom, but d3-zoom cancels every touchmove it sees, which would stop the
    // page scrolling too. Its handler is heard passively and given the event without its cancelling
    // (which a passive listener may not do), so the browser's own rule decides.
    // A one-finger swipe is the page's or the timeline's by its first clear direction (see swipe.ts).
    // d3-zoom stops the propagation of every touchstart, so the lock hears them through its handler.
    const touchstarted = zoomed.on("touchstart.zoom");
    const touchmoved = zoomed.on("touchmove.zoom");
    const swipe = swipeLock();
    if (touchstarted)
      zoomed.on("touchstart.zoom", function (this: SVGSVGElement, event: TouchEvent, d: unknown) {
        swipe.begin(event.touches);
        touchstarted.call(this, event, d);
      });
    if (touchmoved)
      zoomed.on(
        "touchmove.zoom",
        function (this: SVGSVGElement, event: TouchEvent, d: unknown) {
          if (swipe.hears(event.touches)) touchmoved.call(this, uncancellable(event), d);
        },
        { passive: true },
      );
    this.svg.addEventListener("pointerover", this.onOver);
    this.svg.addEventListener("focusin", this.onOver);
    this.svg.addEventListener("pointerout", this.onOut);
    this.svg.addEventListener("focusout", this.onOut);
  }

  /**
   * Draws a layout. When only the packing changed (the view settled at a new zoom level: same marks,
   * lanes and theme), marks are patched in place (row, label) and only the small layers are redrawn.
   */
  draw(layout: TimelineLayout, idPrefix: string): void {
    const doc = this.svg.ownerDocument;
    if (this.painting) this.paintOnCanvas(false);
    const hadFocus = doc.activeElement instanceof Element && this.svg.contains(doc.activeElement) ? this.focusId : null;
    const previous = this.layout;
    const tree = renderTimeline(layout, { idPrefix });
    for (const [k, v] of Object.entries(tree.attrs ?? {})) {
      if (k !== "xmlns" && v !== undefined && v !== null && v !== false) this.svg.setAttribute(k, String(v));
    }
    const signature = `${idPrefix}|${signatureOf(layout)}`;
    const children = tree.children ?? [];
    if (signature === this.signature && this.svg.childNodes.length === children.length) {
      this.patch(layout, children);
    } else {
      this.svg.replaceChildren(...children.map((c) => toDom(c, doc)));
      this.index(layout);
    }
    this.signature = signature;
    this.layout = layout;
    this.fitFrame();
    if (this.dated.length > CANVAS_THRESHOLD) this.canvas.fit(layout);
    this.axis = this.svg.querySelector<SVGGElement>("g.nl-axis");
    this.reference = this.svg.querySelector<SVGGElement>("g.nl-reference-marker");
    const paths = this.svg.querySelectorAll<SVGPathElement>("path.nl-connector");
    this.connectors = layout.connectors.map((c, i) => ({ el: paths[i]!, c }));

    const { x0, x1 } = layout.plot;
    const extent: [[number, number], [number, number]] = [[x0, 0], [x1, layout.height]];
    this.base = timeScale(layout.fullDomain, [x0, x1]);
    const span = layout.fullDomain[1] - layout.fullDomain[0];
    this.zoom.extent(extent).translateExtent(extent).scaleExtent([1, Math.max(1, span / MIN_SPAN)]);
    // a new window (from the URL, or "fit all") moves the view; a redraw for other reasons keeps it
    const keep = previous && this.current && previous.domain[0] === layout.domain[0] && previous.domain[1] === layout.domain[1];
    const [from, to] = keep ? (this.current!.domain() as [Date, Date]).map(Number) : layout.domain;
    const a = this.base(from!);
    const b = this.base(to!);
    const k = (x1 - x0) / Math.max(1e-6, b - a);
    this.programmatic = true;
    select(this.svg).call(this.zoom.transform, zoomIdentity.translate(x0 - k * a, 0).scale(k));
    this.programmatic = false;

    if (this.focusId && !this.entries.has(this.focusId)) this.focusId = null;
    if (hadFocus && this.entries.has(hadFocus) && doc.activeElement !== this.entries.get(hadFocus)!.el) this.entries.get(hadFocus)!.el.focus();
  }

  /**
   * Shows the drawing at `width` CSS px whatever width it was laid out at, scaled like an SVG with a
   * viewBox: the panel's box is then the one the server's static drawing (laid out for a width band
   * and scaled to the panel) had, so replacing it moves nothing. Without a display width the drawing
   * is shown at its layout size.
   */
  showAt(width: number): void {
    if (width === this.displayWidth) return;
    this.displayWidth = width;
    this.fitFrame();
  }

  /** Sizes the sizer to the drawing (scaled to the display width, when there is one), and the drawing into it. */
  private fitFrame(): void {
    const layout = this.layout;
    if (!layout) return;
    const { sizer, box } = this;
    const width = `${layout.width}px`;
    const height = `${layout.height}px`;
    if (box.style.width !== width) box.style.width = width;
    if (box.style.height !== height) box.style.height = height;
    const scaled = this.displayWidth !== null;
    // the same rule as an SVG's height: auto under a viewBox, so the sizer's height is the static drawing's to the pixel
    const ratio = scaled ? `${layout.width} / ${layout.height}` : "";
    if (sizer.style.aspectRatio !== ratio) sizer.style.aspectRatio = ratio;
    if (sizer.style.height !== (scaled ? "" : height)) sizer.style.height = scaled ? "" : height;
    const k = scaled ? this.displayWidth! / layout.width : 1;
    const transform = k === 1 ? "" : `scale(${k})`;
    if (box.style.transform !== transform) box.style.transform = transform;
    this.canvas.scaleBy(k);
  }

  private index(layout: TimelineLayout): void {
    const byId = new Map(layout.marks.map((m) => [m.id, m]));
    this.entries = new Map();
    for (const el of this.svg.querySelectorAll<SVGGElement>("g[data-event-id]")) {
      const mark = byId.get(el.getAttribute("data-event-id")!)!;
      this.entries.set(mark.id, {
        el,
        mark,
        stretch: [...el.querySelectorAll<SVGElement>("[data-stretch]")],
        label: el.querySelector<SVGTextElement>(":scope > text.nl-label"),
        ring: null,
        shown: true,
        translate: firstTranslate(el),
        seen: -1,
      });
    }
    this.dated = [...this.entries.values()].filter((e) => e.mark.area === "dated");
    this.shown = this.dated;
    this.reindex();
    this.selectState = new Map();
  }

  private reindex(): void {
    this.byTime = timeIndex(this.dated.map((e) => e.mark));
    this.indexed = this.byTime.marks.map((m) => this.entries.get(m.id)!);
  }

  private patch(layout: TimelineLayout, children: readonly (SvgNode | string)[]): void {
    const doc = this.svg.ownerDocument;
    children.forEach((child, i) => {
      const old = this.svg.childNodes[i]!;
      if (typeof child !== "string" && child.attrs?.class === "nl-marks") return;
      this.svg.replaceChild(toDom(child, doc), old);
    });
    const labels = new Map<string, SvgNode>();
    collectLabels(children, labels);
    for (const mark of layout.marks) {
      const entry = this.entries.get(mark.id)!;
      const before = entry.mark;
      entry.mark = mark;
      if (before.labelLines.join("\n") === mark.labelLines.join("\n")) continue;
      entry.label?.remove();
      const node = labels.get(mark.id);
      entry.label = node ? (toDom(node, doc) as SVGTextElement) : null;
      if (entry.label) entry.el.appendChild(entry.label);
      this.selectState.delete(mark.id);
    }
    this.reindex();
    for (const entry of this.entries.values()) {
      if (entry.mark.area !== "dated") entry.el.setAttribute("transform", markTransform(entry.mark, this.current ?? layoutScale(layout)));
    }
  }

  /** Applies selection, links and dimming without redrawing; only marks whose state changed are touched. */
  select(state: SelectState): void {
    this.state = state;
    const palette = this.layout ? palettes[this.layout.theme] : null;
    for (const entry of this.entries.values()) {
      const { el, mark } = entry;
      const selected = state.selectedId === mark.id;
      const opacity = markOpacity(mark.id, state);
      const bold = state.highlighted?.has(mark.id) === true;
      const key = `${selected}|${opacity}|${bold}`;
      if (this.selectState.get(mark.id) === key) continue;
      this.selectState.set(mark.id, key);
      el.setAttribute("aria-selected", selected ? "true" : "false");
      if (opacity === undefined) el.removeAttribute("opacity");
      else el.setAttribute("opacity", String(opacity));
      if (entry.ring && !selected) {
        entry.ring.remove();
        entry.stretch = entry.stretch.filter((s) => s !== entry.ring);
        entry.ring = null;
      } else if (!entry.ring && selected && palette && this.current) {
        entry.ring = toDom(selectionRing(mark, this.current, palette), el.ownerDocument) as SVGElement;
        el.insertBefore(entry.ring, el.firstChild);
        entry.stretch.push(entry.ring);
      }
      entry.label?.setAttribute("font-weight", bold ? "600" : "400");
    }
    this.setRoving(this.focusId ?? state.selectedId ?? null);
  }

  /** A click whose target (the element under the pointer) is in a mark selects it. */
  handleClick(target: EventTarget | null): void {
    const id = this.markId(target);
    if (id === null) return;
    this.setRoving(id);
    this.cb.onSelect(id);
  }

  /** Keyboard on a focused mark; returns whether the key was used. */
  handleKey(e: KeyboardEvent): boolean {
    const id = this.markId(e.target);
    if (id === null || !this.layout) return false;
    const order = this.layout.order;
    const moves: Record<string, () => string | null> = {
      ArrowRight: () => stepInOrder(order, id, 1),
      ArrowDown: () => stepInOrder(order, id, 1),
      ArrowLeft: () => stepInOrder(order, id, -1),
      ArrowUp: () => stepInOrder(order, id, -1),
      Home: () => order[0] ?? null,
      End: () => order[order.length - 1] ?? null,
    };
    const move = moves[e.key];
    if (move) {
      const next = move();
      if (next !== null) this.focusMark(next);
      return true;
    }
    if (e.key === "Enter" || e.key === " ") {
      this.cb.onSelect(id);
      return true;
    }
    if (e.key === "+" || e.key === "=") this.zoomBy(1.5);
    else if (e.key === "-") this.zoomBy(1 / 1.5);
    else return false;
    return true;
  }

  focusMark(id: string): void {
    const entry = this.entries.get(id);
    if (!entry || !this.layout || !this.current) return;
    if (entry.mark.area === "dated") {
      const { x0, x1 } = this.layout.plot;
      const [a] = markSpan(entry.mark, this.current);
      if (a < x0 || a > x1 - metrics.r) {
        const k = this.transformK();
        select(this.svg).call(this.zoom.translateBy, ((x0 + x1) / 2 - a) / k, 0);
      }
    }
    this.setRoving(id);
    entry.el.focus();
  }

  /**
   * Handles a wheel event that reached the page before the chart was there (it was aimed at the
   * drawing this chart replaced, at the same place): the chart's own wheel handling gets a copy, so
   * the gesture's first event zooms or not exactly as one aimed at the chart would. Returns whether
   * the chart used it (the caller then keeps the page from scrolling).
   */
  takeWheel(e: WheelEvent): boolean {
    const view = this.svg.ownerDocument.defaultView;
    if (!view) return false;
    const copy = new view.WheelEvent("wheel", {
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
    return !this.svg.dispatchEvent(copy);
  }

  /**
   * The same for a touch event of a gesture that began on the replaced drawing (its events keep going to
   * the node they started on, which has left the page): the chart gets a copy with the same touches.
   */
  takeTouch(e: TouchEvent): boolean {
    const view = this.svg.ownerDocument.defaultView;
    if (!view || typeof view.Touch !== "function") return false;
    const copy = (list: TouchList) =>
      Array.from(list, (t) => new view.Touch({
        identifier: t.identifier,
        target: this.svg,
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
    const event = new view.TouchEvent(e.type, {
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
    return !this.svg.dispatchEvent(event);
  }

  zoomBy(k: number): void {
    select(this.svg).call(this.zoom.scaleBy, k);
  }

  fitAll(): void {
    select(this.svg).call(this.zoom.transform, zoomIdentity);
  }

  /**
   * Readies the canvas path in idle time once a crowded chart is drawn (see `CanvasMarks.prepare`), so
   * the first frame of the first gesture does not pay for compiling and building it. Once per drawing.
   */
  prepareWhenIdle(): void {
    if (this.dated.length <= CANVAS_THRESHOLD || this.prepared === this.signature || this.idle) return;
    const run = () => {
      this.idle = null;
      if (!this.layout || !this.current) return;
      // a gesture is running: ready it once the chart is idle again
      if (this.painting || this.frame !== null) return this.prepareWhenIdle();
      this.prepared = this.signature;
      const [from, to] = this.viewSlice();
      this.canvas.prepare(this.layout, this.byTime.marks, from, to, this.current, this.state);
    };
    const ric = globalThis.requestIdleCallback;
    if (ric) {
      const handle = ric(run, { timeout: 2000 });
      this.idle = { cancel: () => globalThis.cancelIdleCallback(handle) };
    } else {
      const handle = setTimeout(run, 200);
      this.idle = { cancel: () => clearTimeout(handle) };
    }
  }

  destroy(): void {
    this.idle?.cancel();
    this.idle = null;
    this.cancelSettle();
    if (this.frame !== null) globalThis.cancelAnimationFrame?.(this.frame);
    this.canvas.destroy();
    select(this.svg).on(".zoom", null);
    this.svg.removeEventListener("pointerover", this.onOver);
    this.svg.removeEventListener("focusin", this.onOver);
    this.svg.removeEventListener("pointerout", this.onOut);
    this.svg.removeEventListener("focusout", this.onOut);
    this.sizer.remove();
    this.entries.clear();
  }

  private transformK(): number {
    const t = (this.svg as unknown as { __zoom?: { k: number } }).__zoom;
    return t?.k ?? 1;
  }

  private markId(target: EventTarget | null): string | null {
    const el = target instanceof Element ? target.closest("[data-event-id]") : null;
    return el && this.svg.contains(el) ? el.getAttribute("data-event-id") : null;
  }

  private setRoving(id: string | null): void {
    const layout = this.layout;
    if (!layout) return;
    const target = id && this.entries.has(id) ? id : (layout.order[0] ?? null);
    const current = this.svg.querySelectorAll('[data-event-id][tabindex="0"]');
    for (const el of current) if (el.getAttribute("data-event-id") !== target) el.setAttribute("tabindex", "-1");
    if (target) this.entries.get(target)?.el.setAttribute("tabindex", "0");
    this.focusId = target;
  }

  private readonly onOver = (e: Event) => {
    // during a gesture the SVG marks wait, out of date, under the canvas: no hover card for them
    if (this.painting && e.type === "pointerover") return;
    const id = this.markId(e.target);
    if (id !== null) this.cb.onHover(id, this.entries.get(id)!.el);
  };

  private readonly onOut = (e: Event) => {
    const from = this.markId(e.target);
    const to = this.markId((e as FocusEvent | PointerEvent).relatedTarget);
    if (from !== null && from !== to) this.cb.onLeave();
  };

  private cancelSettle(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Once the gesture has ended and the view rested for `settleMs`: the SVG returns, labels may be re-packed. */
  private scheduleSettle(): void {
    this.cancelSettle();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.painting) this.paintOnCanvas(false);
      if (!this.current) return;
      const [a, b] = this.current.domain() as [Date, Date];
      this.cb.onSettle({ from: a.toISOString(), to: b.toISOString() }, domainWindow([a.getTime(), b.getTime()]));
    }, this.cb.settleMs);
  }

  /**
   * Draws the first zoom event of an animation frame at once and any later ones in the next frame,
   * so input faster than the display costs one frame per frame, not one per event.
   */
  private requestRender(): void {
    if (this.frame !== null) {
      this.dirty = true;
      return;
    }
    this.render();
    const raf = globalThis.requestAnimationFrame;
    if (!raf) return;
    this.frame = raf(() => {
      this.frame = null;
      if (!this.dirty) return;
      this.dirty = false;
      this.requestRender();
    });
  }

  private render(): void {
    if (!this.painting) return this.reposition();
    const [from, to] = this.viewSlice();
    this.canvas.paint(this.layout!, this.byTime.marks, from, to, this.current!, this.state);
    // the canvas covers the plot (axis, reference marker and the marks, which wait for the gesture's
    // end); connectors may leave the plot for the conditional column, so they follow every frame
    this.repositionConnectors();
  }

  /** Left and right edges (px) beyond which a mark and its label are out of view. */
  private viewEdges(): [number, number] {
    const { x0, x1 } = this.layout!.plot;
    return [x0 - metrics.labelMax - metrics.r, x1 + metrics.r];
  }

  private viewSlice(): [number, number] {
    const [left, right] = this.viewEdges();
    return candidatesInView(this.byTime, this.current!, left, right);
  }

  /**
   * Covers the plot with the canvas during a gesture, and uncovers it after, the SVG brought up to date
   * in the same frame. Nothing of the SVG changes while covered: taking the marks out of the page
   * (display none) cost the gesture's first frame the teardown of their layout objects and its end
   * their rebuilding (60-100 ms each at 1,000-10,000 marks), and any change to the drawing under the
   * canvas (moving the axis) costs a repaint of every mark in it.
   */
  private paintOnCanvas(on: boolean): void {
    this.painting = on;
    if (!on) this.reposition();
    this.canvas.show(on);
  }

  /** One zoom frame: move marks in view, hide those that left it, resize bars, redraw the axis. */
  private reposition(): void {
    const layout = this.layout;
    const scale = this.current;
    if (!layout || !scale) return;
    const [left, right] = this.viewEdges();
    const [from, to] = this.viewSlice();
    const frame = ++this.frameNo;
    const shown: Entry[] = [];
    for (let i = from; i < to; i++) {
      const entry = this.indexed[i]!;
      const [a, b] = markSpan(entry.mark, scale);
      if (b < left || a > right) continue;
      entry.seen = frame;
      shown.push(entry);
      if (!entry.shown) {
        entry.el.removeAttribute("display");
        entry.shown = true;
      }
      if (entry.translate) entry.translate.setTranslate(a, entry.mark.y);
      else entry.el.setAttribute("transform", markTransform(entry.mark, scale));
      if (entry.stretch.length) {
        const w = b - a;
        for (const s of entry.stretch) setWidth(s, Math.max(1, w + Number(s.getAttribute("data-stretch"))));
      }
    }
    for (const entry of this.shown) {
      if (entry.seen === frame || !entry.shown) continue;
      entry.el.setAttribute("display", "none");
      entry.shown = false;
    }
    this.shown = shown;
    this.repositionGuides();
  }

  private repositionConnectors(): void {
    const layout = this.layout;
    const scale = this.current;
    if (!layout || !scale) return;
    const { x0, x1 } = layout.plot;
    for (const { el, c } of this.connectors) el?.setAttribute("d", connectorPath(c, scale, [x0, x1]));
  }

  /** Axis, reference marker and connectors: a few dozen nodes, redrawn every frame. */
  private repositionGuides(): void {
    const layout = this.layout;
    const scale = this.current;
    if (!layout || !scale) return;
    this.repositionConnectors();
    const palette = palettes[layout.theme];
    if (this.axis) {
      const doc = this.axis.ownerDocument;
      this.axis.replaceChildren(...renderAxis(axisTicks(scale), scale, layout, palette).map((n) => toDom(n, doc)));
    }
    this.reference?.setAttribute("transform", referenceTransform(layout, scale));
  }
}
