import type { Connector, Mark, XPos } from "../types";

/** The timeline's fixed measurements (px). */
export const metrics = {
  margin: 12,
  /** reference-date label row, then tick labels; lanes start below */
  header: 36,
  laneHeader: 16,
  row: 30,
  lanePad: 4,
  /** glyph radius */
  r: 6,
  barHeight: 10,
  fuzzyHeight: 14,
  labelMax: 200,
  /** a label's (last line's) baseline sits this far above its glyph's centre */
  labelRise: 10,
  /** line height of a label wrapped onto two lines; rows holding one grow by it */
  labelLine: 13,
  /** indent per level of a conditional chain in the stacked conditional strip */
  conditionalIndent: 22,
  legendRow: 20,
  credit: 18,
} as const;

/** Baseline of the time axis's tick labels (10 px text in the header). */
export const TICK_LABEL_BASELINE = metrics.header - 9;
/** Where the guides start (tick lines, the reference line): below the tick labels, so none crosses a year or a month. */
export const GUIDE_TOP = metrics.header - 5;

/** Glyph centre within a row. */
export const ROW_CENTRE = 21;

/** A time scale; d3's accept milliseconds as well as Dates, which spares an allocation per mark per frame. */
export type Scale = (t: Date | number) => number;

/** Pixel x of a position under a (possibly zoomed) time scale. */
export function resolveX(pos: XPos, scale: Scale): number {
  return "fixed" in pos ? pos.fixed : scale(pos.t) + pos.dx;
}

/** Left and right pixel edges of a mark's glyph (a point's are equal). */
export function markSpan(mark: Pick<Mark, "x0" | "x1">, scale: Scale): [number, number] {
  const a = resolveX(mark.x0, scale);
  const b = mark.x1 ? resolveX(mark.x1, scale) : a;
  return a <= b ? [a, b] : [b, a];
}

/** An S-curve from anchor to dependent; straight when they share a row or a column. */
export function connectorPath(c: Pick<Connector, "a" | "ay" | "b" | "by"> & { via?: XPos | null }, scale: Scale, clamp?: [number, number]): string {
  const at = (p: XPos) => {
    const x = resolveX(p, scale);
    return clamp && !("fixed" in p) ? Math.min(clamp[1], Math.max(clamp[0], x)) : x;
  };
  const ax = at(c.a);
  const bx = at(c.b);
  const r = (n: number) => Math.round(n * 100) / 100;
  if (c.via && Math.abs(c.ay - c.by) >= 0.5) return `M${r(ax)},${r(c.ay)}H${r(at(c.via))}V${r(c.by)}H${r(bx)}`;
  if (Math.abs(c.ay - c.by) < 0.5 || Math.abs(ax - bx) < 0.5) return `M${r(ax)},${r(c.ay)}L${r(bx)},${r(c.by)}`;
  const mid = r((ax + bx) / 2);
  return `M${r(ax)},${r(c.ay)}C${mid},${r(c.ay)} ${mid},${r(c.by)} ${r(bx)},${r(c.by)}`;
}
