import type { EdgeGeometry, Point } from "./edges";
import type { Box } from "./label-placement";

/** Where a reader clicks or taps an edge: a point of its line clear of every node, and how far round it is clear. */
export type EdgeHandle = Point & { r: number };

/** The largest handle (px): a fingertip's reach around the point, where the line is that clear. */
const MAX_HANDLE_RADIUS = 9;
/** Sampling step along a line (px). */
const STEP = 1;

/** The point of `g`'s line at `t` in [0, 1]. */
export function pointOnEdge(g: EdgeGeometry, t: number): Point {
  const { start: a, end: b, control: q } = g;
  if (!q) return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * q.x + t * t * b.x, y: u * u * a.y + 2 * u * t * q.y + t * t * b.y };
}

/** Points along `g`'s line about `STEP` px apart, from start to end. */
export function edgeSamples(g: EdgeGeometry): Point[] {
  const { start: a, end: b, control: q } = g;
  const length = q ? Math.hypot(q.x - a.x, q.y - a.y) + Math.hypot(b.x - q.x, b.y - q.y) : Math.hypot(b.x - a.x, b.y - a.y);
  const n = Math.max(2, Math.ceil(length / STEP));
  return Array.from({ length: n + 1 }, (_, i) => pointOnEdge(g, i / n));
}

/** Distance from `p` to `box` (0 inside it). */
function distance(p: Point, box: Box): number {
  const dx = Math.max(box.left - p.x, 0, p.x - box.right);
  const dy = Math.max(box.top - p.y, 0, p.y - box.bottom);
  return Math.hypot(dx, dy);
}

/** Whether any point of `g`'s line falls inside `box`. */
export function edgeCrosses(g: EdgeGeometry, box: Box, samples: readonly Point[] = edgeSamples(g)): boolean {
  const { start: a, end: b, control: q } = g;
  const xs = q ? [a.x, b.x, q.x] : [a.x, b.x];
  const ys = q ? [a.y, b.y, q.y] : [a.y, b.y];
  if (Math.max(...xs) < box.left || Math.min(...xs) > box.right || Math.max(...ys) < box.top || Math.min(...ys) > box.bottom) return false;
  return samples.some((p) => distance(p, box) === 0);
}

/**
 * The handle of an edge: of the points of its line outside every box in `covers` (node shapes and
 * labels, which are drawn over edges and take the clicks there), the one with the most room around
 * it, the middle of the line winning ties; its radius is that room, up to MAX_HANDLE_RADIUS. Null
 * when the boxes cover the whole line.
 */
export function edgeHandle(g: EdgeGeometry, covers: readonly Box[]): EdgeHandle | null {
  const samples = edgeSamples(g);
  const near = covers.filter((b) => edgeCrosses(g, { left: b.left - MAX_HANDLE_RADIUS, top: b.top - MAX_HANDLE_RADIUS, right: b.right + MAX_HANDLE_RADIUS, bottom: b.bottom + MAX_HANDLE_RADIUS }, samples));
  let best: EdgeHandle | null = null;
  let bestScore = -Infinity;
  samples.forEach((p, i) => {
    const room = Math.min(MAX_HANDLE_RADIUS, ...near.map((b) => distance(p, b)));
    if (room <= 0) return;
    // room first, then nearness to the middle of the line
    const score = room - Math.abs(i / (samples.length - 1) - 0.5) * 0.5;
    if (score > bestScore) [best, bestScore] = [{ x: p.x, y: p.y, r: room }, score];
  });
  return best;
}
