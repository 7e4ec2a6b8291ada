import type { Relation } from "../model";
import { fmt, h, type SvgNode } from "../svg";
import { curveControlPoint, type EdgeCurve } from "./curves";
import { LINE_HEIGHT } from "./label-placement";
import { DASH_PATTERN, isUncertain, palettes, relationKindStyle, type GraphTheme, type Palette } from "./style";

export type Point = { x: number; y: number };

/**
 * Up to this many relations each edge is its own element (`data-relation-id`: hover card, click,
 * selection in the static drawing and the embeds); beyond, edges of one look share a path, since
 * thousands of hairlines in a small image are a texture, not targets, and one element each would
 * make the drawing the heaviest part of the page. The canvas that replaces it keeps every edge apart.
 */
export const MAX_EDGE_ELEMENTS = 300;

/** The arrowhead's length and half-width, the size of the `marker` the per-edge drawing uses. */
const ARROW_LENGTH = 8;
const ARROW_HALF_WIDTH = 4;
export const EDGE_FONT = 9;
/** Bundled edges are drawn in this many layers, each with every kind, in the relations' order. */
const BUNDLE_LAYERS = 6;
const EDGE_WIDTH = 1.5;
const SELECTED_EDGE_WIDTH = 3.5;
/** The width of an edge's hit area (px): a comfortable target around a 1.5 px line. */
export const EDGE_HIT_WIDTH = 12;

/** An edge in image coordinates: from the source's outline to the target's, straight or bent. */
export type EdgeGeometry = { start: Point; end: Point; control: Point | null; mid: Point };

/**
 * Starts and ends on the node outlines along the tangent, so the arrowhead touches the target;
 * `control` is the quadratic Bézier control point of a curved edge (null when straight).
 */
