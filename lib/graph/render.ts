import type { Analysis } from "../model/analysis";
import type { ItemSets, Selection } from "../selection/types";
import { fmt, h, type SvgNode } from "../svg/node";
import { edgeCurves } from "./curves";
import { creditLine, describeGraph, graphTitle } from "./describe";
import { EDGE_FONT, edgeBundles, edgeElement, edgeGeometry, halo, MAX_EDGE_ELEMENTS, type Point } from "./edges";
import { emphasis } from "./emphasis";
import { approxTextWidth, EDGE_LABEL_MAX, FONT_FAMILY, NODE_LABEL_MAX, truncateLabel } from "./label";
import { edgeLabelCandidates, LabelSpace, LINE_HEIGHT, nodeLabelCandidates, textBox, wrappedLabelCandidates, type Box, type PlacedLabel } from "./label-placement";
import type { GraphLayout } from "./layout";
import { neighbourhood } from "./neighbourhood";
import { labelOffset, shapePath } from "./shapes";
import { actorKindStyle, legendFor, palettes, relationKindStyle, type GraphTheme, type Palette } from "./style";

export type RenderGraphOptions = {
  width: number;
  theme: GraphTheme;
  /** An actor id: only its neighbourhood is drawn, scaled to fill the image. */
  focus?: string | null;
  highlighted?: Pick<ItemSets, "actors" | "relations">;
  selection?: Selection;
  /** Prefix of the ids inside the SVG, so several drawings can share a page. */
  idPrefix?: string;
};

const PAD = 16;
const HEADING = 32;
const NODE_FONT = 11;
/** A name too long to place whole is tried at this length (the full name is in the hover card). */
const SHORT_NODE_LABEL = 16;
/** Beyond these counts labels would only be noise; the table view and tooltips carry them. */
const MAX_EDGE_LABELS = 150;
const MAX_NODE_LABELS = 150;
const MAX_SCALE = 1.5;


/**
 * The actor graph as a static SVG tree, drawn from the same seeded layout as the dashboard:
 * for the server image routes and the light embed. Nodes are focusable groups with
 * `data-actor-id`, edges carry `data-relation-id`, so the embed's small script can add
 * selection and tooltips without redrawing.
 */
