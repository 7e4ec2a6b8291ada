import { z } from "zod";
import { LruCache, processWide } from "../cache";
import { articleIdFor, ID_HASH_LENGTHS } from "../ingest";
import { messages } from "../messages";
import { ARTICLE_ID_PATTERN, type Analysis } from "../model";
import { mergeStory, type StoryAnalysis } from "../story";
import { suggestArticles, type Suggestion } from "../story-view";
import { database, type StoryRecord } from "./db";
import { sha256 } from "./hash";
import { getAnalysis, listArticles } from "./store";

export const MIN_STORY_ARTICLES = 2;
export const MAX_STORY_ARTICLES = 50;
const ArticleId = z.string().regex(ARTICLE_ID_PATTERN, "must be an article id");

/** The body of POST /api/stories. */
export const StoryRequest = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  articles: z.array(ArticleId).min(MIN_STORY_ARTICLES).max(MAX_STORY_ARTICLES),
});
export type StoryRequest = z.infer<typeof StoryRequest>;

export type CreateStoryResult =
  | { ok: true; id: string; created: boolean }
  | { ok: false; status: 400 | 422; field: string; error: string; unknown?: string[] };

/**
 * A story's identity: its set of articles, whatever order they were picked in (the merge orders
 * them by publication anyway). The set is stored sorted, and its hash keys the story.
 */
export function storySetHash(articles: readonly string[]): string {
  return sha256(JSON.stringify([...articles].sort()));
}

/** A story's id: its title's slug and the first characters of its set's hash, longer on a clash. */
export function storyIdsFor(title: string, setHash: string): string[] {
  return ID_HASH_LENGTHS.map((n) => articleIdFor(title, setHash, n).replace(/^article-/, "story-"));
}

/** Stores a story of existing articles (built-in or added); the same set again returns the existing story. */
export async function createStory(request: StoryRequest): Promise<CreateStoryResult> {
  const articles = [...request.articles].sort();
  const twice = articles.find((id, i) => articles[i + 1] === id);
  if (twice) return { ok: false, status: 400, field: "articles", error: messages.storyDuplicateArticle(twice) };
  const lookups = await Promise.all(articles.map((id) => getAnalysis(id)));
  const unknown = lookups.filter((l) => l.kind === "missing").map((l) => l.id);
  if (unknown.length > 0) return { ok: false, status: 422, field: "articles", error: messages.storyUnknownArticles(unknown), unknown };
  const broken = lookups.filter((l) => l.kind === "problem").map((l) => l.id);
  if (broken.length > 0) return { ok: false, status: 422, field: "articles", error: messages.storyArticleProblems(broken), unknown: broken };
  const analyses = lookups.flatMap((l) => (l.kind === "ok" ? [l.stored.analysis] : []));
  const title = request.title ?? defaultTitle(analyses);
  const setHash = storySetHash(articles);
  const db = await database();
  const added = await db.addStory({ title, setHash, ids: storyIdsFor(title, setHash), articles });
  return { ok: true, ...added };
}

/** Untitled, a story takes the title of its first article in order of publication. */
function defaultTitle(analyses: readonly Analysis[]): string {
  const first = [...analyses].sort((a, b) => a.article.referenceDate.date.localeCompare(b.article.referenceDate.date))[0];
  return first?.article.title ?? "Story";
}

/** A story's analysis with what a response needs, like an article's StoredAnalysis. */
export type StoredStory = { record: StoryRecord; analysis: StoryAnalysis; json: string; body: Uint8Array; etag: string };

export type StoryLookup =
  | { kind: "ok"; stored: StoredStory }
  | { kind: "missing"; id: string }
  | { kind: "problem"; id: string; problem: string; articles: string[] };

// Keyed by the articles' ETags: a re-analysed article (new pipeline) makes a new merge, nothing else does.
const cache = processWide(
  "stories",
  () => new LruCache<StoredStory>({ maxEntries: 64, maxBytes: 128 * 1024 * 1024, sizeOf: (s) => s.body.byteLength * 3 }),
);

/** The story's merged analysis, computed from its articles' current analyses, or why it cannot be. */
export async function getStory(id: string): Promise<StoryLookup> {
  const db = await database();
  const record = await db.getStory(id);
  if (!record) return { kind: "missing", id };
  const lookups = await Promise.all(record.articles.map((a) => getAnalysis(a)));
  const gone = lookups.filter((l) => l.kind !== "ok").map((l) => l.id);
  if (gone.length > 0) return { kind: "problem", id, problem: messages.storyArticlesGone(gone), articles: gone };
  const stored = lookups.flatMap((l) => (l.kind === "ok" ? [l.stored] : []));
  const key = sha256(JSON.stringify([record.id, record.title, ...stored.map((s) => s.etag)]));
  const held = cache.get(key);
  if (held) return { kind: "ok", stored: held };
  const analysis = mergeStory(stored.map((s) => s.analysis));
  const json = JSON.stringify({ id: record.id, title: record.title, createdAt: record.createdAt, ...analysis });
  const made: StoredStory = { record, analysis, json, body: new TextEncoder().encode(json), etag: `"${key.slice(0, 32)}"` };
  cache.set(key, made);
  return { kind: "ok", stored: made };
}

export async function listStories(): Promise<StoryRecord[]> {
  return (await database()).listStories();
}

/** Deletes a story, never its articles; false when there was none. */
export async function deleteStory(id: string): Promise<boolean> {
  return (await database()).removeStory(id);
}

export type StoryPicker = {
  articles: { id: string; title: string; source: string | null; date: string | null }[];
  suggestions: Suggestion[];
};
const MAX_SUGGESTIONS = 12;

/** What "Make a story" offers: every usable article and, with one open, those sharing its actors and dates. */
export async function storyPicker(openId?: string): Promise<StoryPicker> {
  const { articles } = await listArticles();
  const usable = articles.flatMap((a) => (a.ok ? [{ id: a.id, title: a.title, source: a.source, date: a.published ?? a.referenceDate }] : []));
  if (!openId) return { articles: usable, suggestions: [] };
  const lookups = await Promise.all(usable.map((a) => getAnalysis(a.id)));
  const analyses = lookups.flatMap((l) => (l.kind === "ok" ? [l.stored.analysis] : []));
  const open = analyses.find((a) => a.article.id === openId);
  return { articles: usable, suggestions: open ? suggestArticles(open, analyses).slice(0, MAX_SUGGESTIONS) : [] };
}
