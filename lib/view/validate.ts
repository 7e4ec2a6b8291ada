import type { Analysis } from "../model";
import { messages } from "../messages";
import { defaultLaneMode } from "../timeline";
import { codecs } from "./codecs";
import type { ViewState } from "./state";

/**
 * Drops the ids of a view state that the analysis does not have (the article was re-analysed
 * since the link was made, or the link was edited by hand), naming each in `notices`; `lanes` naming
 * the article's default becomes null, so the canonical URL leaves it out.
 */
export function validateViewState(state: ViewState, analysis: Analysis): { state: ViewState; notices: string[] } {
  const notices: string[] = [];
  const actorIds = new Set(analysis.actors.map((a) => a.id));
  const idsOf = {
    actor: actorIds,
    event: new Set(analysis.events.map((e) => e.id)),
    relation: new Set(analysis.relations.map((r) => r.id)),
    claim: new Set(analysis.claims.map((c) => c.id)),
  };
  const keepActors = (name: "actors" | "sources", ids: string[]) =>
    ids.filter((id) => {
      if (actorIds.has(id)) return true;
      notices.push(messages.staleParam(name, id));
      return false;
    });

  let select = state.select;
  if (select && !idsOf[select.kind].has(select.id)) {
    notices.push(messages.staleParam("select", codecs.select.serialize(select)));
    select = null;
  }
  let focus = state.focus;
  if (focus && !actorIds.has(focus)) {
    notices.push(messages.staleParam("focus", focus));
    focus = null;
  }
  // the article's default lanes are no parameter: one view, one URL
  const lanes = state.lanes === defaultLaneMode(analysis.events, analysis.actors) ? null : state.lanes;
  return {
    state: { ...state, select, focus, lanes, actors: keepActors("actors", state.actors), sources: keepActors("sources", state.sources) },
    notices,
  };
}