export function renderGraph(analysis: Analysis, layout: GraphLayout, opts: RenderGraphOptions): SvgNode {
  const palette = palettes[opts.theme];
  const prefix = opts.idPrefix ?? "nl-graph";
  const focus = opts.focus ? neighbourhood(analysis, opts.focus, 1) : null;
  const positions = new Map(layout.nodes.map((n) => [n.id, n]));
  const actors = analysis.actors.filter((a) => positions.has(a.id) && (!focus || focus.actors.has(a.id)));
  const drawn = new Set(actors.map((a) => a.id));
  const relations = analysis.relations.filter(
    (r) => drawn.has(r.source) && drawn.has(r.target) && (!focus || focus.relations.has(r.id)),
  );
  const emph = emphasis(analysis, opts.selection ?? null, opts.highlighted);
  const labelled = labelledActors(actors);

  const width = Math.round(opts.width);
  const { minX, minY, scale, offsetX, graphBottom } = fitGraph(actors, positions, labelled, width);
  const project = (p: Point): Point => ({ x: offsetX + (p.x - minX) * scale, y: HEADING + PAD + (p.y - minY) * scale });

  const legendRows = legendLayout(legendFor({ actors, relations }, opts.theme), width, palette, prefix);
  const legendTop = graphBottom + PAD;
  const height = Math.round(legendTop + legendRows.height + PAD + 18);

  const curves = edgeCurves(relations);
  const edges = relations.map((r) => {
    const sp = positions.get(r.source)!;
    const tp = positions.get(r.target)!;
    const geometry = edgeGeometry(project(sp), project(tp), sp.r * scale, tp.r * scale, curves.get(r.id) ?? { type: "straight" });
    return { relation: r, geometry, dim: emph !== null && !emph.relations.has(r.id) };
  });
  const selectedEdge = opts.selection?.kind === "relation" ? edges.find((e) => e.relation.id === opts.selection!.id) : undefined;

  // Labels go where they cover no node, no other label and nothing outside the frame: node labels
  // first (the most mentioned first), then edge labels; an edge label with no such place is left to
  // the hover card and the details panel.
  const space = new LabelSpace({ left: 2, top: HEADING + 2, right: width - 2, bottom: graphBottom + PAD - 2 });
  const nodeGeometry = new Map(
    actors.map((a) => {
      const p = positions.get(a.id)!;
      const style = actorKindStyle[a.kind];
      const box = style.shape === "box";
      const label = truncateLabel(a.name, NODE_LABEL_MAX);
      const r = p.r * scale;
      const half = box ? Math.max(2 * r, approxTextWidth(label, NODE_FONT) + 10) / 2 : r;
      return [a.id, { c: project(p), r, half, box, label }];
    }),
  );
  for (const [id, g] of nodeGeometry) space.block({ left: g.c.x - g.half, top: g.c.y - g.r, right: g.c.x + g.half, bottom: g.c.y + g.r }, id);
  const caption = isolatedCaption(layout, nodeGeometry, focus !== null, (y) => project({ x: 0, y }).y);
  if (caption) space.block(caption.box);
  const nodeLabels = new Map<string, { text: string; at: PlacedLabel }>();
  for (const a of [...actors].sort((p, q) => q.mentions.length - p.mentions.length)) {
    const g = nodeGeometry.get(a.id)!;
    if (!labelled.has(a.id) || g.box) continue;
    const below = labelOffset(actorKindStyle[a.kind].shape, g.r);
    const texts = [g.label, shortName(a.name)].filter((t, i, all) => all.indexOf(t) === i);
    const candidates = [
      ...nodeLabelCandidates(g.label, g.c, g.r, below, NODE_FONT).map((at) => ({ text: g.label, at })),
      ...wrappedLabelCandidates(g.label, g.c, g.r, below, NODE_FONT).map((at) => ({ text: g.label, at })),
      ...texts.slice(1).flatMap((t) => nodeLabelCandidates(t, g.c, g.r, below, NODE_FONT).map((at) => ({ text: t, at }))),
    ];
    const placed = space.place(candidates.map((c) => c.at), a.id);
    // nowhere clear: below the shape all the same, so no actor goes unnamed
    const chosen = placed ? candidates.find((c) => c.at === placed)! : candidates[0]!;
    if (!placed) space.block(chosen.at.box);
    nodeLabels.set(a.id, chosen);
  }
  const edgeLabels = new Map<string, PlacedLabel & { text: string }>();
  if (edges.length <= MAX_EDGE_LABELS)
    for (const e of edges) {
      const text = truncateLabel(e.relation.label, EDGE_LABEL_MAX);
      const at = space.place(edgeLabelCandidates(text, e.geometry, EDGE_FONT));
      if (at) edgeLabels.set(e.relation.id, { ...at, text });
    }

  const edgeNodes =
    edges.length <= MAX_EDGE_ELEMENTS
      ? edges.map((e) => edgeElement(e.relation, e.geometry, opts.theme, prefix, { dim: e.dim, selected: e === selectedEdge, label: edgeLabels.get(e.relation.id) ?? null }))
      : [
          ...edgeBundles(edges.filter((e) => e !== selectedEdge), opts.theme),
          // the selected relation stays its own element, drawn over the others
          ...(selectedEdge ? [edgeElement(selectedEdge.relation, selectedEdge.geometry, opts.theme, prefix, { dim: false, selected: true, label: null })] : []),
        ];
  const nodeNodes = actors.map((a) => {
    const { c, r, half, box, label } = nodeGeometry.get(a.id)!;
    const style = actorKindStyle[a.kind];
    const fill = style.color[opts.theme];
    const selected = opts.selection?.kind === "actor" && opts.selection.id === a.id;
    const placed = nodeLabels.get(a.id);
    const n = a.mentions.length;
    return h(
      "g",
      {
        "data-actor-id": a.id,
        class: "nl-node",
        role: "button",
        tabindex: 0,
        "aria-label": `${a.name}, ${style.label.toLowerCase()}, ${n} ${n === 1 ? "mention" : "mentions"}`,
        "aria-pressed": selected ? "true" : "false",
        opacity: emph && !emph.actors.has(a.id) ? palette.dimOpacity : undefined,
      },
      [
        nodeHitArea({ left: c.x - half, top: c.y - r, right: c.x + half, bottom: c.y + r }, placed?.at.box ?? null),
        h("path", {
          d: shapePath(style.shape, c.x, c.y, r, 2 * half),
          fill,
          stroke: selected ? palette.selection : palette.background,
          "stroke-width": selected ? 3 : 1,
        }),
        ...(box && labelled.has(a.id)
          ? [h("text", { x: c.x, y: c.y + 4, "text-anchor": "middle", "font-size": NODE_FONT, fill: palette.background }, [label])]
          : placed
            ? [
                h(
                  "text",
                  { x: placed.at.x, y: placed.at.y, "text-anchor": placed.at.anchor, "font-size": NODE_FONT, fill: palette.text, ...halo(palette) },
                  placed.at.lines
                    ? // a space between the lines, so the text reads as the name, not "Coalition ofthe willing"
                      [placed.at.lines[0]!, " ", h("tspan", { x: placed.at.x, dy: LINE_HEIGHT * NODE_FONT }, [placed.at.lines[1]!])]
                    : [placed.text],
                ),
              ]
            : []),
      ],
    );
  });

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
    [
      h("title", { id: `${prefix}-title` }, [graphTitle(analysis)]),
      h("desc", { id: `${prefix}-desc` }, [describeGraph(analysis, { actors: drawn, relations: new Set(relations.map((r) => r.id)) }, opts.focus ?? null)]),
      h("defs", {}, markers(relations, opts.theme, prefix)),
      h("rect", { width, height, fill: palette.background }),
      h("text", { x: PAD, y: PAD + 12, "font-size": 14, "font-weight": 600, fill: palette.text }, [
        truncateLabel(graphTitle(analysis), Math.floor((width - 2 * PAD) / (14 * 0.6))),
      ]),
      h("g", { class: "nl-edges" }, edgeNodes),
      ...(caption
        ? [h("text", { class: "nl-group-caption", x: caption.x, y: caption.y, "font-size": CAPTION_FONT, "font-style": "italic", fill: palette.mutedText }, [ISOLATED_CAPTION])]
        : []),
      h("g", { class: "nl-nodes" }, nodeNodes),
      h("g", { class: "nl-legend", transform: `translate(${fmt(PAD)},${fmt(legendTop)})` }, legendRows.children),
      h("text", { x: PAD, y: height - PAD, "font-size": 10, fill: palette.mutedText }, [
        truncateLabel(creditLine(analysis), Math.floor((width - 2 * PAD) / (10 * 0.58))),
      ]),
    ],
  );
}

