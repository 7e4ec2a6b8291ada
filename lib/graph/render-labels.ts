import type { Analysis } from "../model";
import { edgeCrosses, edgeSamples } from "./edge-handles";
import { EDGE_FONT, MAX_EDGE_ELEMENTS, type EdgeGeometry, type Point } from "./edges";
import { EDGE_LABEL_MAX, truncateLabel } from "./label";
import { edgeLabelCandidates, wrappedEdgeLabelCandidates, LabelSpace, nodeLabelCandidates, textBox, wrappedLabelCandidates, type Box, type PlacedLabel } from "./label-placement";
import type { GraphLayout } from "./layout";
import { labelOffset } from "./shapes";
import { actorKindStyle } from "./style";

export const NODE_FONT = 11;
/** A name too long to place whole is tried at this length (the full name is in the hover card). */
const SHORT_NODE_LABEL = 16;
/** Beyond this count edge labels would only be noise; the table view and tooltips carry them. */
const MAX_EDGE_LABELS = 150;
export const CAPTION_FONT = 10;
export const ISOLATED_CAPTION = "Mentioned, no relation";

/** A node as drawn: its centre and radius in the image, its half-width (boxes are wider) and its label. */
export type NodeGeometry = { c: Point; r: number; half: number; box: boolean; label: string };
export type NodeLabel = { text: string; at: PlacedLabel };
export type EdgeLabel = PlacedLabel & { text: string };
export type Caption = { x: number; y: number; box: Box };

export type LabelInput = {
  /** the drawing's frame: no label leaves it */
  frame: Box;
  layout: GraphLayout;
  actors: Analysis["actors"];
  nodes: ReadonlyMap<string, NodeGeometry>;
  labelled: ReadonlySet<string>;
  edges: readonly { relation: Analysis["relations"][number]; geometry: EdgeGeometry }[];
  focused: boolean;
  projectY: (y: number) => number;
};

/**
 * Labels go where they cover no node, no other label and nothing outside the frame: node labels
 * first (the most mentioned first), then edge labels; an edge label with no such place is left to
 * the hover card and the details panel.
 */
export function placeLabels(input: LabelInput) {
  const space = new LabelSpace(input.frame);
  for (const [id, g] of input.nodes) space.block({ left: g.c.x - g.half, top: g.c.y - g.r, right: g.c.x + g.half, bottom: g.c.y + g.r }, id);
  const caption = isolatedCaption(input.layout, input.nodes, input.focused, input.projectY);
  if (caption) space.block(caption.box);
  const crosses = crossingTest(input.edges);
  const nodeLabels = placeNodeLabels(space, input.actors, input.nodes, input.labelled, crosses);
  const edgeLabels = placeEdgeLabels(space, input.edges, crosses);
  return { caption, nodeLabels, edgeLabels };
}

function placeNodeLabels(
  space: LabelSpace,
  actors: Analysis["actors"],
  nodes: ReadonlyMap<string, NodeGeometry>,
  labelled: ReadonlySet<string>,
  crossesEdge: (box: Box) => boolean,
): Map<string, NodeLabel> {
  const nodeLabels = new Map<string, NodeLabel>();
  for (const a of [...actors].sort((p, q) => q.mentions.length - p.mentions.length)) {
    const g = nodes.get(a.id)!;
    if (!labelled.has(a.id) || g.box) continue;
    const candidates = nodeLabelChoices(a, g);
    // the whole name before a shortened one; in each, a place clear of every edge's line before one across a line
    const tiers = [candidates.filter((c) => c.text === g.label), candidates.filter((c) => c.text !== g.label)];
    const ordered = tiers.flatMap((tier) => [...tier.filter((c) => !crossesEdge(c.at.box)), ...tier.filter((c) => crossesEdge(c.at.box))]);
    const placed = space.place(ordered.map((c) => c.at), a.id);
    // nowhere clear: below the shape all the same, so no actor goes unnamed
    const chosen = placed ? ordered.find((c) => c.at === placed)! : candidates[0]!;
    if (!placed) space.block(chosen.at.box);
    nodeLabels.set(a.id, chosen);
  }
  return nodeLabels;
}