export function edgeGeometry(from: Point, to: Point, fromRadius: number, toRadius: number, curve: EdgeCurve): EdgeGeometry {
  const straight = curve.type === "straight";
  const control = straight ? null : curveControlPoint(from, to, curve);
  const start = towards(from, control ?? to, fromRadius);
  const end = towards(to, control ?? from, toRadius + 1);
  const mid = control
    ? { x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y }
    : { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  return { start, end, control, mid };
}

/** A tenth of a pixel is finer than a hairline can show; fewer digits keep thousands of edges small. */
function fmt1(n: number): string {
  return fmt(Math.round(n * 10) / 10);
}

/** The edge's path; `f` formats its numbers (`fmt1` for drawings with many edges). */
function pathData(g: EdgeGeometry, f: (n: number) => string = fmt): string {
  const { start, end, control } = g;
  return control
    ? `M${f(start.x)},${f(start.y)}Q${f(control.x)},${f(control.y)} ${f(end.x)},${f(end.y)}`
    : `M${f(start.x)},${f(start.y)}L${f(end.x)},${f(end.y)}`;
}

/**
 * The arrowhead as a closed triangle from its tip at the end, back along the end tangent (as the
 * marker's `orient="auto"`), in relative steps: short numbers.
 */
function arrowData(g: EdgeGeometry): string {
  const { end } = g;
  const from = g.control ?? g.start;
  const dx = end.x - from.x;
  const dy = end.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return "";
  const ux = dx / len;
  const uy = dy / len;
  const [nx, ny] = [-uy * ARROW_HALF_WIDTH, ux * ARROW_HALF_WIDTH];
  return `M${fmt1(end.x)},${fmt1(end.y)}l${fmt1(-ux * ARROW_LENGTH + nx)},${fmt1(-uy * ARROW_LENGTH + ny)}l${fmt1(-2 * nx)},${fmt1(-2 * ny)}z`;
}

/** `label`: where the edge's label was placed (label-placement.ts), or null when it is not drawn. */
/** `handle`: where the line is clearest of nodes (edge-handles.ts), a round target there. */
export type EdgeFlags = {
  dim: boolean;
  selected: boolean;
  /** `lines`: the label wrapped onto two lines */
  label: { x: number; y: number; text: string; lines?: string[] } | null;
  handle: { x: number; y: number; r: number } | null;
};

/** One relation as its own group: a hit target with `data-relation-id`, its arrow a marker. */
export function edgeElement(r: Relation, g: EdgeGeometry, theme: GraphTheme, prefix: string, flags: EdgeFlags): SvgNode {
  const palette = palettes[theme];
  return h("g", { "data-relation-id": r.id, class: "nl-edge", opacity: flags.dim ? palette.dimOpacity : undefined }, [
    // the target: wider than the line, which is a hairline to hit
    h("path", { class: "nl-hit", d: pathData(g), fill: "none", stroke: "transparent", "stroke-width": EDGE_HIT_WIDTH }),
    // and, where the line is clear of nodes, a disc a fingertip finds (a tap is snapped to the largest target near it)
    ...(flags.handle ? [h("circle", { class: "nl-edge-handle", cx: flags.handle.x, cy: flags.handle.y, r: flags.handle.r, fill: "transparent" })] : []),
    h("path", {
      d: pathData(g),
      fill: "none",
      stroke: relationKindStyle[r.kind].color[theme],
      "stroke-width": flags.selected ? SELECTED_EDGE_WIDTH : EDGE_WIDTH,
      "stroke-dasharray": isUncertain(r.certainty) ? DASH_PATTERN.join(" ") : undefined,
      "marker-end": `url(#${prefix}-arrow-${r.kind})`,
    }),
    ...(flags.label
      ? [
          h(
            "text",
            { x: flags.label.x, y: flags.label.y, "text-anchor": "middle", "font-size": EDGE_FONT, fill: palette.mutedText, ...halo(palette) },
            flags.label.lines
              ? // a space between the lines, so the text reads as the label, not "takes inproposals"
                [flags.label.lines[0]!, " ", h("tspan", { x: flags.label.x, dy: LINE_HEIGHT * EDGE_FONT }, [flags.label.lines[1]!])]
              : [flags.label.text],
          ),
        ]
      : []),
  ]);
}

/**
 * Many relations drawn compactly: one group per layer, kind, certainty and emphasis holding one
 * stroked path for the lines and one filled path for the arrowheads, the dimmed groups below the others.
 * The same pixels as one `edgeElement` each, without a label or an element per relation.
 */
export function edgeBundles(items: { relation: Relation; geometry: EdgeGeometry; dim: boolean }[], theme: GraphTheme): SvgNode[] {
  const palette = palettes[theme];
  const bundles = new Map<string, { kind: Relation["kind"]; dashed: boolean; dim: boolean; lines: string[]; arrows: string[] }>();
  items.forEach(({ relation, geometry, dim }, i) => {
    const dashed = isUncertain(relation.certainty);
    // in drawing order, a few layers of every kind: no single colour covers the others everywhere
    const layer = Math.floor((i * BUNDLE_LAYERS) / items.length);
    const key = `${dim ? 0 : 1}|${layer}|${relation.kind}|${dashed ? 1 : 0}`;
    let b = bundles.get(key);
    if (!b) bundles.set(key, (b = { kind: relation.kind, dashed, dim, lines: [], arrows: [] }));
    b.lines.push(pathData(geometry, fmt1));
    b.arrows.push(arrowData(geometry));
  });
  const order = (key: string) => key.split("|").map((part, i) => (i === 2 ? part : part.padStart(3, "0"))).join("|");
  return [...bundles.entries()]
    .sort(([a], [b]) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
    .map(([, b]) => {
      const color = relationKindStyle[b.kind].color[theme];
      return h("g", { class: "nl-edge-bundle", "data-relation-kind": b.kind, opacity: b.dim ? palette.dimOpacity : undefined }, [
        h("path", {
          d: b.lines.join(""),
          fill: "none",
          stroke: color,
          "stroke-width": EDGE_WIDTH,
          "stroke-dasharray": b.dashed ? DASH_PATTERN.join(" ") : undefined,
        }),
        h("path", { d: b.arrows.join(""), fill: color }),
      ]);
    });
}

export function halo(palette: Palette) {
  return { stroke: palette.halo, "stroke-width": 3, "paint-order": "stroke", "stroke-linejoin": "round" };
}

function towards(p: Point, q: Point, distance: number): Point {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return p;
  return { x: p.x + (dx / len) * distance, y: p.y + (dy / len) * distance };
}
