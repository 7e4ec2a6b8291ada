/**
 * The timeline's interactive layer, framework-free: materialises `renderTimeline` with `toDom`, then
 * zooms and pans with d3-zoom by moving what exists (mark transforms, bar widths, connectors, a dozen
 * axis ticks) instead of rebuilding. A zoom frame does O(visible) work: marks in view are found by
 * binary search over a time index, marks that left the view are hidden, nothing is measured or laid
 * out again, and at most one frame is drawn per animation frame. On a crowded timeline a gesture
 * paints the plot on an opaque canvas over the SVG instead, and leaves the SVG alone until the view
 * has come to rest: then the SVG (focus, accessible names) is brought up to date, the canvas emptied,
 * and labels are packed again once.
 * React (components/timeline/Timeline.tsx) drives it; the embed script drives it the same way.
 *
 * This class composes the parts: the box in the page (box.ts), zoom and pan (zoom.ts), other input
 * (input.ts), the drawn marks (marks.ts), a zoom frame on the SVG (reposition.ts), the canvas
 * hand-off (handoff.ts), selection and focus (selection.ts) and the clocks (timers.ts).
 */
import type { ScaleTime } from "d3-scale";
import type { ZoomTransform } from "d3-zoom";
import { toDom } from "../../svg";
import { layoutScale, renderTimeline } from "../draw";
import { domainWindow, markSpan, metrics, MIN_SPAN, timeScale } from "../layout";
import type { TimelineLayout, TimeWindow } from "../types";
import { ChartBox } from "./box";
import { CANVAS_THRESHOLD, CanvasHandoff, type CanvasFrame } from "./handoff";
import { copyTouch, copyWheel, keyAction, listenHover, markIdAt } from "./input";
import { MarkIndex, signatureOf } from "./marks";
import { Reposition, viewEdges } from "./reposition";
import { MarkSelection, type SelectState } from "./selection";
import { FrameThrottle, IdleTask, Timer } from "./timers";
import { ZoomInput } from "./zoom";

export { CANVAS_THRESHOLD } from "./handoff";
export { DRAG_THRESHOLD } from "./zoom";

export type ChartCallbacks = {
  onSelect(id: string | null): void;
  /** the view came to rest: the precise window (for packing labels) and the whole-day one (for URLs) */
  onSettle(precise: TimeWindow, days: TimeWindow): void;
  onHover(id: string, anchor: Element): void;
  onLeave(): void;
  settleMs: number;
};

type Scale = ScaleTime<number, number>;

export class TimelineChart {
  private readonly box: ChartBox;
  private readonly svg: SVGSVGElement;
  private readonly handoff: CanvasHandoff;
  private readonly zoom: ZoomInput;
  private readonly marks = new MarkIndex();
  private readonly moves: Reposition;
  private readonly selection: MarkSelection;
  private readonly settle = new Timer();
  private readonly frames = new FrameThrottle();
  private readonly idle = new IdleTask();
  private readonly unlisten: () => void;
  private layout: TimelineLayout | null = null;
  /** the whole timeline's scale, and the view's */
  private base: Scale | null = null;
  private current: Scale | null = null;
  private signature = "";

  constructor(
    host: HTMLElement,
    private readonly cb: ChartCallbacks,
  ) {
    this.box = new ChartBox(host);
    this.svg = this.box.svg;
    this.handoff = new CanvasHandoff(this.box.inner);
    this.zoom = new ZoomInput(this.svg, {
      ready: () => this.base !== null,
      moving: () => this.settle.cancel(),
      moved: (t, source, programmatic) => this.moved(t, source, programmatic),
      ended: () => this.scheduleSettle(),
    });
    this.moves = new Reposition(this.marks);
    this.selection = new MarkSelection(this.svg, this.marks);
    this.unlisten = listenHover(this.svg, {
      paused: () => this.handoff.painting,
      hover: (id) => this.cb.onHover(id, this.marks.entries.get(id)!.el),
      leave: () => this.cb.onLeave(),
    });
  }

