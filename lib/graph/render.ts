import type { Analysis } from "../model";
import type { ItemSets, Selection } from "../selection";
import { fmt, h, imageHeading, type SvgNode } from "../svg";
import { edgeCurves } from "./curves";
import { edgeHandle, type EdgeHandle } from "./edge-handles";
import { creditLine, describeGraph, graphTitle } from "./describe";
import { edgeBundles, edgeElement, edgeGeometry, halo, MAX_EDGE_ELEMENTS, type EdgeGeometry, type Point } from "./edges";
import { emphasis, type Emphasis } from "./emphasis";
import { applyFit, fitToBox, fittedBounds, type FitItem } from "./fit";
import { approxTextWidth, FONT_FAMILY, NODE_LABEL_MAX, truncateLabel } from "./label";
import { LINE_HEIGHT, type Box } from "./label-placement";
import type { GraphLayout, LayoutNode } from "./layout";
import { neighbourhood } from "./neighbourhood";
import { legendLayout, markers } from "./render-legend";
import { CAPTION_FONT, ISOLATED_CAPTION, NODE_FONT, placeLabels, type Caption, type EdgeLabel, type NodeGeometry, type NodeLabel } from "./render-labels";
import { labelOffset, shapePath } from "./shapes";
import { actorKindStyle, legendFor, palettes, type GraphTheme, type Palette } from "./style";

export { ISOLATED_CAPTION } from "./render-labels";

export type RenderGraphOptions = {
  width: number;
  theme: GraphTheme;
  /** An actor id: only its neighbourhood is drawn, scaled to fill the image. */
  focus?: string | null;
  highlighted?: Pick<ItemSets, "actors" | "relations">;
  selection?: Selection;
  /** Prefix of the ids inside the SVG, so several drawings can share a page. */
  idPrefix?: string;
  /**
   * The most a layout unit may become in the image (default MAX_SCALE). The dashboard caps it at the
   * node scale, so its canvas, which scales shapes and distances alike, opens on the same picture.
   */
  maxScale?: number;
  /**
   * How far the layout may be stretched along one axis to fill the image (default MAX_STRETCH; 1
   * keeps its proportions, as the dashboard must for its canvas to open on the same picture).
   */
  maxStretch?: number;
};

const PAD = 16;
const HEADING = 32;
/** Beyond this count node labels would only be noise; the table view and tooltips carry them. */
const MAX_NODE_LABELS = 150;
/** The most a layout unit becomes in an image (see fit.ts): a small graph spreads over a wide image, within reason. */
const MAX_SCALE = 6;
/** Node shapes grow with the spread up to this; past it only the distances between them do. */
const MAX_NODE_SCALE = 1.5;
/** The drawing's height is at most this share of the image's width, and at least MIN_MAX_HEIGHT may be used. */
const MAX_HEIGHT_SHARE = 0.55;
/** A wide image may stretch the layout across by up to this much rather than leave its sides empty. */
const MAX_STRETCH = 1.3;
const MIN_MAX_HEIGHT = 360;

type Actor = Analysis["actors"][number];
type Relation = Analysis["relations"][number];
type Positions = ReadonlyMap<string, LayoutNode>;
type Edge = { relation: Relation; geometry: EdgeGeometry; dim: boolean };

/**
 * The actor graph as a static SVG tree, drawn from the same seeded layout as the dashboard:
 * for the server image routes and the light embed. Nodes are focusable groups with
 * `data-actor-id`, edges carry `data-relation-id`, so the embed's small script can add
 * selection and tooltips without redrawing.
 */
