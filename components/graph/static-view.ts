import { type GraphLayout, actorKindStyle, type NodeShape } from "@/lib/graph";
import type { Analysis } from "@/lib/model";
import type { SvgNode } from "@/lib/svg";
import type { GraphView } from "./Graph";

/**
 * The static graph is `renderGraph`'s image (the one the share routes serve) fitted into the
 * dashboard's panel: without its heading, legend, credit and background, which the panel draws in
 * HTML, and with one tab stop among the nodes (arrow keys move between them).
 */
export function staticGraphTree(tree: SvgNode, tabStop: string | null): SvgNode {
  const children = (tree.children ?? []).filter((c): c is SvgNode => typeof c !== "string");
  const heading = children.find((c) => c.tag === "text");
  const legend = children.find((c) => c.attrs?.class === "nl-legend");
  const width = Number(tree.attrs?.width ?? 0);
  const height = Number(tree.attrs?.height ?? 0);
  // The drawing sits between the heading and the legend, a padding away from each.
  const top = heading ? Number(heading.attrs?.y ?? 0) + 4 : 0;
  const bottom = legend ? translateY(legend.attrs?.transform) ?? height : height;
  const kept = children
    .filter((c) => ["title", "desc", "defs"].includes(c.tag) || c.attrs?.class === "nl-edges" || c.attrs?.class === "nl-group-caption" || c.attrs?.class === "nl-nodes")
    .map((c) => (c.attrs?.class === "nl-nodes" ? withTabStop(c, tabStop) : c));
  // no fixed size: the panel sizes the drawing, the viewBox keeps its proportions
  const attrs = Object.fromEntries(Object.entries(tree.attrs ?? {}).filter(([k]) => k !== "width" && k !== "height"));
  return {
    tag: tree.tag,
    attrs: { ...attrs, viewBox: `0 ${top} ${width} ${Math.max(1, bottom - top)}`, preserveAspectRatio: "xMidYMid meet" },
    children: kept,
  };
}

function translateY(transform: unknown): number | null {
  const m = typeof transform === "string" ? /translate\(\s*[-\d.]+\s*[, ]\s*([-\d.]+)\s*\)/.exec(transform) : null;
  return m ? Number(m[1]) : null;
}

function withTabStop(nodes: SvgNode, tabStop: string | null): SvgNode {
  const ids = (nodes.children ?? []).map((c) => (typeof c === "string" ? null : c.attrs?.["data-actor-id"]));
  const stop = ids.includes(tabStop ?? undefined) ? tabStop : (ids.find((id) => typeof id === "string") ?? null);
  return {
    ...nodes,
    children: (nodes.children ?? []).map((c) =>
      typeof c === "string" ? c : { ...c, attrs: { ...c.attrs, tabindex: c.attrs?.["data-actor-id"] === stop ? 0 : -1 } },
    ),
  };
}

/** Shapes whose outline is as far above the centre as below it (all are symmetric left to right). */
const LEVEL: ReadonlySet<NodeShape> = new Set(["dot", "diamond", "square", "hexagon", "box"]);

/**
 * The vis-network view that puts every node where the static drawing shows it, measured from the
 * drawing on screen: node centres against their layout positions give the scale and the offset.
 * Null when it cannot be measured (nothing drawn, no layout engine as in jsdom): then the canvas fits.
 */
export function measureView(box: HTMLElement | null, layout: GraphLayout, analysis: Pick<Analysis, "actors">): GraphView | null {
  if (!box) return null;
  const svg = [...box.querySelectorAll<SVGSVGElement>("svg")].find((s) => s.getBoundingClientRect().width > 0);
  if (!svg) return null;
  const origin = box.getBoundingClientRect();
  const positions = new Map(layout.nodes.map((n) => [n.id, n]));
  const kinds = new Map(analysis.actors.map((a) => [a.id, a.kind]));
  const points: { lx: number; ly: number; sx: number; sy: number; level: boolean }[] = [];
  for (const g of svg.querySelectorAll<SVGGElement>("g[data-actor-id]")) {
    const id = g.getAttribute("data-actor-id")!;
    const p = positions.get(id);
    const kind = kinds.get(id);
    const shape = g.querySelector("path");
    if (!p || !kind || !shape) continue;
    const r = shape.getBoundingClientRect();
    if (r.width === 0) continue;
    const level = LEVEL.has(actorKindStyle[kind].shape);
    points.push({ lx: p.x, ly: p.y, sx: (r.left + r.right) / 2 - origin.left, sy: (r.top + r.bottom) / 2 - origin.top, level });
  }
  const level = points.filter((q) => q.level);
  if (points.length < 2 || level.length === 0) return null;
  const [a, b] = widestPair(points);
  if (Math.abs(b.lx - a.lx) < 1) return null;
  const scale = (b.sx - a.sx) / (b.lx - a.lx);
  if (!(scale > 0) || !Number.isFinite(scale)) return null;
  const offsetX = mean(points.map((q) => q.sx - scale * q.lx));
  const offsetY = mean(level.map((q) => q.sy - scale * q.ly));
  return { position: { x: (box.clientWidth / 2 - offsetX) / scale, y: (box.clientHeight / 2 - offsetY) / scale }, scale };
}

function widestPair<T extends { lx: number }>(points: T[]): [T, T] {
  let lo = points[0]!;
  let hi = points[0]!;
  for (const p of points) {
    if (p.lx < lo.lx) lo = p;
    if (p.lx > hi.lx) hi = p;
  }
  return [lo, hi];
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
