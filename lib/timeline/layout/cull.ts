import type { Mark } from "../types";

/**
 * Dated marks sorted by the earliest time they cover, so a zoom frame finds the marks in view by
 * binary search, in O(log n + visible), instead of testing every mark.
 */
export type TimeIndex = {
  marks: readonly Mark[];
  /** earliest time of each mark, ascending */
  starts: Float64Array;
  /** longest time a mark covers: a mark starting this long before the view may still reach into it */
  maxSpan: number;
  /** largest pixel offset of a mark from its time ("after X" marks sit beside X) */
  maxDx: number;
};

/** A time scale that can also go from pixels back to time. */
export type InvertibleScale = { (t: number | Date): number; invert(x: number): Date | number };

function timesOf(mark: Mark): { t0: number; t1: number; dx: number } | null {
  if ("fixed" in mark.x0) return null;
  const end = mark.x1 && !("fixed" in mark.x1) ? mark.x1 : mark.x0;
  return {
    t0: Math.min(mark.x0.t, end.t),
    t1: Math.max(mark.x0.t, end.t),
    dx: Math.max(Math.abs(mark.x0.dx), Math.abs(end.dx)),
  };
}

/** Indexes the marks that move with time; marks at fixed positions are left out. */
export function timeIndex(marks: readonly Mark[]): TimeIndex {
  const timed = marks.flatMap((mark) => {
    const t = timesOf(mark);
    return t ? [{ mark, ...t }] : [];
  });
  timed.sort((a, b) => a.t0 - b.t0 || (a.mark.id < b.mark.id ? -1 : a.mark.id > b.mark.id ? 1 : 0));
  return {
    marks: timed.map((e) => e.mark),
    starts: Float64Array.from(timed, (e) => e.t0),
    maxSpan: timed.reduce((max, e) => Math.max(max, e.t1 - e.t0), 0),
    maxDx: timed.reduce((max, e) => Math.max(max, e.dx), 0),
  };
}

/** First index whose start is after t (or at or after t, when `inclusive`). */
function bound(starts: Float64Array, t: number, inclusive: boolean): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < t || (!inclusive && starts[mid] === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The slice [from, to) of `index.marks` that may reach into the pixel interval [left, right] under
 * `scale`: a superset of the marks in view (ranges that end before it still need the exact test),
 * never missing one.
 */
export function candidatesInView(index: TimeIndex, scale: InvertibleScale, left: number, right: number): [number, number] {
  // a pixel of slack: pixels → time → pixels is not exact in floating point
  const tLeft = Number(scale.invert(left - index.maxDx - 1)) - index.maxSpan;
  const tRight = Number(scale.invert(right + index.maxDx + 1));
  return [bound(index.starts, tLeft, true), bound(index.starts, tRight, false)];
}