export function renderGraph(analysis: Analysis, layout: GraphLayout, opts: RenderGraphOptions): SvgNode {
  const palette = palettes[opts.theme];
  const prefix = opts.idPrefix ?? "nl-graph";
  const { focused, positions, actors, relations } = drawnItems(analysis, layout, opts.focus ?? null);
  const emph = emphasis(analysis, opts.selection ?? null, opts.highlighted);
  const labelled = labelledActors(actors);

  const width = Math.round(opts.width);
  const fit = fitGraph(actors, positions, labelled, width, { maxScale: opts.maxScale ?? MAX_SCALE, maxStretch: opts.maxStretch ?? MAX_STRETCH });
  const project = (p: Point) => applyFit(fit.transform, p);
  const legend = legendLayout(legendFor({ actors, relations }, opts.theme), width - 2 * PAD, palette, prefix);
  const legendTop = fit.graphBottom + PAD;
  const height = Math.round(legendTop + legend.height + PAD + 18);

  const edges = edgeItems(relations, positions, project, fit.nodeScale, emph);
  const selectedEdge = opts.selection?.kind === "relation" ? edges.find((e) => e.relation.id === opts.selection!.id) : undefined;
  const nodes = nodeGeometries(actors, positions, project, fit.nodeScale);
  const frame = { left: 2, top: HEADING + 2, right: width - 2, bottom: fit.graphBottom + PAD - 2 };
  const labels = placeLabels({ frame, layout, actors, nodes, labelled, edges, focused, projectY: (y) => project({ x: 0, y }).y });

  const look = { theme: opts.theme, palette, prefix };
  const handles = edgeHandles(edges, nodeHitBoxes(nodes, labels.nodeLabels));
  const edgeNodes = edgeElements(edges, selectedEdge, labels.edgeLabels, handles, look);
  const nodeNodes = actors.map((a) =>
    nodeElement(a, nodes.get(a.id)!, labels.nodeLabels.get(a.id), look, {
      labelled: labelled.has(a.id),
      selected: opts.selection?.kind === "actor" && opts.selection.id === a.id,
      dim: emph !== null && !emph.actors.has(a.id),
    }),
  );
  const description = describeGraph(analysis, { actors: new Set(actors.map((a) => a.id)), relations: new Set(relations.map((r) => r.id)) }, opts.focus ?? null);
  return graphSvg(analysis, { width, height, description, prefix }, [
    h("defs", {}, markers(relations, opts.theme, prefix)),
    h("rect", { width, height, fill: palette.background }),
    heading(graphTitle(analysis), width, palette),
    h("g", { class: "nl-edges" }, edgeNodes),
    ...(labels.caption ? [captionElement(labels.caption, palette)] : []),
    h("g", { class: "nl-nodes" }, nodeNodes),
    h("g", { class: "nl-legend", transform: `translate(${fmt(PAD)},${fmt(legendTop)})` }, legend.children),
    h("text", { x: PAD, y: height - PAD, "font-size": 10, fill: palette.mutedText }, [
      truncateLabel(creditLine(analysis), Math.floor((width - 2 * PAD) / (10 * 0.58))),
    ]),
  ]);
}

/** What is drawn: the actors the layout placed (only the focus's neighbourhood in a focus view) and the relations between them. */
function drawnItems(analysis: Analysis, layout: GraphLayout, focusId: string | null) {
  const focus = focusId ? neighbourhood(analysis, focusId, 1) : null;
  const positions: Positions = new Map(layout.nodes.map((n) => [n.id, n]));
  const actors = analysis.actors.filter((a) => positions.has(a.id) && (!focus || focus.actors.has(a.id)));
  const drawn = new Set(actors.map((a) => a.id));
  const relations = analysis.relations.filter(
    (r) => drawn.has(r.source) && drawn.has(r.target) && (!focus || focus.relations.has(r.id)),
  );
  return { focused: focus !== null, positions, actors, relations };
}

function edgeItems(relations: readonly Relation[], positions: Positions, project: (p: Point) => Point, scale: number, emph: Emphasis | null): Edge[] {
  const curves = edgeCurves(relations);
  return relations.map((r) => {
    const sp = positions.get(r.source)!;
    const tp = positions.get(r.target)!;
    const geometry = edgeGeometry(project(sp), project(tp), sp.r * scale, tp.r * scale, curves.get(r.id) ?? { type: "straight" });
    return { relation: r, geometry, dim: emph !== null && !emph.relations.has(r.id) };
  });
}

