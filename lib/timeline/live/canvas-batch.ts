/**
 * A canvas frame's marks, batched by certainty and opacity: one path or one stamped sprite per style
 * instead of a path per mark, and marks within a few pixels of each other on one row painted once.
 */
import type { ScaleTime } from "d3-scale";
import { Certainty } from "../../model";
import { markOpacity } from "../draw";
import { markSpan, metrics } from "../layout";
import type { Mark } from "../types";
import type { SelectState } from "./selection";

/** Marks of one certainty and opacity: glyph centres (x, y pairs), bars, and glyphs that sit on bars. */
export type Group = {
  certainty: Mark["certainty"];
  alpha: number;
  points: number[];
  bars: Mark[];
  spans: number[];
  /** bars a few device pixels wide, stamped like glyphs: x, y (CSS px) and width (device px) triples */
  narrow: number[];
  /** narrow bars without pixels to stamp (no sheet: see `GlyphCache.barPixels`): drawn as paths */
  unstamped: number[];
  onBars: number[];
  seen: Set<number>;
};

/** A frame's marks: the groups, the labels to write and the selected mark, if it is in view. */
export type Batch = {
  groups: Map<number, Group>;
  labels: { mark: Mark; x: number; alpha: number }[];
  selected: { mark: Mark; a: number; b: number } | null;
};

/** Where a frame paints: the rows on screen (CSS px), the columns marks may reach, and how. */
export type BatchView = {
  top: number;
  height: number;
  left: number;
  right: number;
  /** narrow bars are stamped from pixels (see blit.ts) */
  blit: boolean;
  dpr: number;
};

/** Bars up to this many device pixels wide are stamped from pre-rendered sprites (one per width). */
export const NARROW_BAR = 24;
export const CERTAINTY_INDEX: Record<string, number> = Object.fromEntries(Certainty.map((c, i) => [c, i]));

export function newGroup(certainty: Mark["certainty"], alpha: number, narrow: number[] = []): Group {
  return { certainty, alpha, points: [], bars: [], spans: [], narrow, unstamped: [], onBars: [], seen: new Set() };
}

/** The group of a certainty, full or dimmed. */
export function groupKey(certainty: Mark["certainty"], alpha: number): number {
  return CERTAINTY_INDEX[certainty]! * 2 + (alpha < 1 ? 1 : 0);
}

/** Batches `marks[from..to)` (the candidates in view, in time order) under `scale`. */
export function batchMarks(marks: readonly Mark[], from: number, to: number, scale: ScaleTime<number, number>, state: SelectState, view: BatchView): Batch {
  const { top, height, left, right } = view;
  const batch: Batch = { groups: new Map(), labels: [], selected: null };
  for (let i = from; i < to; i++) {
    const mark = marks[i]!;
    // a mark's label reaches up to two lines above it
    if (mark.y + 2 * metrics.r < top || mark.y - 3 * metrics.labelLine > top + height) continue;
    const [a, b] = markSpan(mark, scale);
    if (b < left || a > right) continue;
    const alpha = markOpacity(mark.id, state) ?? 1;
    const key = groupKey(mark.certainty, alpha);
    let group = batch.groups.get(key);
    if (!group) batch.groups.set(key, (group = newGroup(mark.certainty, alpha)));
    if (state.selectedId === mark.id) batch.selected = { mark, a, b };
    if (mark.labelLines.length) batch.labels.push({ mark, x: a, alpha });
    addMark(group, mark, a, b, view);
  }
  return batch;
}

/** A mark in view into its group: a narrow bar, a bar (with its glyph, if fuzzy) or a point glyph. */
function addMark(group: Group, mark: Mark, a: number, b: number, { blit, dpr }: BatchView): void {
  const kind = mark.placement.kind;
  if (kind === "range" && !mark.placement.openStart && blit) {
    const wide = Math.max(1, Math.round((b - a) * dpr));
    if (wide <= NARROW_BAR) {
      group.narrow.push(a, mark.y, wide);
      return;
    }
  }
  if (kind === "range" || kind === "fuzzy") {
    group.bars.push(mark);
    group.spans.push(a, b);
    if (kind === "fuzzy") group.onBars.push(a, mark.y);
    return;
  }
  // glyphs are 12 px wide: within 3 px on one row they overlap so much that one stamp reads the same
  const pixel = Math.round(a / 3) * 8192 + Math.round(mark.y);
  if (group.seen.has(pixel)) return;
  group.seen.add(pixel);
  group.points.push(a, mark.y);
}
