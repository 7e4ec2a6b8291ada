import type { Filters } from "../selection";
import type { ViewState } from "./state";

/** The filter part of a view state, in the shape the selection model takes. */
export function filtersOf(state: Pick<ViewState, "actors" | "kinds" | "certainty" | "sources" | "q">): Filters {
  return { actors: state.actors, kinds: state.kinds, certainty: state.certainty, sources: state.sources, q: state.q };
}
