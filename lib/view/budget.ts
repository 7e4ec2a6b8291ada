import { messages } from "../messages";
import { displayValue } from "./codecs";
import { serializeViewState, urlLength } from "./serialize";
import { MAX_QUERY_LENGTH, type ViewState } from "./state";

/**
 * Shortens a view state until its query fits `MAX_QUERY_LENGTH`, so a shared link stays under
 * 2,000 characters: the longest id list loses items from its end first, then the search text.
 */
export function fitViewState(state: ViewState, budget = MAX_QUERY_LENGTH): { state: ViewState; notices: string[] } {
  const notices: string[] = [];
  const next: ViewState = { ...state, actors: [...state.actors], sources: [...state.sources] };
  while (urlLength(serializeViewState(next)) > budget) {
    const longest = next.actors.length >= next.sources.length ? "actors" : "sources";
    const dropped = next[longest].pop();
    if (dropped !== undefined) {
      notices.push(messages.ignoredParam(longest, displayValue(dropped)));
      continue;
    }
    if (next.q.length > 0) {
      next.q = Array.from(next.q).slice(0, -10).join("").trim();
      if (!notices.includes(messages.linkTooLong("q"))) notices.push(messages.linkTooLong("q"));
      continue;
    }
    break;
  }
  return { state: next, notices };
}
