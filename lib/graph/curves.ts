import type { Relation } from "../model";

/** How an edge bends: straight, or vis-network's `curvedCW`/`curvedCCW` with a roundness. */
export type EdgeCurve = { type: "straight" } | { type: "curvedCW" | "curvedCCW"; roundness: number };

/**
 * Spreads parallel relations between the same two actors so none hides another: a single
 * relation is straight, several fan out on both sides. Opposite directions of the same pair
 * share one fan, so A→B and B→A never overlap either.
 */
export function edgeCurves(relations: readonly Pick<Relation, "id" | "source" | "target">[]): Map<string, EdgeCurve> {
  const groups = new Map<string, Pick<Relation, "id" | "source" | "target">[]>();
  for (const r of relations) {
    const key = r.source < r.target ? `${r.source}\u0000${r.target}` : `${r.target}\u0000${r.source}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const curves = new Map<string, EdgeCurve>();
  for (const group of groups.values()) {
    const m = group.length;
    group.forEach((r, k) => {
      if (m === 1 || (m % 2 === 1 && k === (m - 1) / 2)) {
        curves.set(r.id, { type: "straight" });
        return;
      }
      // Offset from the fan's middle, measured in the pair's canonical direction (lower id first).
      const offset = k - (m - 1) / 2;
      const sign = (r.source < r.target ? 1 : -1) * Math.sign(offset);
      const roundness = Math.round(Math.min(0.9, 0.15 + 0.2 * (Math.abs(offset) - 0.5)) * 100) / 100;
      curves.set(r.id, { type: sign > 0 ? "curvedCW" : "curvedCCW", roundness });
    });
  }
  return curves;
}

/**
 * The quadratic Bézier control point vis-network uses for a curved edge (its `_getViaCoordinates`
 * for `curvedCW`/`curvedCCW`), so the static SVG bends the same way as the canvas.
 */
export function curveControlPoint(
  from: { x: number; y: number },
  to: { x: number; y: number },
  curve: EdgeCurve,
): { x: number; y: number } {
  if (curve.type === "straight") return { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const dx = to.x - from.x;
  const dy = from.y - to.y;
  const radius = Math.sqrt(dx * dx + dy * dy);
  const f = curve.roundness;
  const turn = curve.type === "curvedCW" ? f * 0.5 + 0.5 : -f * 0.5 + 0.5;
  const angle = (Math.atan2(dy, dx) + turn * Math.PI) % (2 * Math.PI);
  const reach = (f * 0.5 + 0.5) * radius;
  return { x: from.x + reach * Math.sin(angle), y: from.y + reach * Math.cos(angle) };
}
