/**
 * One zoom frame on the SVG: marks in view are moved (found by binary search over the time index),
 * marks that left the view are hidden, bars resized, and the guides (axis, reference marker,
 * connectors: a few dozen nodes) redrawn. Nothing is measured or laid out again.
 */
import type { ScaleTime } from "d3-scale";
import { toDom } from "../../svg";
import { markTransform, palettes, referenceTransform, renderAxis, renderReference } from "../draw";
import { axisTicks, connectorPath, markSpan, metrics } from "../layout";
import type { Connector, TimelineLayout } from "../types";
import type { Entry, MarkIndex } from "./marks";

type Scale = ScaleTime<number, number>;

const r2 = (n: number) => String(Math.round(n * 100) / 100);

function setWidth(el: SVGElement, w: number): void {
  const length = (el as Partial<SVGRectElement>).width?.baseVal;
  if (length) length.value = w;
  else el.setAttribute("width", r2(w));
}

/** Left and right edges (px) beyond which a mark and its label are out of view. */
export function viewEdges(layout: Pick<TimelineLayout, "plot">): [number, number] {
  const { x0, x1 } = layout.plot;
  return [x0 - metrics.labelMax - metrics.r, x1 + metrics.r];
}

export class Reposition {
  private connectors: { el: SVGPathElement; c: Connector }[] = [];
  private axis: SVGGElement | null = null;
  private reference: SVGGElement | null = null;
  private frameNo = 0;

  constructor(private readonly marks: MarkIndex) {}

  /** Finds the guides of a new drawing. */
  bind(svg: SVGSVGElement, layout: TimelineLayout): void {
    this.axis = svg.querySelector<SVGGElement>("g.nl-axis");
    this.reference = svg.querySelector<SVGGElement>("g.nl-reference-marker");
    const paths = svg.querySelectorAll<SVGPathElement>("path.nl-connector");
    this.connectors = layout.connectors.map((c, i) => ({ el: paths[i]!, c }));
  }

  /** One zoom frame: move marks in view, hide those that left it, resize bars, redraw the guides. */
  frame(layout: TimelineLayout, scale: Scale): void {
    const edges = viewEdges(layout);
    const [left, right] = edges;
    const [from, to] = this.marks.inView(scale, edges);
    const frame = ++this.frameNo;
    const shown: Entry[] = [];
    for (let i = from; i < to; i++) {
      const entry = this.marks.indexed[i]!;
      const [a, b] = markSpan(entry.mark, scale);
      if (b < left || a > right) continue;
      entry.seen = frame;
      shown.push(entry);
      this.move(entry, scale, a, b);
    }
    for (const entry of this.marks.shown) {
      if (entry.seen === frame || !entry.shown) continue;
      entry.el.setAttribute("display", "none");
      entry.shown = false;
    }
    this.marks.shown = shown;
    this.guides(layout, scale);
  }

  /** A mark in view, its glyph at `a` and its bar (if any) to `b`. */
  private move(entry: Entry, scale: Scale, a: number, b: number): void {
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

  connectorsAt(layout: TimelineLayout, scale: Scale): void {
    const { x0, x1 } = layout.plot;
    for (const { el, c } of this.connectors) el?.setAttribute("d", connectorPath(c, scale, [x0, x1]));
  }

  /** Axis, reference marker and connectors. */
  private guides(layout: TimelineLayout, scale: Scale): void {
    this.connectorsAt(layout, scale);
    const palette = palettes[layout.theme];
    if (this.axis) {
      const doc = this.axis.ownerDocument;
      this.axis.replaceChildren(...renderAxis(axisTicks(scale), scale, layout, palette).map((n) => toDom(n, doc)));
    }
    if (this.reference) {
      this.reference.setAttribute("transform", referenceTransform(layout, scale));
      // its pieces depend on where it stands: across a lane's name the line is left out
      const doc = this.reference.ownerDocument;
      this.reference.replaceChildren(...renderReference(layout, scale, palette).map((n) => toDom(n, doc)));
    }
  }
}
