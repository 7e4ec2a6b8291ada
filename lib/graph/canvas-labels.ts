// Where vis-network's canvas puts the labels. It draws every node label hanging below its shape and
// every edge label at its line's middle, whatever is there; a label over a line hides the line and
// takes its clicks, and two edge labels at one spot are unreadable. So, like the static drawing
// (render-labels.ts), a node label whose place below crosses a line goes above the shape when that is
// clear, and an edge label that would cover a node, a node label or another edge label is left to the
// hover card and the details panel.
import { curveControlPoint, type EdgeCurve } from "./curves";
import { approxTextWidth } from "./label";

/** vis-network's font sizes for node and edge labels (vis-data.ts), in canvas units. */
export const CANVAS_NODE_FONT = 12;
export const CANVAS_EDGE_FONT = 10;
/** vis-network hangs a node label half its font size and 4 units below the shape (its drawExternalLabel). */
const HANG = CANVAS_NODE_FONT / 2 + 4;
/** the room kept between a label moved above and its shape */
const GAP = 4;
const LINE = 1.2;

type Point = { x: number; y: number };
type Box = { left: number; top: number; right: number; bottom: number };

/** A node with its label drawn outside its shape (box-shaped nodes hold theirs inside). */
export type CanvasLabelNode = { id: string; x: number; y: number; r: number; label: string; inside: boolean };
export type CanvasLabelEdge = { id: string; from: string; to: string; curve: EdgeCurve; label: string };
export type CanvasLabelPlan = {
  /** a node label's vertical shift from vis-network's place below the shape (font.vadjust) */
  shift: Map<string, number>;
  /** the edges whose label is drawn */
  edgeLabels: Set<string>;
};

/** Text boxes are estimates with a line's leading round the glyphs: two that touch by less than this are apart. */
const SLACK = 2;
const overlaps = (a: Box, b: Box) =>
  a.left + SLACK < b.right && b.left + SLACK < a.right && a.top + SLACK < b.bottom && b.top + SLACK < a.bottom;
const inside = (p: Point, b: Box) => p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom;

function labelBox(n: CanvasLabelNode, shift: number): Box {
  const half = approxTextWidth(n.label, CANVAS_NODE_FONT) / 2;
  const top = n.y + n.r + HANG + shift;
  return { left: n.x - half, top, right: n.x + half, bottom: top + CANVAS_NODE_FONT * LINE };
}

/** The shift that puts a label just above its shape instead of below it. */
const aboveShift = (n: CanvasLabelNode) => -(2 * n.r + HANG + GAP + CANVAS_NODE_FONT * LINE);

const shapeBox = (n: CanvasLabelNode): Box => ({ left: n.x - n.r, top: n.y - n.r, right: n.x + n.r, bottom: n.y + n.r });

/** Points along an edge's line, as vis-network draws it (centre to centre, a quadratic when curved), outside its end nodes. */
function linePoints(e: CanvasLabelEdge, from: CanvasLabelNode, to: CanvasLabelNode): Point[] {
  const c = curveControlPoint(from, to, e.curve);
  const out: Point[] = [];
  for (let i = 0; i <= 40; i++) {
    const t = i / 40;
    const p = { x: (1 - t) ** 2 * from.x + 2 * (1 - t) * t * c.x + t * t * to.x, y: (1 - t) ** 2 * from.y + 2 * (1 - t) * t * c.y + t * t * to.y };
    if (Math.hypot(p.x - from.x, p.y - from.y) > from.r && Math.hypot(p.x - to.x, p.y - to.y) > to.r) out.push(p);
  }
  return out;
}

/** Where the canvas draws each label; `nodes` in the order their labels claim room (the most mentioned first). */
export function canvasLabelPlan(nodes: readonly CanvasLabelNode[], edges: readonly CanvasLabelEdge[]): CanvasLabelPlan {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const lines = edges.flatMap((e) => {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    return from && to ? [{ edge: e, points: linePoints(e, from, to), mid: curveMid(from, to, e.curve) }] : [];
  });
  const crossed = (box: Box, except?: string) => {
    const core = { left: box.left + SLACK, top: box.top + SLACK, right: box.right - SLACK, bottom: box.bottom - SLACK };
    return lines.some((l) => l.edge.id !== except && l.points.some((p) => inside(p, core)));
  };
  const taken: Box[] = nodes.map(shapeBox);
  const shift = new Map<string, number>();
  // the canvas opens framed on the shapes: a label raised over the topmost one would leave the frame
  const ceiling = Math.min(...nodes.map((n) => n.y - n.r));
  for (const n of nodes) {
    if (n.inside || !n.label) continue;
    const below = labelBox(n, 0);
    const up = aboveShift(n);
    const above = labelBox(n, up);
    const aboveClear = above.top >= ceiling && !crossed(above) && !taken.some((b) => overlaps(b, above));
    const use = crossed(below) && aboveClear ? up : 0;
    if (use !== 0) shift.set(n.id, use);
    taken.push(use === 0 ? below : above);
  }
  const edgeLabels = new Set<string>();
  for (const l of lines) {
    if (!l.edge.label) continue;
    const half = approxTextWidth(l.edge.label, CANVAS_EDGE_FONT) / 2;
    const box = { left: l.mid.x - half, top: l.mid.y - CANVAS_EDGE_FONT * 0.6, right: l.mid.x + half, bottom: l.mid.y + CANVAS_EDGE_FONT * 0.6 };
    // over another line is allowed here (unlike the static drawing): the canvas zooms, and its
    // edge labels would otherwise be few; over a node, a name or another edge label is not
    if (taken.some((b) => overlaps(b, box))) continue;
    edgeLabels.add(l.edge.id);
    taken.push(box);
  }
  return { shift, edgeLabels };
}

/** The point vis-network centres an edge label on: the middle of its line (t = ½ on a curve). */
function curveMid(from: Point, to: Point, curve: EdgeCurve): Point {
  const c = curveControlPoint(from, to, curve);
  return { x: 0.25 * from.x + 0.5 * c.x + 0.25 * to.x, y: 0.25 * from.y + 0.5 * c.y + 0.25 * to.y };
}
