import { messages } from "../messages";
import type { EmbedTheme } from "../share";
import type { StoryAnalysis } from "../story";
import { parseStoryView, storyQuery, type StoryView } from "../story-view";
import { displayValue, isUrlId, parseViewState } from "../view";
import { parseTheme, parseWidth, type ParamsResult } from "./params";

/**
 * The parameters of story images and embeds: the story page's view (lib/story-view/params.ts: the
 * article view contract plus `articles=`), and `theme` and `width` (images) or `theme` and
 * `controls` (embeds), as for articles (params.ts).
 */
export type StoryImageParams = { view: StoryView; theme: EmbedTheme; width: number };
export type StoryEmbedParams = { view: StoryView; theme: EmbedTheme; notices: string[] };

function without(search: URLSearchParams, keys: readonly string[]): URLSearchParams {
  const out = new URLSearchParams(search);
  for (const k of keys) out.delete(k);
  return out;
}

/**
 * A story image's parameters. As for an article's image, a malformed value is a 400 (an image has
 * nowhere to show a notice); ids the story does not hold (a stale selection, an article since
 * removed) are dropped, so an image in a report keeps working after the story changes.
 */
export function parseStoryImageParams(search: URLSearchParams, story: StoryAnalysis): ParamsResult<StoryImageParams> {
  const width = parseWidth(search.get("width"));
  if (!width.ok) return width;
  const theme = parseTheme(search.get("theme"));
  if (!theme.ok) return theme;
  const rest = without(search, ["width", "theme"]);
  const syntax = parseViewState(without(rest, ["articles"])).notices;
  for (const raw of rest.getAll("articles").join(",").split(",")) {
    const id = raw.trim();
    if (id && !isUrlId(id)) syntax.push(messages.ignoredParam("articles", displayValue(id)));
  }
  if (syntax.length > 0) return { ok: false, error: messages.badViewParams(syntax) };
  return { ok: true, value: { view: parseStoryView(rest, story), theme: theme.value, width: width.value } };
}

/** A story embed's parameters: never fails; what it drops is named in `notices`, shown in the footer. */
export function parseStoryEmbedParams(search: URLSearchParams, story: StoryAnalysis): StoryEmbedParams {
  const theme = parseTheme(search.get("theme"));
  // `controls` belongs to the article embeds' zoom buttons; a static story embed has none and ignores it.
  const view = parseStoryView(without(search, ["theme", "controls"]), story);
  const notices = [...view.notices, ...(theme.ok ? [] : [messages.ignoredParam("theme", displayValue(search.get("theme") ?? ""))])];
  return { view, theme: theme.ok ? theme.value : "light", notices };
}

/** The canonical query of a story view ("?select=…&articles=…" or ""): the story page's, the cache key's. */
export function storyViewQuery(view: StoryView): string {
  return storyQuery({ select: view.state.select, articles: view.subset ? view.articles : null });
}

/** "/stories/<id>?<query>": the story page at the same view. */
export function storyHref(storyId: string, view: StoryView): string {
  return `/stories/${encodeURIComponent(storyId)}${storyViewQuery(view)}`;
}