/** Fits the drawn nodes and their labels to the image width: the scale, the offsets, and where the drawing ends. */
function fitGraph(actors: Analysis["actors"], positions: ReadonlyMap<string, GraphLayout["nodes"][number]>, labelled: ReadonlySet<string>, width: number) {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const a of actors) {
    const p = positions.get(a.id)!;
    const shape = actorKindStyle[a.kind].shape;
    const half = labelled.has(a.id) ? Math.max(p.r, approxTextWidth(truncateLabel(a.name, NODE_LABEL_MAX), NODE_FONT) / 2) : p.r;
    minX = Math.min(minX, p.x - half);
    maxX = Math.max(maxX, p.x + half);
    minY = Math.min(minY, p.y - p.r);
    maxY = Math.max(maxY, p.y + Math.max(p.r, labelOffset(shape, p.r) + 4));
  }
  if (actors.length === 0) [minX, minY, maxX, maxY] = [0, 0, 1, 1];
  const scale = Math.min(MAX_SCALE, (width - 2 * PAD) / Math.max(1, maxX - minX));
  const offsetX = (width - (maxX - minX) * scale) / 2;
  return { minX, minY, scale, offsetX, graphBottom: HEADING + PAD + (maxY - minY) * scale };
}

/**
 * The size of the drawing proper (nodes and edges, between the heading and the legend, a padding
 * from each) that `renderGraph` makes of the whole graph at `width`: the dashboard frames its graph
 * panel to these proportions, so the graph fills it from the top instead of floating in a fixed box.
 */
export function graphFrame(analysis: Analysis, layout: GraphLayout, width: number): { width: number; height: number } {
  const positions = new Map(layout.nodes.map((n) => [n.id, n]));
  const actors = analysis.actors.filter((a) => positions.has(a.id));
  const w = Math.round(width);
  const { graphBottom } = fitGraph(actors, positions, labelledActors(actors), w);
  return { width: w, height: Math.max(1, graphBottom + PAD - HEADING) };
}

/** A long name's first words, up to SHORT_NODE_LABEL characters, and an ellipsis. */
function shortName(name: string): string {
  const words = name.split(/\s+/);
  let out = "";
  for (const w of words) {
    if ((out ? out.length + 1 : 0) + w.length > SHORT_NODE_LABEL - 1) break;
    out = out ? `${out} ${w}` : w;
  }
  return out && out !== name ? `${out}…` : truncateLabel(name, SHORT_NODE_LABEL);
}

const CAPTION_FONT = 10;
export const ISOLATED_CAPTION = "Mentioned, no relation";

/**
 * The caption over the rows of actors in no relation (see GraphLayout.isolated), at the left of
 * those drawn; none in a focus view or when a filter hides them all.
 */
