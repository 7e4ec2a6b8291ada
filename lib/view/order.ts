import { ViewParam } from "./state";

/**
 * The canonical form of a URL's parameters: the view parameters in their fixed order, empty and
 * unknown ones dropped (their notices were shown when the page was opened).
 */
export function canonicalParams(search: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of ViewParam) {
    const value = search.get(key);
    if (value !== null && value !== "") out.set(key, value);
  }
  return out;
}
