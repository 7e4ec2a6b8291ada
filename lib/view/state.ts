import type { ViewState } from "./schema";

/**
 * The dashboard's view state as it lives in the URL. The parameter names and values are a public
 * contract (bookmarks, embeds and other tools build them): change them only compatibly.
 * The zod schema of the whole state is in `schema.ts`; this file stays free of zod so the client
 * bundle does not carry it.
 */
export const View = ["split", "timeline", "graph", "text", "table"] as const;
export type View = (typeof View)[number];

export const Lanes = ["actor", "certainty"] as const;
export type Lanes = (typeof Lanes)[number];

/** The URL parameters, in their canonical order. */
export const ViewParam = ["view", "select", "actors", "kinds", "certainty", "sources", "q", "from", "to", "lanes", "focus"] as const;
export type ViewParam = (typeof ViewParam)[number];

export const MAX_ID_LENGTH = 120;
export const MAX_LIST_ITEMS = 50;
export const MAX_Q_LENGTH = 200;
/** Budget for the query string, so origin + /articles/<id> + query stays under 2,000 characters. */
export const MAX_QUERY_LENGTH = 1700;

/** Ids travel comma-separated in the URL, so they may not contain commas, spaces or markup characters. */
export const ID_PATTERN = /^[\p{L}\p{N}_.:~-]+$/u;

/** A well-formed id for the URL: what `IdSchema` accepts, without zod. */
export function isUrlId(value: string): boolean {
  return value.length >= 1 && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/** A real calendar date written YYYY-MM-DD: what `IsoDateSchema` accepts, without zod. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

export type { ViewState };

/** The state of a URL without parameters; defaults are omitted from URLs. */
export const defaultViewState: ViewState = Object.freeze({
  view: "split",
  select: null,
  actors: [],
  kinds: [],
  certainty: [],
  sources: [],
  q: "",
  from: null,
  to: null,
  // null: the article's default (lib/timeline/lanes.ts defaultLaneMode), which a URL never names
  lanes: null,
  focus: null,
}) as ViewState;
