import { messages } from "../messages";
import type { Selection } from "../selection";
import type { StoryAnalysis } from "../story";
import { displayValue, encodeQueryValue, parseViewState, type QueryInput, type ViewState, isUrlId, MAX_LIST_ITEMS } from "../view";

/** The story page's own parameter, beside the article URL contract: a subset of the story's articles. */
export const STORY_PARAMS = ["articles"] as const;

export type StoryView = {
  state: ViewState;
  /** the articles shown, in the story's order; every article when the URL names none */
  articles: string[];
  /** true when `articles=` named a proper subset */
  subset: boolean;
  notices: string[];
};

/**
 * Parses a story page's query: the article view contract (lib/view) plus `articles=`, a
 * comma-separated subset of the story's article ids. Never throws: malformed values and ids the
 * story does not hold are dropped and named in `notices`, as on an article's dashboard.
 */
export function parseStoryView(input: QueryInput, story: StoryAnalysis): StoryView {
  const params = toParams(input);
  const rawArticles = params.getAll("articles");
  params.delete("articles");
  const parsed = parseViewState(params);
  const notices = [...parsed.notices];
  const inStory = new Set(story.articles.map((a) => a.id));
  const wanted = new Set<string>();
  for (const raw of rawArticles.join(",").split(",")) {
    const id = raw.trim();
    if (!id) continue;
    if (!isUrlId(id)) notices.push(messages.ignoredParam("articles", displayValue(id)));
    else if (!inStory.has(id)) notices.push(messages.notInStory("articles", displayValue(id)));
    else if (wanted.size < MAX_LIST_ITEMS) wanted.add(id);
  }
  const all = story.articles.map((a) => a.id);
  const articles = wanted.size > 0 ? all.filter((id) => wanted.has(id)) : all;
  const state = { ...parsed.state, select: validSelection(parsed.state.select, story, notices) };
  const focus = state.focus && story.actors.some((a) => a.id === state.focus) ? state.focus : null;
  if (state.focus && !focus) notices.push(messages.notInStory("focus", state.focus));
  return { state: { ...state, focus }, articles, subset: articles.length < all.length, notices };
}

function validSelection(select: Selection, story: StoryAnalysis, notices: string[]): Selection {
  if (!select) return null;
  const ids =
    select.kind === "event" ? story.events : select.kind === "actor" ? story.actors : select.kind === "relation" ? story.relations : [];
  if (ids.some((x) => x.id === select.id)) return select;
  notices.push(messages.notInStory("select", `${select.kind}:${select.id}`));
  return null;
}

function toParams(input: QueryInput): URLSearchParams {
  if (typeof input === "string") return new URLSearchParams(input.startsWith("?") ? input.slice(1) : input);
  if (input instanceof URLSearchParams) return new URLSearchParams(input);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === "string") params.append(key, value);
    else if (Array.isArray(value)) for (const v of value) if (typeof v === "string") params.append(key, v);
  }
  return params;
}

/** The query of a story view: the selection, the subset, in a stable order; defaults omitted. */
export function storyQuery(view: { select: Selection; articles: readonly string[] | null }): string {
  const parts: string[] = [];
  if (view.select) parts.push(`select=${encodeQueryValue(`${view.select.kind}:${view.select.id}`)}`);
  if (view.articles && view.articles.length > 0) parts.push(`articles=${view.articles.map(encodeQueryValue).join(",")}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}
