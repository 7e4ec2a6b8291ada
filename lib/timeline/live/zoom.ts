/**
 * The chart's zoom and pan: d3-zoom on the SVG, with a press that stays within a few pixels kept a
 * click, and one-finger swipes shared with the page (see swipe.ts). What a move does to the drawing
 * is the chart's: this module only says when the view moves, to where, and when a gesture ends.
 */
import { select, type Selection } from "d3-selection";
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import { swipeLock } from "./swipe";

/**
 * A press becomes a pan only once the pointer has moved this far (CSS px) from where it went down:
 * until then the view stays still and the press is a click, which selects what is under it and never
 * moves the window. A hand on a mouse drifts a pixel or two between press and release.
 */
export const DRAG_THRESHOLD = 4;

export type ZoomHandlers = {
  /** false until there is a drawing to zoom: zoom events before it are ignored */
  ready(): boolean;
  /** a gesture begins to move the view (wheel, pinch, button, or a press past the threshold) */
  moving(): void;
  /** the view moved; `source` is the input event (none for buttons, keys and redraws) */
  moved(transform: ZoomTransform, source: unknown, programmatic: boolean): void;
  /** a gesture that moved the view has ended */
  ended(): void;
};

/** A gesture from its first event: where the pointer went down, the view then, and whether it has moved enough to pan. */
type Gesture = { x: number; y: number; t: ZoomTransform; passed: boolean };
type ZoomEvent = D3ZoomEvent<SVGSVGElement, unknown>;

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

/**
 * Touch: the sizer's `touch-action: pan-y` leaves vertical swipes to the page and pinches and
 * sideways swipes to d3-zoom, but d3-zoom cancels every touchmove it sees, which would stop the
 * page scrolling too. Its handler is heard passively and given the event without its cancelling
 * (which a passive listener may not do), so the browser's own rule decides.
 * A one-finger swipe is the page's or the timeline's by its first clear direction (see swipe.ts).
 * d3-zoom stops the propagation of every touchstart, so the lock hears them through its handler.
 */
function shareTouches(zoomed: Selection<SVGSVGElement, unknown, null, undefined>): void {
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
}

export class ZoomInput {
  private readonly zoom: ZoomBehavior<SVGSVGElement, unknown>;
  private gesture: Gesture | null = null;
  /** the view is being set by the chart (a redraw, a click put back), not by the reader */
  private programmatic = false;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly on: ZoomHandlers,
  ) {
    this.zoom = d3zoom<SVGSVGElement, unknown>()
      // a release within the threshold is a click (d3-zoom's default of 0 px turns any drift into a drag that eats the click)
      .clickDistance(DRAG_THRESHOLD)
      .on("start", (e: ZoomEvent) => this.started(e))
      .on("zoom", (e: ZoomEvent) => this.zoomed(e))
      .on("end", () => this.ended());
    shareTouches(select(svg).call(this.zoom).on("dblclick.zoom", null));
  }

  private started(e: ZoomEvent): void {
    if (this.programmatic) return;
    const at = dragPoint(e.sourceEvent);
    // a wheel or a pinch moves the view at once; a press waits for the pointer to move
    this.gesture = { x: at?.x ?? 0, y: at?.y ?? 0, t: e.transform, passed: at === null };
    // a new gesture before the last one settled: nothing is re-packed or swapped back mid-gesture
    if (!at) this.on.moving();
  }

  private zoomed(e: ZoomEvent): void {
    if (!this.on.ready()) return;
    const g = this.gesture;
    if (g && !g.passed && !this.programmatic) {
      const at = dragPoint(e.sourceEvent);
      if (at && Math.hypot(at.x - g.x, at.y - g.y) < DRAG_THRESHOLD) return;
      g.passed = true;
      this.on.moving();
    }
    this.on.moved(e.transform, e.sourceEvent, this.programmatic);
  }

  private ended(): void {
    if (this.programmatic) return;
    const g = this.gesture;
    this.gesture = null;
    if (g && !g.passed) {
      // a click: the view stays, and so does the window in the URL; d3-zoom's own transform, which
      // followed the sub-threshold drift, goes back to the view that is drawn
      const t = (this.svg as unknown as { __zoom?: ZoomTransform }).__zoom;
      if (t && (t.k !== g.t.k || t.x !== g.t.x || t.y !== g.t.y)) this.set(g.t);
      return;
    }
    this.on.ended();
  }

  /** Sets the view without it counting as the reader's gesture. */
  private set(t: ZoomTransform): void {
    this.programmatic = true;
    select(this.svg).call(this.zoom.transform, t);
    this.programmatic = false;
  }

  /** Shows the drawing scaled `k` times and moved `x` px, as the chart's own doing (a redraw). */
  place(x: number, k: number): void {
    this.set(zoomIdentity.translate(x, 0).scale(k));
  }

  /** The area that zooms and pans (the plot), which the view may not leave, and the deepest zoom. */
  configure(extent: [[number, number], [number, number]], maxScale: number): void {
    this.zoom.extent(extent).translateExtent(extent).scaleExtent([1, maxScale]);
  }

  scaleBy(k: number): void {
    select(this.svg).call(this.zoom.scaleBy, k);
  }

  /** Back to the whole timeline. */
  reset(): void {
    select(this.svg).call(this.zoom.transform, zoomIdentity);
  }

  /** Pans the view `dx` CSS px (on screen, whatever the zoom). */
  translateBy(dx: number): void {
    select(this.svg).call(this.zoom.translateBy, dx / this.scale(), 0);
  }

  private scale(): number {
    const t = (this.svg as unknown as { __zoom?: { k: number } }).__zoom;
    return t?.k ?? 1;
  }

  destroy(): void {
    select(this.svg).on(".zoom", null);
  }
}