  /**
   * Draws a layout. When only the packing changed (the view settled at a new zoom level: same marks,
   * lanes and theme), marks are patched in place (row, label) and only the small layers are redrawn.
   */
  draw(layout: TimelineLayout, idPrefix: string): void {
    const doc = this.svg.ownerDocument;
    if (this.handoff.painting) this.paintOnCanvas(false);
    const hadFocus = doc.activeElement instanceof Element && this.svg.contains(doc.activeElement) ? this.selection.focusId : null;
    const previous = this.layout;
    this.mount(layout, idPrefix);
    this.layout = layout;
    this.fitFrame();
    if (this.marks.dated.length > CANVAS_THRESHOLD) this.handoff.fit(layout);
    this.moves.bind(this.svg, layout);
    this.frameView(layout, previous);
    this.restoreFocus(hadFocus);
  }

  /** The layout's SVG in the page: patched when the marks are the same, else replaced. */
  private mount(layout: TimelineLayout, idPrefix: string): void {
    const tree = renderTimeline(layout, { idPrefix });
    for (const [k, v] of Object.entries(tree.attrs ?? {})) {
      if (k !== "xmlns" && v !== undefined && v !== null && v !== false) this.svg.setAttribute(k, String(v));
    }
    const signature = `${idPrefix}|${signatureOf(layout)}`;
    const children = tree.children ?? [];
    if (signature === this.signature && this.svg.childNodes.length === children.length) {
      this.marks.patch(this.svg, layout, children, this.current ?? layoutScale(layout), (id) => this.selection.forget(id));
    } else {
      const doc = this.svg.ownerDocument;
      this.svg.replaceChildren(...children.map((c) => toDom(c, doc)));
      this.marks.index(this.svg, layout);
      this.selection.reset();
    }
    this.signature = signature;
  }

  /** Zoom limits for the layout, and the view: the layout's window, or where the view was when the window is the same. */
  private frameView(layout: TimelineLayout, previous: TimelineLayout | null): void {
    const { x0, x1 } = layout.plot;
    const extent: [[number, number], [number, number]] = [[x0, 0], [x1, layout.height]];
    this.base = timeScale(layout.fullDomain, [x0, x1]);
    const span = layout.fullDomain[1] - layout.fullDomain[0];
    this.zoom.configure(extent, Math.max(1, span / MIN_SPAN));
    // a new window (from the URL, or "fit all") moves the view; a redraw for other reasons keeps it
    const keep = previous && this.current && previous.domain[0] === layout.domain[0] && previous.domain[1] === layout.domain[1];
    const [from, to] = keep ? (this.current!.domain() as [Date, Date]).map(Number) : layout.domain;
    const a = this.base(from!);
    const b = this.base(to!);
    const k = (x1 - x0) / Math.max(1e-6, b - a);
    this.zoom.place(x0 - k * a, k);
  }

  /** Focus stays on the mark that had it, in the new drawing. */
  private restoreFocus(hadFocus: string | null): void {
    const { selection, marks } = this;
    if (selection.focusId && !marks.entries.has(selection.focusId)) selection.focusId = null;
    const entry = hadFocus ? marks.entries.get(hadFocus) : undefined;
    if (entry && this.svg.ownerDocument.activeElement !== entry.el) entry.el.focus();
  }

  /**
   * Shows the drawing at `width` CSS px whatever width it was laid out at, scaled like an SVG with a
   * viewBox: the panel's box is then the one the server's static drawing (laid out for a width band
   * and scaled to the panel) had, so replacing it moves nothing. Without a display width the drawing
   * is shown at its layout size.
   */
  showAt(width: number): void {
    if (this.box.showAt(width)) this.fitFrame();
  }

  private fitFrame(): void {
    const layout = this.layout;
    if (!layout) return;
    this.handoff.scaleBy(this.box.fit(layout));
  }

  /** Applies selection, links and dimming without redrawing; only marks whose state changed are touched. */
  select(state: SelectState): void {
    this.selection.apply(state, this.layout, this.current);
  }

  /** A click whose target (the element under the pointer) is in a mark selects it. */
  handleClick(target: EventTarget | null): void {
    const id = markIdAt(this.svg, target);
    if (id === null) return;
    this.selection.setRoving(id, this.layout);
    this.cb.onSelect(id);
  }

