import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AnalysisRecord, ArticleListRow, ArticleRecord, Counts, NewArticle, StoryRecord } from "./types";
import { PREVIEW_SQL_CHARS } from "./types";

/** One numbered migration file: `NNN_name.sql`, applied once, in order, in a transaction of its own. */
export type Migration = { version: number; name: string; sql: string };

export function migrationsDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), "lib", "store", "db", "migrations");
}

export function readMigrations(dir = migrationsDir()): Migration[] {
  return readdirSync(dir)
    .map((file) => /^(\d+)_([\w-]+)\.sql$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), name: m[2]!, sql: readFileSync(path.join(dir, m[0]), "utf8") }))
    .sort((a, b) => a.version - b.version);
}

export const MIGRATIONS_TABLE =
  "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

/** The queries both stores run, written with `?` placeholders (PostgreSQL's are numbered from them). */
export const SQL = {
  byHash: "SELECT id FROM articles WHERE content_hash = ?",
  idTaken: "SELECT 1 AS taken FROM articles WHERE id = ?",
  insertArticle:
    "INSERT INTO articles (id, content_hash, title, dek, source, url, published, reference_date, language, body, origin, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  upsertAnalysis:
    "INSERT INTO analyses (content_hash, pipeline_version, json, actors, events, relations, claims, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash, pipeline_version) DO NOTHING",
  get: "SELECT * FROM articles WHERE id = ?",
  list: `SELECT a.id, a.content_hash, a.title, a.dek, a.source, a.url, a.published, a.reference_date, a.language, a.origin, a.added_at,
           substr(a.body, 1, ${PREVIEW_SQL_CHARS}) AS preview, n.actors, n.events, n.relations, n.claims
         FROM articles a LEFT JOIN analyses n ON n.content_hash = a.content_hash AND n.pipeline_version = ?
         ORDER BY a.added_at DESC, a.id`,
  analysis: "SELECT pipeline_version, json, actors, events, relations, claims FROM analyses WHERE content_hash = ? AND pipeline_version = ?",
  deleteAnalyses: "DELETE FROM analyses WHERE content_hash = ?",
  deleteArticle: "DELETE FROM articles WHERE id = ?",
  storyBySet: "SELECT id FROM stories WHERE set_hash = ?",
  storyIdTaken: "SELECT 1 AS taken FROM stories WHERE id = ?",
  insertStory: "INSERT INTO stories (id, set_hash, title, created_at) VALUES (?, ?, ?, ?)",
  insertStoryArticle: "INSERT INTO story_articles (story_id, position, article_id) VALUES (?, ?, ?)",
  getStory: "SELECT id, title, created_at FROM stories WHERE id = ?",
  storyArticles: "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position",
  listStories: `SELECT s.id, s.title, s.created_at, sa.article_id FROM stories s JOIN story_articles sa ON sa.story_id = s.id
                ORDER BY s.created_at DESC, s.id, sa.position`,
  deleteStoryArticles: "DELETE FROM story_articles WHERE story_id = ?",
  deleteStory: "DELETE FROM stories WHERE id = ?",
} as const;

type Row = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function articleFromRow(r: Row): ArticleRecord {
  return { ...headFromRow(r), body: String(r.body) };
}

/** An article row without its body (the list selects only a preview of it). */
function headFromRow(r: Row): Omit<ArticleRecord, "body"> {
  return {
    id: String(r.id),
    hash: String(r.content_hash),
    title: String(r.title),
    dek: str(r.dek) ?? undefined,
    source: str(r.source),
    url: str(r.url),
    published: str(r.published),
    referenceDate: str(r.reference_date),
    language: String(r.language),
    origin: String(r.origin) as ArticleRecord["origin"],
    addedAt: String(r.added_at),
  };
}

export function listRowFromRow(r: Row): ArticleListRow {
  const counts: Counts | null =
    r.actors === null || r.actors === undefined
      ? null
      : { actors: Number(r.actors), events: Number(r.events), relations: Number(r.relations), claims: Number(r.claims) };
  return { ...headFromRow(r), preview: String(r.preview ?? ""), counts };
}

/** Story rows (one per article, in order, stories newest first) as stories. */
export function storiesFromRows(rows: readonly Row[]): StoryRecord[] {
  const byId = new Map<string, StoryRecord>();
  for (const r of rows) {
    const id = String(r.id);
    let story = byId.get(id);
    if (!story) byId.set(id, (story = { id, title: String(r.title), createdAt: String(r.created_at), articles: [] }));
    story.articles.push(String(r.article_id));
  }
  return [...byId.values()];
}

/** The values of `insertArticle`, in order. */
export function articleValues(id: string, a: Pick<NewArticle, "content" | "hash" | "origin">, addedAt: string): unknown[] {
  const c = a.content;
  return [id, a.hash, c.title, c.dek ?? null, c.source, c.url, c.published, c.referenceDate, c.language, c.body, a.origin, addedAt];
}

export function analysisValues(hash: string, a: AnalysisRecord, now: string): unknown[] {
  return [hash, a.version, a.json, a.counts.actors, a.counts.events, a.counts.relations, a.counts.claims, now];
}

export function analysisFromRow(r: Record<string, unknown> | undefined): AnalysisRecord | null {
  if (!r) return null;
  return {
    version: String(r.pipeline_version),
    json: String(r.json),
    counts: { actors: Number(r.actors), events: Number(r.events), relations: Number(r.relations), claims: Number(r.claims) },
  };
}