function nodeGeometries(actors: readonly Actor[], positions: Positions, project: (p: Point) => Point, scale: number): Map<string, NodeGeometry> {
  return new Map(
    actors.map((a) => {
      const p = positions.get(a.id)!;
      const box = actorKindStyle[a.kind].shape === "box";
      const label = truncateLabel(a.name, NODE_LABEL_MAX);
      const r = p.r * scale;
      const half = box ? Math.max(2 * r, approxTextWidth(label, NODE_FONT) + 10) / 2 : r;
      return [a.id, { c: project(p), r, half, box, label }];
    }),
  );
}

type Look = { theme: GraphTheme; palette: Palette; prefix: string };

/** One element per edge, or above MAX_EDGE_ELEMENTS one path per kind and certainty. */
function edgeElements(
  edges: readonly Edge[],
  selectedEdge: Edge | undefined,
  edgeLabels: ReadonlyMap<string, EdgeLabel>,
  handles: ReadonlyMap<string, EdgeHandle>,
  { theme, prefix }: Look,
): SvgNode[] {
  if (edges.length <= MAX_EDGE_ELEMENTS)
    return edges.map((e) =>
      edgeElement(e.relation, e.geometry, theme, prefix, {
        dim: e.dim,
        selected: e === selectedEdge,
        label: edgeLabels.get(e.relation.id) ?? null,
        handle: handles.get(e.relation.id) ?? null,
      }),
    );
  return [
    ...edgeBundles(edges.filter((e) => e !== selectedEdge), theme),
    // the selected relation stays its own element, drawn over the others
    ...(selectedEdge ? [edgeElement(selectedEdge.relation, selectedEdge.geometry, theme, prefix, { dim: false, selected: true, label: null, handle: null })] : []),
  ];
}

function nodeElement(
  a: Actor,
  { c, r, half, box, label }: NodeGeometry,
  placed: NodeLabel | undefined,
  { theme, palette }: Look,
  state: { labelled: boolean; selected: boolean; dim: boolean },
): SvgNode {
  const style = actorKindStyle[a.kind];
  const n = a.mentions.length;
  return h(
    "g",
    {
      "data-actor-id": a.id,
      class: "nl-node",
      role: "button",
      tabindex: 0,
      "aria-label": `${a.name}, ${style.label.toLowerCase()}, ${n} ${n === 1 ? "mention" : "mentions"}`,
      "aria-pressed": state.selected ? "true" : "false",
      opacity: state.dim ? palette.dimOpacity : undefined,
    },
    [
      ...nodeHitAreas({ left: c.x - half, top: c.y - r, right: c.x + half, bottom: c.y + r }, placed?.at.box ?? null),
      h("path", {
        d: shapePath(style.shape, c.x, c.y, r, 2 * half),
        fill: style.color[theme],
        stroke: state.selected ? palette.selection : palette.background,
        "stroke-width": state.selected ? 3 : 1,
      }),
      ...nodeText(c, box && state.labelled ? label : null, placed, palette),
    ],
  );
}

/** A box's name inside it (`inside`), else the label placed for the node, if any. */
function nodeText(c: Point, inside: string | null, placed: NodeLabel | undefined, palette: Palette): SvgNode[] {
  if (inside !== null) return [h("text", { x: c.x, y: c.y + 4, "text-anchor": "middle", "font-size": NODE_FONT, fill: palette.background }, [inside])];
  if (!placed) return [];
  const { at } = placed;
  return [
    h(
      "text",
      { x: at.x, y: at.y, "text-anchor": at.anchor, "font-size": NODE_FONT, fill: palette.text, ...halo(palette) },
      at.lines
        ? // a space between the lines, so the text reads as the name, not "Coalition ofthe willing"
          [at.lines[0]!, " ", h("tspan", { x: at.x, dy: LINE_HEIGHT * NODE_FONT }, [at.lines[1]!])]
        : [placed.text],
    ),
  ];
}

