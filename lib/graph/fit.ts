/**
 * Fitting the seeded layout to a panel: node centres are scaled and moved so that the nodes, with
 * what each needs around its centre for its shape and label (sizes that do not grow with the scale,
 * as text does not), fill the panel's box instead of sitting in a cluster in the middle of it.
 * Pure and deterministic: the SVG renderer and the dashboard's canvas use the same maths.
 */

/** A node to fit: its centre in layout units, and the room it needs on each side of it, in panel pixels. */
export type FitItem = { x: number; y: number; left: number; right: number; top: number; bottom: number };
export type FitBox = { left: number; top: number; width: number; height: number };
export type FitOptions = {
  /** The most one layout unit may become, in pixels (a graph of two nodes is not stretched across a wide image). */
  maxScale?: number;
  /** The most the two axes' scales may differ (1: the layout's proportions are kept). */
  maxStretch?: number;
};
/** Panel point = (tx + sx · x, ty + sy · y). */
export type FitTransform = { sx: number; sy: number; tx: number; ty: number };

const DEFAULT_MAX_SCALE = 6;
const DEFAULT_MAX_STRETCH = 1;

/** One axis of the items: centre, room before it, room after it. */
type AxisItem = { p: number; lo: number; hi: number };

/** From the first item's start to the last item's end at scale `s`. */
function spanAt(items: readonly AxisItem[], s: number): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const it of items) {
    start = Math.min(start, s * it.p - it.lo);
    end = Math.max(end, s * it.p + it.hi);
  }
  return { start, end };
}

/**
 * The largest scale at which the items, each with its room, fit in `length`: the smallest over the
 * pairs of items i left of j of (length − room before i − room after j) / (j − i), since i's start and
 * j's end are what must fit. `Infinity` when every item sits at one coordinate (any scale fits);
 * 0 when the rooms alone do not fit (then nothing does).
 */
export function axisScale(items: readonly AxisItem[], length: number): number {
  if (items.length === 0) return Infinity;
  // items at one centre act as one, with the largest room on each side
  const sorted = [...items].sort((a, b) => a.p - b.p);
  const groups: AxisItem[] = [];
  for (const it of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.p === it.p) groups[groups.length - 1] = { p: it.p, lo: Math.max(last.lo, it.lo), hi: Math.max(last.hi, it.hi) };
    else groups.push(it);
  }
  let best = Infinity;
  for (let j = 1; j < groups.length; j++)
    for (let i = 0; i < j; i++) {
      const s = (length - groups[i]!.lo - groups[j]!.hi) / (groups[j]!.p - groups[i]!.p);
      if (s < best) best = s;
    }
  return Math.max(0, best);
}

/**
 * The transform that puts `items` in `box` as large as they fit: each axis scaled as far as its
 * items and their rooms fit (at most `maxScale`), the two scales at most `maxStretch` apart, then
 * the drawing centred in the box on both axes.
 */
export function fitToBox(items: readonly FitItem[], box: FitBox, opts: FitOptions = {}): FitTransform {
  const maxScale = opts.maxScale ?? DEFAULT_MAX_SCALE;
  const maxStretch = Math.max(1, opts.maxStretch ?? DEFAULT_MAX_STRETCH);
  const xs = items.map((it) => ({ p: it.x, lo: it.left, hi: it.right }));
  const ys = items.map((it) => ({ p: it.y, lo: it.top, hi: it.bottom }));
  let sx = Math.min(maxScale, axisScale(xs, box.width));
  let sy = Math.min(maxScale, axisScale(ys, box.height));
  // the axis that binds sets the other's limit, so the layout's shape is stretched at most maxStretch
  sx = Math.min(sx, sy * maxStretch);
  sy = Math.min(sy, sx * maxStretch);
  const centre = (axis: readonly AxisItem[], s: number, start: number, length: number) => {
    if (axis.length === 0) return start + length / 2;
    const span = spanAt(axis, s);
    return start + (length - (span.end - span.start)) / 2 - span.start;
  };
  return { sx, sy, tx: centre(xs, sx, box.left, box.width), ty: centre(ys, sy, box.top, box.height) };
}

/** A layout point in the panel. */
export function applyFit(t: FitTransform, p: { x: number; y: number }): { x: number; y: number } {
  return { x: t.tx + t.sx * p.x, y: t.ty + t.sy * p.y };
}

/** The panel box the items take once fitted (their rooms included). */
export function fittedBounds(items: readonly FitItem[], t: FitTransform): { left: number; top: number; right: number; bottom: number } {
  const x = spanAt(items.map((it) => ({ p: it.x, lo: it.left, hi: it.right })), t.sx);
  const y = spanAt(items.map((it) => ({ p: it.y, lo: it.top, hi: it.bottom })), t.sy);
  return { left: t.tx + x.start, top: t.ty + y.start, right: t.tx + x.end, bottom: t.ty + y.end };
}
