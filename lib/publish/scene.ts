import type { Analysis } from "../model";
import { applyFilters, linked, type Linked, type ItemSets } from "../selection";
import { filtersOf, validateViewState, type ViewState } from "../view";

/** What a view state shows of an analysis: the filtered items, the selection's links, the window. */
export type Scene = {
  view: ViewState;
  visible: ItemSets;
  linked: Linked;
  window: { from: string; to: string } | null;
  /** ids in the URL that this analysis does not have (dropped) */
  notices: string[];
};

/** Resolves a view state against an analysis, the same way the dashboard does. */
export function sceneOf(analysis: Analysis, state: ViewState): Scene {
  const checked = validateViewState(state, analysis);
  const view = checked.state;
  return {
    view,
    visible: applyFilters(analysis, filtersOf(view)),
    linked: linked(analysis, view.select),
    window: view.from && view.to ? { from: view.from, to: view.to } : null,
    notices: checked.notices,
  };
}

/** The analysis restricted to what the graph draws: visible actors, and visible relations between them. */
export function graphSubset(analysis: Analysis, scene: Scene): Analysis {
  const actors = analysis.actors.filter((a) => scene.visible.actors.has(a.id));
  const kept = new Set(actors.map((a) => a.id));
  const relations = analysis.relations.filter(
    (r) => scene.visible.relations.has(r.id) && kept.has(r.source) && kept.has(r.target),
  );
  return { ...analysis, actors, relations };
}
