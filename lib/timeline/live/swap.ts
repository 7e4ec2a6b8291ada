/**
 * The hand-over from the server's static drawing to the live chart, in the parts that need no
 * framework: a gesture or a press that began on the static drawing carries on on the chart, and a
 * settled view is told apart from the window the page asked for.
 */
import { windowDomain } from "../layout";
import type { TimeWindow } from "../types";
import type { TimelineChart } from "./chart";
import { DRAG_THRESHOLD } from "./zoom";

/** the events of a touch gesture after its start */
const GESTURE = ["touchmove", "touchend", "touchcancel"] as const;

export const sameWindow = (a: TimeWindow | null, b: TimeWindow | null) => a?.from === b?.from && a?.to === b?.to;

/**
 * Whether a view that came to rest on `precise` needs its labels packed again: labels are packed in
 * pixels, so a pan (the same span as the drawing's `drawn` domain) keeps the packing; only a zoom re-packs.
 */
export function repacks(precise: TimeWindow, drawn: readonly [number, number] | undefined): boolean {
  const d = windowDomain(precise);
  const span = d ? d[1] - d[0] : null;
  return !drawn || span === null || Math.abs(span / (drawn[1] - drawn[0]) - 1) > 0.02;
}

/**
 * Hands `chart` the rest of a touch gesture that began on the static drawing: its later events keep
 * going to the node it began on (`origin`), which has left the page. Until the last finger lifts;
 * nothing once `current()` is another chart.
 */
export function followTouches(origin: EventTarget, chart: TimelineChart, current: () => TimelineChart | null): void {
  const follow = (ev: Event) => {
    const touch = ev as TouchEvent;
    if (current() === chart) chart.takeTouch(touch);
    if (touch.type !== "touchmove" && touch.touches.length === 0) for (const type of GESTURE) origin.removeEventListener(type, follow);
  };
  for (const type of GESTURE) origin.addEventListener(type, follow, { passive: true });
}

type Press = Pick<PointerEvent, "isPrimary" | "button" | "target" | "clientX" | "clientY">;
type Release = Pick<PointerEvent, "clientX" | "clientY" | "timeStamp">;

/**
 * A press on the static drawing that the live chart replaces before the release (the pointer entering
 * the timeline asks for the chart, which may arrive just then) gets no click: the browser drops a
 * click whose press target has left the page. The release then selects the mark under the pointer,
 * the live chart's at the same place, as the click would have.
 */
export class ReleaseSelect {
  private press: { target: Element; x: number; y: number } | null = null;
  private selected: { id: string; at: number } | null = null;

  down(e: Press): void {
    this.selected = null;
    this.press = e.isPrimary && e.button === 0 && e.target instanceof Element ? { target: e.target, x: e.clientX, y: e.clientY } : null;
  }

  /** The mark this release selects (one drawn in `host`), if the press's target left the page under it. */
  up(e: Release, host: Element | null): string | null {
    const p = this.press;
    this.press = null;
    if (!p || p.target.isConnected || Math.hypot(e.clientX - p.x, e.clientY - p.y) >= DRAG_THRESHOLD) return null;
    const id = document.elementFromPoint(e.clientX, e.clientY)?.closest("[data-event-id]")?.getAttribute("data-event-id");
    if (!id || !host?.querySelector(`[data-event-id="${CSS.escape(id)}"]`)) return null;
    this.selected = { id, at: e.timeStamp };
    return id;
  }

  /** Whether a click is the one a touch still sends after its release selected. */
  echoes(e: Pick<MouseEvent, "timeStamp">): boolean {
    const released = this.selected;
    this.selected = null;
    return released !== null && e.timeStamp - released.at < 1000;
  }
}
