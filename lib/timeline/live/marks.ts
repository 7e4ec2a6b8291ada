/**
 * The drawn marks as the chart moves them: each mark's group and the parts a zoom changes, found once
 * per drawing, and the dated ones indexed by time so a frame finds those in view by binary search.
 */
import { toDom, type SvgNode } from "../../svg";
import { markTransform } from "../draw";
import { candidatesInView, timeIndex, type InvertibleScale, type Scale, type TimeIndex } from "../layout";
import type { Mark, TimelineLayout } from "../types";

export type Entry = {
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

/** The mark's translate as a live SVGTransform, where the DOM implements SVG transforms (not jsdom). */
function firstTranslate(el: SVGGElement): SVGTransform | null {
  const list = (el as Partial<SVGGElement>).transform?.baseVal;
  const item = list && list.numberOfItems > 0 ? list.getItem(0) : null;
  return item && item.type === 2 /* SVG_TRANSFORM_TRANSLATE */ ? item : null;
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
export function signatureOf(layout: TimelineLayout): string {
  return [
    layout.theme,
    layout.width,
    layout.laneMode,
    layout.conditional?.x0 ?? "",
    layout.marks.map((m) => `${m.id}:${m.area}:${m.lane}:${m.certainty}:${m.placement.kind}`).join(","),
  ].join("|");
}

export class MarkIndex {
  entries = new Map<string, Entry>();
  dated: Entry[] = [];
  /** dated marks by time, and their entries in the same order */
  byTime: TimeIndex = timeIndex([]);
  indexed: Entry[] = [];
  /** dated entries shown after the last frame */
  shown: Entry[] = [];

  /** Finds the marks of a freshly drawn SVG. */
  index(svg: SVGSVGElement, layout: TimelineLayout): void {
    const byId = new Map(layout.marks.map((m) => [m.id, m]));
    this.entries = new Map();
    for (const el of svg.querySelectorAll<SVGGElement>("g[data-event-id]")) {
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
  }

  /**
   * Brings the drawn marks to a layout with the same marks (only rows and labels differ): the layers
   * other than the marks are replaced, the marks keep their nodes and get their new labels;
   * `relabelled` hears each mark whose label changed. Undated and conditional marks are moved under `scale`.
   */
  patch(svg: SVGSVGElement, layout: TimelineLayout, children: readonly (SvgNode | string)[], scale: Scale, relabelled: (id: string) => void): void {
    const doc = svg.ownerDocument;
    children.forEach((child, i) => {
      const old = svg.childNodes[i]!;
      if (typeof child !== "string" && child.attrs?.class === "nl-marks") return;
      svg.replaceChild(toDom(child, doc), old);
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
      relabelled(mark.id);
    }
    this.reindex();
    for (const entry of this.entries.values()) {
      if (entry.mark.area !== "dated") entry.el.setAttribute("transform", markTransform(entry.mark, scale));
    }
  }

  /** The dated marks that may be in view between the `left` and `right` edges: [from, to) of `indexed`. */
  inView(scale: InvertibleScale, [left, right]: [number, number]): [number, number] {
    return candidatesInView(this.byTime, scale, left, right);
  }

  clear(): void {
    this.entries.clear();
  }

  private reindex(): void {
    this.byTime = timeIndex(this.dated.map((e) => e.mark));
    this.indexed = this.byTime.marks.map((m) => this.entries.get(m.id)!);
  }
}