/** The places a node's label may take, best first: the label on one line, wrapped, then shortened. */
function nodeLabelChoices(a: Analysis["actors"][number], g: NodeGeometry): NodeLabel[] {
  const below = labelOffset(actorKindStyle[a.kind].shape, g.r);
  const texts = [g.label, shortName(a.name)].filter((t, i, all) => all.indexOf(t) === i);
  return [
    ...nodeLabelCandidates(g.label, g.c, g.r, below, NODE_FONT).map((at) => ({ text: g.label, at })),
    ...wrappedLabelCandidates(g.label, g.c, g.r, below, NODE_FONT).map((at) => ({ text: g.label, at })),
    ...texts.slice(1).flatMap((t) => nodeLabelCandidates(t, g.c, g.r, below, NODE_FONT).map((at) => ({ text: t, at }))),
  ];
}

/**
 * Whether a box would cover a line of `edges` (labels drawn over a line hide it and take its clicks);
 * never, past MAX_EDGE_ELEMENTS, where the lines are a texture drawn in bundles, not targets.
 */
function crossingTest(edges: LabelInput["edges"]): (box: Box, except?: string) => boolean {
  if (edges.length > MAX_EDGE_ELEMENTS) return () => false;
  const lines = edges.map((e) => ({ id: e.relation.id, g: e.geometry, samples: edgeSamples(e.geometry) }));
  return (box, except) => lines.some((l) => l.id !== except && edgeCrosses(l.g, box, l.samples));
}

/**
 * Edge labels over no other line: on one line when short, a long one on two lines (up to twice
 * EDGE_LABEL_MAX) rather than cut, and only when neither fits, cut short on one line.
 */
function placeEdgeLabels(space: LabelSpace, edges: LabelInput["edges"], crossesEdge: (box: Box, except: string) => boolean): Map<string, EdgeLabel> {
  const edgeLabels = new Map<string, EdgeLabel>();
  if (edges.length <= MAX_EDGE_LABELS)
    for (const e of edges) {
      const full = truncateLabel(e.relation.label, 2 * EDGE_LABEL_MAX);
      const short = truncateLabel(e.relation.label, EDGE_LABEL_MAX);
      const choices = [
        ...(full === short ? edgeLabelCandidates(short, e.geometry, EDGE_FONT).map((at) => ({ at, text: short })) : []),
        ...wrappedEdgeLabelCandidates(full, e.geometry, EDGE_FONT)
          .filter((at) => full === short || at.lines!.every((line) => line.length <= EDGE_LABEL_MAX + 2))
          .map((at) => ({ at, text: full })),
        ...(full === short ? [] : edgeLabelCandidates(short, e.geometry, EDGE_FONT).map((at) => ({ at, text: short }))),
      ].filter((c) => !crossesEdge(c.at.box, e.relation.id));
      const at = space.place(choices.map((c) => c.at));
      if (at) edgeLabels.set(e.relation.id, { ...at, text: choices.find((c) => c.at === at)!.text });
    }
  return edgeLabels;
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

/**
 * The caption over the rows of actors in no relation (see GraphLayout.isolated), at the left of
 * those drawn; none in a focus view or when a filter hides them all.
 */
function isolatedCaption(
  layout: GraphLayout,
  nodes: ReadonlyMap<string, { c: Point; r: number; half: number }>,
  focused: boolean,
  projectY: (y: number) => number,
): Caption | null {
  const shown = (layout.isolated?.ids ?? []).map((id) => nodes.get(id)).filter((n) => n !== undefined);
  if (focused || !layout.isolated || shown.length === 0) return null;
  const x = Math.min(...shown.map((n) => n.c.x - Math.max(n.half, 10)));
  // just over the group's first row, however far the drawing spreads the layout's gap above it
  const y = Math.max(projectY(layout.isolated.top) + 12, Math.min(...shown.map((n) => n.c.y - n.r)) - 8);
  return { x, y, box: textBox(ISOLATED_CAPTION, x, y, CAPTION_FONT, "start") };
}
