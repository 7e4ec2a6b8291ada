import type { EdgeGeometry, Point } from "./edges";

export type Box = { left: number; top: number; right: number; bottom: number };
export type TextAnchor = "start" | "middle" | "end";
/** A label drawn at `x`, `y` (its first baseline) with `anchor`, covering `box`; `lines` when wrapped. */
export type PlacedLabel = { x: number; y: number; anchor: TextAnchor; box: Box; lines?: string[] };

/** Line height of a node label wrapped onto two lines, in ems. */
export const LINE_HEIGHT = 1.2;

/**
 * How much room a line of text takes, estimated without font metrics and on the wide side (the
 * browsers' fallback sans-serif fonts run to 0.62 em per character): placement must hold in any of them.
 */
export function textBox(text: string, x: number, y: number, size: number, anchor: TextAnchor): Box {
  const width = text.length * size * 0.62;
  const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  return { left, top: y - 0.95 * size, right: left + width, bottom: y + 0.28 * size };
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

function within(box: Box, bounds: Box): boolean {
  return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
}

/**
 * What is already drawn that a label may not cover: node shapes, labels placed so far. Greedy: the
 * first candidate that fits inside `bounds` and clear of everything is taken, else none, so a label
 * is never drawn over another one or cut by the frame (what does not fit is in the hover card and the
 * details panel).
 */
export class LabelSpace {
  private readonly boxes: { box: Box; owner: string | null }[] = [];
  constructor(private readonly bounds: Box, private readonly gap = 2) {}

  /** `owner`: the node whose shape this is; its own label may sit close to it. */
  block(box: Box, owner: string | null = null): void {
    this.boxes.push({ box, owner });
  }

  fits(box: Box, owner: string | null = null): boolean {
    return within(box, this.bounds) && !this.boxes.some((b) => (b.owner === null || b.owner !== owner) && overlaps(box, b.box, this.gap));
  }

  /** The first candidate that fits, now blocked for later labels; null when none does. */
  place(candidates: readonly PlacedLabel[], owner: string | null = null): PlacedLabel | null {
    const found = candidates.find((c) => this.fits(c.box, owner)) ?? null;
    if (found) this.block(found.box);
    return found;
  }
}

/** Where a node's label may go, best first: below its shape, above it, then to its right and left. */
export function nodeLabelCandidates(text: string, c: Point, r: number, below: number, size: number): PlacedLabel[] {
  const at = (x: number, y: number, anchor: TextAnchor): PlacedLabel => ({ x, y, anchor, box: textBox(text, x, y, size, anchor) });
  const side = c.y + 0.35 * size;
  return [at(c.x, c.y + below, "middle"), at(c.x, c.y - r - 4, "middle"), at(c.x + r + 4, side, "start"), at(c.x - r - 4, side, "end")];
}

/**
 * A name of several words on two lines (broken at the space nearest its middle), below, above, right
 * or left of its shape: the narrower shape for a crowded place. None for a single word.
 */
export function wrappedLabelCandidates(text: string, c: Point, r: number, below: number, size: number): PlacedLabel[] {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [];
  const cut = spaces.reduce((best, i) => (Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best));
  const lines = [text.slice(0, cut), text.slice(cut + 1)];
  const step = LINE_HEIGHT * size;
  const at = (x: number, y: number, anchor: TextAnchor): PlacedLabel => {
    const boxes = lines.map((line, i) => textBox(line, x, y + i * step, size, anchor));
    const box = { left: Math.min(...boxes.map((b) => b.left)), top: boxes[0]!.top, right: Math.max(...boxes.map((b) => b.right)), bottom: boxes[1]!.bottom };
    return { x, y, anchor, box, lines };
  };
  const side = c.y + 0.35 * size - step / 2;
  return [at(c.x, c.y + below, "middle"), at(c.x, c.y - r - 4 - step, "middle"), at(c.x + r + 4, side, "start"), at(c.x - r - 4, side, "end")];
}

function pointOn(g: EdgeGeometry, t: number): Point {
  const { start: a, end: b, control: q } = g;
  if (!q) return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * q.x + t * t * b.x, y: u * u * a.y + 2 * u * t * q.y + t * t * b.y };
}

/** A text of several words as two lines, broken at the space nearest its middle; null for a single word. */
export function twoLines(text: string): [string, string] | null {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return null;
  const cut = spaces.reduce((best, i) => (Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best));
  return [text.slice(0, cut), text.slice(cut + 1)];
}

/** An edge's label on two lines, centred on the edge at the same points as `edgeLabelCandidates`. */
export function wrappedEdgeLabelCandidates(text: string, g: EdgeGeometry, size: number): PlacedLabel[] {
  const lines = twoLines(text);
  if (!lines) return [];
  const step = LINE_HEIGHT * size;
  return [0.5, 0.4, 0.6, 0.3, 0.7].map((t) => {
    const p = pointOn(g, t);
    const y = p.y + 0.33 * size - step / 2;
    const boxes = lines.map((line, i) => textBox(line, p.x, y + i * step, size, "middle"));
    const box = { left: Math.min(boxes[0]!.left, boxes[1]!.left), top: boxes[0]!.top, right: Math.max(boxes[0]!.right, boxes[1]!.right), bottom: boxes[1]!.bottom };
    return { x: p.x, y, anchor: "middle" as const, box, lines: [...lines] };
  });
}

/** Where an edge's label may go, best first: horizontal, centred on the edge at its middle, then further along either way. */
export function edgeLabelCandidates(text: string, g: EdgeGeometry, size: number): PlacedLabel[] {
  return [0.5, 0.4, 0.6, 0.3, 0.7].map((t) => {
    const p = pointOn(g, t);
    const y = p.y + 0.33 * size;
    return { x: p.x, y, anchor: "middle" as const, box: textBox(text, p.x, y, size, "middle") };
  });
}