function isolatedCaption(
  layout: GraphLayout,
  nodes: ReadonlyMap<string, { c: Point; half: number }>,
  focused: boolean,
  projectY: (y: number) => number,
): { x: number; y: number; box: Box } | null {
  const shown = (layout.isolated?.ids ?? []).map((id) => nodes.get(id)).filter((n) => n !== undefined);
  if (focused || !layout.isolated || shown.length === 0) return null;
  const x = Math.min(...shown.map((n) => n.c.x - Math.max(n.half, 10)));
  const y = projectY(layout.isolated.top) + 12;
  return { x, y, box: textBox(ISOLATED_CAPTION, x, y, CAPTION_FONT, "start") };
}

/** Padding (px) around a node's shape and label that still hits the node. */
const HIT_PAD = 3;

/**
 * A node and its label are one target: a transparent rectangle under both (the shape's box and the
 * label's, wherever it was placed), so a click on the words or between the shape and the words
 * selects the node.
 */
function nodeHitArea(shape: Box, label: Box | null): SvgNode {
  const b = label
    ? { left: Math.min(shape.left, label.left), top: Math.min(shape.top, label.top), right: Math.max(shape.right, label.right), bottom: Math.max(shape.bottom, label.bottom) }
    : shape;
  return h("rect", { class: "nl-hit", x: b.left - HIT_PAD, y: b.top - HIT_PAD, width: b.right - b.left + 2 * HIT_PAD, height: b.bottom - b.top + 2 * HIT_PAD, fill: "transparent" });
}

/** Labels for every node in small graphs, else for the most mentioned. */
function labelledActors(actors: Analysis["actors"]): Set<string> {
  if (actors.length <= MAX_NODE_LABELS) return new Set(actors.map((a) => a.id));
  return new Set(
    [...actors].sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id)).slice(0, MAX_NODE_LABELS).map((a) => a.id),
  );
}

function markers(relations: Analysis["relations"], theme: GraphTheme, prefix: string): SvgNode[] {
  const kinds = [...new Set(relations.map((r) => r.kind))].sort();
  return kinds.map((kind) =>
    h(
      "marker",
      { id: `${prefix}-arrow-${kind}`, viewBox: "0 -4 8 8", refX: 8, refY: 0, markerWidth: 8, markerHeight: 8, markerUnits: "userSpaceOnUse", orient: "auto" },
      [h("path", { d: "M0,-4L8,0L0,4Z", fill: relationKindStyle[kind].color[theme] })],
    ),
  );
}

/** The legend as flowing rows of swatch + label, wrapped to the image width. */
function legendLayout(l: ReturnType<typeof legendFor>, width: number, palette: Palette, prefix: string) {
  const items: { width: number; draw: (x: number, y: number) => SvgNode }[] = [];
  const text = (x: number, y: number, s: string) => h("text", { x: x + 18, y: y + 4, "font-size": 10, fill: palette.text }, [s]);
  for (const a of l.actors) {
    items.push({
      width: 18 + approxTextWidth(a.label, 10) + 14,
      draw: (x, y) => h("g", { "data-legend": `actor-${a.kind}` }, [h("path", { d: shapePath(a.shape, x + 6, y, 6, 12), fill: a.color }), text(x, y, a.label)]),
    });
  }
  for (const r of l.relations) {
    items.push({
      width: 18 + approxTextWidth(r.label, 10) + 14,
      draw: (x, y) =>
        h("g", { "data-legend": `relation-${r.kind}` }, [
          h("path", { d: `M${fmt(x)},${fmt(y)}L${fmt(x + 13)},${fmt(y)}`, stroke: r.color, "stroke-width": 2, "marker-end": `url(#${prefix}-arrow-${r.kind})` }),
          text(x, y, r.label),
        ]),
    });
  }
  for (const line of l.lines) {
    items.push({
      width: 18 + approxTextWidth(line.label, 10) + 14,
      draw: (x, y) =>
        h("g", { "data-legend": line.dashed ? "uncertain" : "certain" }, [
          h("path", { d: `M${fmt(x)},${fmt(y)}L${fmt(x + 14)},${fmt(y)}`, stroke: palette.mutedText, "stroke-width": 2, "stroke-dasharray": line.dashed ? "4 2" : undefined }),
          text(x, y, line.label),
        ]),
    });
  }
  const rowHeight = 18;
  const maxX = width - 2 * PAD;
  const children: SvgNode[] = [];
  let x = 0;
  let y = rowHeight / 2;
  for (const item of items) {
    if (x > 0 && x + item.width > maxX) {
      x = 0;
      y += rowHeight;
    }
    children.push(item.draw(x, y));
    x += item.width;
  }
  return { children, height: items.length === 0 ? 0 : y + rowHeight / 2 };
}
