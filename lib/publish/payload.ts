import { type GraphLayout, tooltipContent as graphTooltip, type TooltipContent as GraphTooltip } from "../graph";
import type { Analysis } from "../model";
import { linked, type Selection } from "../selection";
import { eventTooltip, type TooltipContent as EventTooltip, type LaneMode, type TimelineLayout, type TimeWindow } from "../timeline";
import { ViewParam } from "../view";
import type { EmbedTheme } from "../share";
import type { Scene } from "./scene";

/**
 * The data an embed's script reads from its `<script type="application/json">` block. The server
 * computes everything that needs the article text (tooltips, links), so the script receives an
 * analysis without the text and never needs the extraction pipeline.
 */
type Common = {
  theme: EmbedTheme;
  idPrefix: string;
  /** the dashboard's path ("/articles/<id>") and the canonical query of this view */
  dashboard: string;
  query: string;
  /** the view parameters in canonical order, for rewriting the footer link */
  paramOrder: readonly string[];
  /** the width the server drew at; the script redraws when the frame is wider or narrower */
  width: number;
};

export type TimelinePayload = Common & {
  kind: "timeline";
  analysis: Analysis;
  visible: string[];
  lanes: LaneMode;
  window: TimeWindow | null;
  selectedId: string | null;
  /** for each event, the events linked to it (emphasised when it is selected) */
  links: Record<string, string[]>;
  tooltips: Record<string, EventTooltip>;
};

export type GraphPayload = Common & {
  kind: "graph";
  analysis: Analysis;
  layout: GraphLayout;
  focus: string | null;
  selection: Selection;
  links: Record<string, { actors: string[]; relations: string[] }>;
  tooltips: Record<string, GraphTooltip>;
};

/** The analysis without its text and claims: what drawing needs, a fraction of the size. */
export function textless(analysis: Analysis): Analysis {
  return { ...analysis, article: { ...analysis.article, text: "" }, claims: [], timeExpressions: [] };
}

type CommonInput = { theme: EmbedTheme; idPrefix: string; dashboard: string; query: string; width: number };

const common = (c: CommonInput): Common => ({ ...c, paramOrder: ViewParam });

export function timelinePayload(analysis: Analysis, scene: Scene, layout: TimelineLayout, c: CommonInput): TimelinePayload {
  const links: Record<string, string[]> = {};
  const tooltips: Record<string, EventTooltip> = {};
  const marks = new Map(layout.marks.map((m) => [m.id, m]));
  for (const event of analysis.events) {
    const mark = marks.get(event.id);
    if (!mark) continue;
    links[event.id] = [...linked(analysis, { kind: "event", id: event.id }).events];
    tooltips[event.id] = eventTooltip(analysis, event, mark.dateText);
  }
  const select = scene.view.select;
  return {
    ...common(c),
    kind: "timeline",
    analysis: textless(analysis),
    visible: [...scene.visible.events],
    lanes: layout.laneMode,
    window: scene.window,
    selectedId: select?.kind === "event" ? select.id : null,
    links,
    tooltips,
  };
}

/** `key` is "actor:<id>" or "relation:<id>", as in the `select` parameter. */
export function graphPayload(analysis: Analysis, subset: Analysis, scene: Scene, layout: GraphLayout, c: CommonInput): GraphPayload {
  const links: GraphPayload["links"] = {};
  const tooltips: GraphPayload["tooltips"] = {};
  const items = [
    ...subset.actors.map((a) => ({ kind: "actor" as const, id: a.id })),
    ...subset.relations.map((r) => ({ kind: "relation" as const, id: r.id })),
  ];
  for (const item of items) {
    const key = `${item.kind}:${item.id}`;
    const l = linked(analysis, item);
    links[key] = { actors: [...l.actors], relations: [...l.relations] };
    const tip = graphTooltip(analysis, item);
    if (tip) tooltips[key] = tip;
  }
  const drawn = new Set(subset.actors.map((a) => a.id));
  return {
    ...common(c),
    kind: "graph",
    analysis: textless(subset),
    layout: { ...layout, nodes: layout.nodes.filter((n) => drawn.has(n.id)) },
    focus: scene.view.focus,
    selection: scene.view.select,
    links,
    tooltips,
  };
}