/** The visible title, drawn as the timeline image's is; on one line (the drawing below starts at HEADING), cut at a word if it must be. */
function heading(title: string, width: number, palette: Palette): SvgNode {
  return imageHeading(title, { width, margin: PAD, fill: palette.text, band: HEADING, maxLines: 1, baseline: PAD + 12 }).node;
}

function captionElement(caption: Caption, palette: Palette): SvgNode {
  return h("text", { class: "nl-group-caption", x: caption.x, y: caption.y, "font-size": CAPTION_FONT, "font-style": "italic", fill: palette.mutedText }, [
    ISOLATED_CAPTION,
  ]);
}

/** The outer <svg>, titled and described for assistive technology, around `children`. */
function graphSvg(analysis: Analysis, f: { width: number; height: number; description: string; prefix: string }, children: SvgNode[]): SvgNode {
  const { width, height, prefix } = f;
  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "group",
      "aria-labelledby": `${prefix}-title`,
      "aria-describedby": `${prefix}-desc`,
      "font-family": FONT_FAMILY,
    },
    [h("title", { id: `${prefix}-title` }, [graphTitle(analysis)]), h("desc", { id: `${prefix}-desc` }, [f.description]), ...children],
  );
}

/** The room a node needs round its centre in the image: its shape at node scale `k`, its label (which does not scale) below. */
function fitItems(actors: Analysis["actors"], positions: Positions, labelled: ReadonlySet<string>, k: number): FitItem[] {
  return actors.map((a) => {
    const p = positions.get(a.id)!;
    const shape = actorKindStyle[a.kind].shape;
    const r = p.r * k;
    const label = truncateLabel(a.name, NODE_LABEL_MAX);
    const half = shape === "box" ? Math.max(2 * r, approxTextWidth(label, NODE_FONT) + 10) / 2 : labelled.has(a.id) ? Math.max(r, approxTextWidth(label, NODE_FONT) / 2) : r;
    return { x: p.x, y: p.y, left: half, right: half, top: r, bottom: Math.max(r, labelOffset(shape, r) + 4) };
  });
}

/** The tallest the drawing of a graph gets at `width`, so a wide image is filled across rather than grown very tall. */
function maxDrawingHeight(width: number): number {
  return Math.max(MIN_MAX_HEIGHT, MAX_HEIGHT_SHARE * width);
}

/**
 * Fits the drawn nodes and their labels to the image (see fit.ts): the nodes' centres spread to fill
 * the width, or the height the drawing may take at that width when that binds first, a margin kept for
 * each label; node shapes grow with the spread up to MAX_NODE_SCALE, labels keep their size.
 */
function fitGraph(actors: Analysis["actors"], positions: Positions, labelled: ReadonlySet<string>, width: number, limits: { maxScale: number; maxStretch: number }) {
  const box = { left: PAD, top: HEADING + PAD, width: Math.max(1, width - 2 * PAD), height: maxDrawingHeight(width) };
  if (actors.length === 0) return { transform: { sx: 1, sy: 1, tx: PAD, ty: box.top }, nodeScale: 1, graphBottom: box.top + 1 };
  // as tall as the layout's proportions make it at the full width, up to the cap; a graph the cap
  // holds back is stretched across (by maxStretch at most) rather than leave the image's sides empty
  const fitIn = (items: FitItem[]) => {
    const natural = fitToBox(items, { ...box, height: Infinity }, { maxScale: limits.maxScale, maxStretch: 1 });
    const b = fittedBounds(items, { ...natural, ty: 0 });
    return fitToBox(items, { ...box, height: Math.min(box.height, b.bottom - b.top) }, limits);
  };
  // first at unit node size, for the spread; then with the shapes at the size that spread gives them
  const spread = fitIn(fitItems(actors, positions, labelled, 1));
  const nodeScale = Math.min(MAX_NODE_SCALE, spread.sx, spread.sy);
  const items = fitItems(actors, positions, labelled, nodeScale);
  const fitted = fitIn(items);
  // the drawing ends where its nodes do: no empty band under a graph wider than tall
  const bounds = fittedBounds(items, fitted);
  const transform = { ...fitted, ty: fitted.ty - (bounds.top - box.top) };
  return { transform, nodeScale, graphBottom: box.top + (bounds.bottom - bounds.top) };
}