  /** Keyboard on a focused mark; returns whether the key was used. */
  handleKey(e: KeyboardEvent): boolean {
    const id = markIdAt(this.svg, e.target);
    if (id === null || !this.layout) return false;
    const action = keyAction(e.key, this.layout.order, id);
    if (!action) return false;
    if (action.kind === "focus") {
      if (action.id !== null) this.focusMark(action.id);
    } else if (action.kind === "select") this.cb.onSelect(id);
    else this.zoomBy(action.k);
    return true;
  }

  focusMark(id: string): void {
    const entry = this.marks.entries.get(id);
    if (!entry || !this.layout || !this.current) return;
    if (entry.mark.area === "dated") {
      const { x0, x1 } = this.layout.plot;
      const [a] = markSpan(entry.mark, this.current);
      if (a < x0 || a > x1 - metrics.r) this.zoom.translateBy((x0 + x1) / 2 - a);
    }
    this.selection.setRoving(id, this.layout);
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
    return !this.svg.dispatchEvent(copyWheel(view, e));
  }

  /**
   * The same for a touch event of a gesture that began on the replaced drawing (its events keep going to
   * the node they started on, which has left the page): the chart gets a copy with the same touches.
   */
  takeTouch(e: TouchEvent): boolean {
    const view = this.svg.ownerDocument.defaultView;
    if (!view || typeof view.Touch !== "function") return false;
    return !this.svg.dispatchEvent(copyTouch(view, e, this.svg));
  }

  zoomBy(k: number): void {
    this.zoom.scaleBy(k);
  }

  fitAll(): void {
    this.zoom.reset();
  }

  /**
   * Readies the canvas path in idle time once a crowded chart is drawn (see `CanvasMarks.prepare`), so
   * the first frame of the first gesture does not pay for compiling and building it. Once per drawing.
   */
  prepareWhenIdle(): void {
    if (this.marks.dated.length <= CANVAS_THRESHOLD || this.handoff.readied(this.signature) || this.idle.pending) return;
    this.idle.schedule(() => {
      if (!this.layout || !this.current) return;
      // a gesture is running: ready it once the chart is idle again
      if (this.handoff.painting || this.frames.busy) return this.prepareWhenIdle();
      this.handoff.prepare(this.signature, this.canvasFrame());
    });
  }

  destroy(): void {
    this.idle.cancel();
    this.settle.cancel();
    this.frames.cancel();
    this.handoff.destroy();
    this.zoom.destroy();
    this.unlisten();
    this.box.remove();
    this.marks.clear();
  }

  /** The view moved (a gesture, a button, a key or a redraw). */
  private moved(t: ZoomTransform, source: unknown, programmatic: boolean): void {
    this.current = t.rescaleX(this.base!);
    // wheel, drag and pinch on a crowded timeline paint on canvas; buttons and keys move the SVG
    if (source && !this.handoff.painting && this.marks.dated.length > CANVAS_THRESHOLD) this.paintOnCanvas(true);
    if (programmatic) this.render();
    else this.frames.request(() => this.render());
  }

  /** Once the gesture has ended and the view rested for `settleMs`: the SVG returns, labels may be re-packed. */
  private scheduleSettle(): void {
    this.settle.start(this.cb.settleMs, () => {
      if (this.handoff.painting) this.paintOnCanvas(false);
      if (!this.current) return;
      const [a, b] = this.current.domain() as [Date, Date];
      this.cb.onSettle({ from: a.toISOString(), to: b.toISOString() }, domainWindow([a.getTime(), b.getTime()]));
    });
  }

  private render(): void {
    if (!this.handoff.painting) return this.reposition();
    this.handoff.paint(this.canvasFrame());
    // the canvas covers the plot (axis, reference marker and the marks, which wait for the gesture's
    // end); connectors may leave the plot for the conditional column, so they follow every frame
    if (this.layout && this.current) this.moves.connectorsAt(this.layout, this.current);
  }

  /** The candidate marks in view, for the canvas (only called with a drawing and a view). */
  private canvasFrame(): CanvasFrame {
    const layout = this.layout!;
    const scale = this.current!;
    const slice = this.marks.inView(scale, viewEdges(layout));
    return { layout, marks: this.marks.byTime.marks, slice, scale, state: this.selection.state };
  }

  private paintOnCanvas(on: boolean): void {
    this.handoff.cover(on, () => this.reposition());
  }

  private reposition(): void {
    if (this.layout && this.current) this.moves.frame(this.layout, this.current);
  }
}
