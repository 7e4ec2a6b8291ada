import { messages } from "../messages";
import { codecs, displayValue, type Codec } from "./codecs";
import { fitViewState } from "./budget";
import { defaultViewState, ViewParam, type ViewState } from "./state";

export type QueryInput = string | URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;
export type ParsedView = { state: ViewState; notices: string[] };

const LIST_PARAMS: ReadonlySet<string> = new Set(["actors", "kinds", "certainty", "sources"]);
const MAX_NOTICES = 8;

/**
 * Parses a query string (or Next's searchParams object) into a view state. Never throws: every
 * unknown parameter, malformed value or extra repetition is dropped and named in `notices`.
 * `allow` lists parameters that belong to someone else (an embed's `theme`) and pass silently.
 */
export function parseViewState(input: QueryInput, { allow = [] }: { allow?: readonly string[] } = {}): ParsedView {
  const notices: string[] = [];
  const state: Record<string, unknown> = { ...defaultViewState };
  const seen = new Set<string>();
  const lists = new Map<ViewParam, string>();
  for (const [key, raw] of entriesOf(input)) {
    if (!(ViewParam as readonly string[]).includes(key)) {
      if (!allow.includes(key)) notices.push(messages.ignoredParam(displayValue(key), displayValue(raw)));
      continue;
    }
    const param = key as ViewParam;
    if (LIST_PARAMS.has(param)) {
      // Repeated list parameters are merged: "actors=a&actors=b" means "actors=a,b".
      lists.set(param, lists.has(param) ? `${lists.get(param)},${raw}` : raw);
      continue;
    }
    const codec = codecs[param] as Codec<unknown>;
    const { value, notices: found } = codec.parse(raw);
    notices.push(...found);
    if (value === null) continue;
    if (seen.has(param)) {
      notices.push(messages.ignoredParam(param, displayValue(raw)));
      continue;
    }
    state[param] = value;
    seen.add(param);
  }
  for (const [param, raw] of lists) {
    const { value, notices: found } = (codecs[param] as Codec<unknown>).parse(raw);
    notices.push(...found);
    if (value !== null) state[param] = value;
  }
  const parsed = state as ViewState;
  if (parsed.from && parsed.to && parsed.from > parsed.to) {
    notices.push(messages.ignoredParam("to", parsed.to));
    parsed.to = null;
  }
  const fitted = fitViewState(parsed);
  return { state: fitted.state, notices: capNotices([...notices, ...fitted.notices]) };
}

function entriesOf(input: QueryInput): [string, string][] {
  if (typeof input === "string") return [...new URLSearchParams(input.startsWith("?") ? input.slice(1) : input)];
  if (input instanceof URLSearchParams) return [...input];
  const entries: [string, string][] = [];
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (typeof value === "string") entries.push([key, value]);
    else if (Array.isArray(value)) for (const v of value) if (typeof v === "string") entries.push([key, v]);
  }
  return entries;
}

function capNotices(notices: string[]): string[] {
  const unique = [...new Set(notices)];
  if (unique.length <= MAX_NOTICES) return unique;
  return [...unique.slice(0, MAX_NOTICES - 1), messages.moreIgnored(unique.length - (MAX_NOTICES - 1))];
}