/**
 * The size of the drawing proper (nodes and edges, between the heading and the legend, a padding
 * from each) that `renderGraph` makes of the whole graph at `width`: the dashboard frames its graph
 * panel to these proportions, so the graph fills it from the top instead of floating in a fixed box.
 */
export function graphFrame(
  analysis: Analysis,
  layout: GraphLayout,
  width: number,
  limits: { maxScale?: number; maxStretch?: number } = {},
): { width: number; height: number } {
  const positions = new Map(layout.nodes.map((n) => [n.id, n]));
  const actors = analysis.actors.filter((a) => positions.has(a.id));
  const w = Math.round(width);
  const { graphBottom } = fitGraph(actors, positions, labelledActors(actors), w, { maxScale: limits.maxScale ?? MAX_SCALE, maxStretch: limits.maxStretch ?? MAX_STRETCH });
  return { width: w, height: Math.max(1, graphBottom + PAD - HEADING) };
}

/** Padding (px) around a node's shape and label that still hits the node. */
const HIT_PAD = 3;

const padded = (b: Box, pad = HIT_PAD): Box => ({ left: b.left - pad, top: b.top - pad, right: b.right + pad, bottom: b.bottom + pad });

/**
 * A node and its label are one target: a transparent rectangle under the shape and one under the
 * label, wherever it was placed, each a little larger, so a click on the words or beside the shape
 * selects the node. Two rectangles, not one round both: an edge passing between a shape and a label
 * placed beside it stays the edge's.
 */
function nodeHitAreas(shape: Box, label: Box | null): SvgNode[] {
  return [shape, ...(label ? [label] : [])].map((box) => {
    const b = padded(box);
    return h("rect", { class: "nl-hit", x: b.left, y: b.top, width: b.right - b.left, height: b.bottom - b.top, fill: "transparent" });
  });
}

/** What a node's hit areas cover (they are drawn over the edges). */
function nodeHitBoxes(nodes: ReadonlyMap<string, NodeGeometry>, labels: ReadonlyMap<string, NodeLabel>): Box[] {
  return [...nodes].flatMap(([id, { c, r, half }]) => {
    const label = labels.get(id);
    return [padded({ left: c.x - half, top: c.y - r, right: c.x + half, bottom: c.y + r }), ...(label ? [padded(label.at.box)] : [])];
  });
}

/** Each edge's handle (see edgeHandle), for the drawings that give every edge its own element. */
function edgeHandles(edges: readonly Edge[], covers: readonly Box[]): Map<string, EdgeHandle> {
  const out = new Map<string, EdgeHandle>();
  if (edges.length > MAX_EDGE_ELEMENTS) return out;
  for (const e of edges) {
    const handle = edgeHandle(e.geometry, covers);
    if (handle) out.set(e.relation.id, handle);
  }
  return out;
}

/** Labels for every node in small graphs, else for the most mentioned. */
function labelledActors(actors: Analysis["actors"]): Set<string> {
  if (actors.length <= MAX_NODE_LABELS) return new Set(actors.map((a) => a.id));
  return new Set(
    [...actors].sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id)).slice(0, MAX_NODE_LABELS).map((a) => a.id),
  );
}

