import type { NodeShape } from "./style";
import { fmt } from "../svg";

/**
 * SVG path data for a node shape centred on (cx, cy) with vis-network's `size` r, so the static
 * image and the legend draw what vis-network draws on its canvas.
 */
export function shapePath(shape: NodeShape, cx: number, cy: number, r: number, boxWidth = 2 * r): string {
  const pts = (ps: [number, number][]) => "M" + ps.map(([x, y]) => `${fmt(cx + x)},${fmt(cy + y)}`).join("L") + "Z";
  switch (shape) {
    case "dot":
      return `M${fmt(cx - r)},${fmt(cy)}A${fmt(r)},${fmt(r)} 0 1,0 ${fmt(cx + r)},${fmt(cy)}A${fmt(r)},${fmt(r)} 0 1,0 ${fmt(cx - r)},${fmt(cy)}Z`;
    case "diamond":
      return pts([[0, -r], [r, 0], [0, r], [-r, 0]]);
    case "square":
      return pts([[-r, -r], [r, -r], [r, r], [-r, r]]);
    case "hexagon":
      return pts(polygon(6, r, 0));
    case "triangle":
      return pts(polygon(3, r, -Math.PI / 2));
    case "triangleDown":
      return pts(polygon(3, r, Math.PI / 2));
    case "star":
      return pts(starPoints(r));
    case "box": {
      const w = boxWidth / 2;
      const hh = r * 0.7;
      const c = Math.min(4, hh);
      return (
        `M${fmt(cx - w + c)},${fmt(cy - hh)}H${fmt(cx + w - c)}Q${fmt(cx + w)},${fmt(cy - hh)} ${fmt(cx + w)},${fmt(cy - hh + c)}` +
        `V${fmt(cy + hh - c)}Q${fmt(cx + w)},${fmt(cy + hh)} ${fmt(cx + w - c)},${fmt(cy + hh)}` +
        `H${fmt(cx - w + c)}Q${fmt(cx - w)},${fmt(cy + hh)} ${fmt(cx - w)},${fmt(cy + hh - c)}` +
        `V${fmt(cy - hh + c)}Q${fmt(cx - w)},${fmt(cy - hh)} ${fmt(cx - w + c)},${fmt(cy - hh)}Z`
      );
    }
  }
}

/** How far below the centre a shape's label goes (boxes carry their label inside). */
export function labelOffset(shape: NodeShape, r: number): number {
  return shape === "box" ? 0 : r + 12;
}

function polygon(n: number, r: number, start: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = start + (i * 2 * Math.PI) / n;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

function starPoints(r: number): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    return [rr * Math.cos(a), rr * Math.sin(a)];
  });
}
