/**
 * Stories: several articles on one event, merged after each has been through the per-article
 * pipeline (lib/extract). Pure stages, each from typed values to the next:
 *
 *   analyses ─order─▶ by publication (reference date), then as given
 *            ─actors─▶ one story actor per person, state, organisation (names, aliases, surnames)
 *            ─roles─▶ titles found ("French President …") resolve role phrases ("the French president")
 *            ─names─▶ people an article names but its own analysis missed
 *            ─events─▶ one story event per event reported, each article's report kept
 *            ─relations─▶ one relation per (source, kind, target), with its support
 *            ─outlets─▶ each article's sources, unattributed framing and exclusive events
 *            ─assemble─▶ StoryAnalysis (lib/story/schema)
 */
import { analyzeArticle, type AnalyzeOptions } from "../extract";
import type { Analysis, ArticleInput } from "../model";
import { mergeActors } from "./actors";
import { mergeEvents } from "./events";
import { compareOutlets } from "./outlets";
import { mergeRelations } from "./relations";
import { recoverMissedNames } from "./recover";
import { resolveRoles } from "./roles";
import { STORY_SCHEMA_VERSION, type StoryAnalysis } from "./schema";

/** Articles in order of publication; articles of one day keep the order they were given in. */
export function orderByPublication(analyses: readonly Analysis[]): Analysis[] {
  return analyses
    .map((a, i) => ({ a, i }))
    .sort(
      (x, y) =>
        x.a.article.referenceDate.date.localeCompare(y.a.article.referenceDate.date) || x.i - y.i,
    )
    .map(({ a }) => a);
}

/** Merges analyses of several articles on one story into one story analysis. */
export function mergeStory(input: readonly Analysis[]): StoryAnalysis {
  const analyses = orderByPublication(input);
  const merged = mergeActors(analyses);
  const actors = recoverMissedNames(analyses, resolveRoles(analyses, merged));
  const events = mergeEvents(analyses, merged.idOf);
  const relations = mergeRelations(analyses, merged.idOf);
  const outlets = compareOutlets(analyses, actors, events, merged.idOf);
  return {
    schemaVersion: STORY_SCHEMA_VERSION,
    kind: "story",
    articles: analyses.map(({ article }) => ({
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url,
      published: article.published,
      referenceDate: article.referenceDate.date,
    })),
    actors,
    events,
    relations,
    outlets,
    analyses,
  };
}

/** Analyses every article (each against its own publication date), then merges them. */
export function analyzeStory(
  articles: readonly ArticleInput[],
  options: AnalyzeOptions = {},
): StoryAnalysis {
  return mergeStory(articles.map((a) => analyzeArticle(a, options)));
}

export { mergeActors } from "./actors";
export { resolveRoles } from "./roles";
export { recoverMissedNames } from "./recover";
export { mergeEvents } from "./events";
export { eventSimilarity, SAME_EVENT, MAX_DATE_GAP } from "./event-similarity";
export { contentWords } from "./event-features";
export { mergeRelations, relationsReportedBy } from "./relations";
export { compareOutlets } from "./outlets";
export { parsePersonName, firstNamesCompatible, sameFullName, surnameKey } from "./names";
export { storyJsonSchema } from "./json-schema";
export * from "./schema";
export { checkStoryIntegrity } from "./integrity";
export { headKind } from "./event-features";
