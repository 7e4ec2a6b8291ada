import type { Analysis } from "../model";
import type { ItemSets, Selection } from "../selection";
import { CANVAS_EDGE_FONT, CANVAS_NODE_FONT, canvasLabelPlan } from "./canvas-labels";
import { edgeCurves } from "./curves";
import { emphasis } from "./emphasis";
import { EDGE_LABEL_MAX, FONT_FAMILY, NODE_LABEL_MAX, truncateLabel, withAlpha } from "./label";
import type { GraphLayout } from "./layout";
import { neighbourhood } from "./neighbourhood";
import { actorKindStyle, DASH_PATTERN, isUncertain, palettes, relationKindStyle, type GraphTheme, type NodeShape } from "./style";

type NodeColor = { background: string; border: string };

/** A vis-network node item, as plain data (no `title`: the dashboard draws its own DOM tooltips). */
export type VisNode = {
  id: string;
  label: string;
  shape: NodeShape;
  size: number;
  x: number;
  y: number;
  fixed: { x: true; y: true };
  physics: false;
  hidden: boolean;
  opacity: number;
  borderWidth: number;
  color: NodeColor & { highlight: NodeColor; hover: NodeColor };
  font: { color: string; size: number; face: string; strokeWidth: number; strokeColor: string; vadjust?: number };
  widthConstraint?: { minimum: number };
};

export type VisEdge = {
  id: string;
  from: string;
  to: string;
  label: string;
  arrows: "to";
  dashes: number[] | false;
  width: number;
  hidden: boolean;
  color: { color: string; highlight: string; hover: string; opacity: number };
  font: { color: string; size: number; face: string; strokeWidth: number; strokeColor: string; align: "horizontal" };
  smooth: false | { enabled: true; type: "curvedCW" | "curvedCCW"; roundness: number };
};

export type VisDataOptions = {
  theme: GraphTheme;
  /** Undefined shows every actor / relation. */
  visibleActors?: ReadonlySet<string>;
  visibleRelations?: ReadonlySet<string>;
  /** An actor id: only its neighbourhood is shown. */
  focus?: string | null;
  selection?: Selection;
  highlighted?: Pick<ItemSets, "actors" | "relations">;
};

/**
 * The analysis as vis-network DataSet items: positions fixed from the seeded layout (physics
 * off), shape and colour by actor kind, colour and dash by relation kind and certainty. Items
 * filtered out or outside the focus are `hidden` rather than dropped, so the dashboard can
 * update its DataSets in place.
 */
export function toVisData(analysis: Analysis, layout: GraphLayout, opts: VisDataOptions): { nodes: VisNode[]; edges: VisEdge[] } {
  const palette = palettes[opts.theme];
  const positions = new Map(layout.nodes.map((n) => [n.id, n]));
  const focus = opts.focus ? neighbourhood(analysis, opts.focus, 1) : null;
  const emph = emphasis(analysis, opts.selection ?? null, opts.highlighted);
  const selectedActor = opts.selection?.kind === "actor" ? opts.selection.id : null;
  const selectedRelation = opts.selection?.kind === "relation" ? opts.selection.id : null;

  const shown = new Set<string>();
  const nodes: VisNode[] = [];
  for (const actor of analysis.actors) {
    const p = positions.get(actor.id);
    if (!p) continue;
    const hidden = (opts.visibleActors !== undefined && !opts.visibleActors.has(actor.id)) || (focus !== null && !focus.actors.has(actor.id));
    if (!hidden) shown.add(actor.id);
    const style = actorKindStyle[actor.kind];
    const fill = style.color[opts.theme];
    const selected = actor.id === selectedActor;
    const border = selected ? palette.selection : fill;
    const box = style.shape === "box";
    const dim = emph !== null && !emph.actors.has(actor.id);
    nodes.push({
      id: actor.id,
      label: truncateLabel(actor.name, NODE_LABEL_MAX),
      shape: style.shape,
      size: p.r,
      x: p.x,
      y: p.y,
      fixed: { x: true, y: true },
      physics: false,
      hidden,
      opacity: dim ? palette.dimOpacity : 1,
      borderWidth: selected ? 3 : 1,
      color: {
        background: fill,
        border,
        highlight: { background: fill, border: palette.selection },
        hover: { background: fill, border: palette.selection },
      },
      font: {
        // vis-network's node opacity leaves the label alone, so dimming goes into the font colour.
        color: withAlpha(box ? palette.background : palette.text, dim ? palette.dimOpacity : 1),
        size: CANVAS_NODE_FONT,
        face: FONT_FAMILY,
        strokeWidth: box ? 0 : 3,
        strokeColor: palette.halo,
      },
      ...(box ? { widthConstraint: { minimum: 2 * p.r } } : {}),
    });
  }

  const curves = edgeCurves(analysis.relations);
  const edges: VisEdge[] = [];
  for (const relation of analysis.relations) {
    if (!positions.has(relation.source) || !positions.has(relation.target)) continue;
    const hidden =
      !shown.has(relation.source) ||
      !shown.has(relation.target) ||
      (opts.visibleRelations !== undefined && !opts.visibleRelations.has(relation.id)) ||
      (focus !== null && !focus.relations.has(relation.id));
    const color = relationKindStyle[relation.kind].color[opts.theme];
    const dim = emph !== null && !emph.relations.has(relation.id);
    const curve = curves.get(relation.id) ?? { type: "straight" };
    edges.push({
      id: relation.id,
      from: relation.source,
      to: relation.target,
      label: truncateLabel(relation.label, EDGE_LABEL_MAX),
      arrows: "to",
      dashes: isUncertain(relation.certainty) ? [...DASH_PATTERN] : false,
      width: relation.id === selectedRelation ? 3.5 : 1.5,
      hidden,
      color: { color, highlight: color, hover: color, opacity: dim ? palette.dimOpacity : 1 },
      font: {
        color: dim ? withAlpha(palette.mutedText, palette.dimOpacity) : palette.mutedText,
        size: CANVAS_EDGE_FONT,
        face: FONT_FAMILY,
        strokeWidth: 3,
        strokeColor: palette.halo,
        align: "horizontal",
      },
      smooth: curve.type === "straight" ? false : { enabled: true, type: curve.type, roundness: curve.roundness },
    });
  }
  placeCanvasLabels(analysis, nodes, edges, curves);
  return { nodes, edges };
}

/** Labels off the lines and apart (canvas-labels.ts): shifts node labels, blanks the edge labels with no room. */
function placeCanvasLabels(analysis: Analysis, nodes: VisNode[], edges: VisEdge[], curves: ReturnType<typeof edgeCurves>): void {
  const mentions = new Map(analysis.actors.map((a) => [a.id, a.mentions.length]));
  const shown = nodes.filter((n) => !n.hidden).sort((a, b) => (mentions.get(b.id) ?? 0) - (mentions.get(a.id) ?? 0));
  const plan = canvasLabelPlan(
    shown.map((n) => ({ id: n.id, x: n.x, y: n.y, r: n.size, label: n.label, inside: n.shape === "box" })),
    edges.filter((e) => !e.hidden).map((e) => ({ id: e.id, from: e.from, to: e.to, curve: curves.get(e.id) ?? { type: "straight" }, label: e.label })),
  );
  for (const n of nodes) n.font.vadjust = plan.shift.get(n.id) ?? 0;
  for (const e of edges) if (!e.hidden && !plan.edgeLabels.has(e.id)) e.label = "";
}
