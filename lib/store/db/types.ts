import type { ArticleContent } from "../../ingest";

/** How an article reached the store. */
export type ArticleOrigin = "paste" | "upload" | "link" | "cli" | "api";

export type Counts = { actors: number; events: number; relations: number; claims: number };

/** A user's article as stored: its content, immutable under its id. */
export type ArticleRecord = ArticleContent & { id: string; hash: string; origin: ArticleOrigin; addedAt: string };

/** One row of the list: the article's head and, when this pipeline version analysed it, its counts. */
export type ArticleListRow = Omit<ArticleRecord, "body"> & { preview: string; counts: Counts | null };

export type AnalysisRecord = { version: string; json: string; counts: Counts };

/** A new article: its content and hash, the ids it may take (shortest first) and its first analysis. */
export type NewArticle = {
  content: ArticleContent;
  hash: string;
  ids: readonly string[];
  origin: ArticleOrigin;
  analysis: AnalysisRecord;
};

/** A story as stored: its title and the ids of its articles, in order. */
export type StoryRecord = { id: string; title: string; createdAt: string; articles: string[] };

/** A new story: its title, the hash of its ordered article ids, the ids it may take (shortest first). */
export type NewStory = { title: string; setHash: string; ids: readonly string[]; articles: readonly string[] };

/**
 * The storage of user articles: SQLite in one file by default, PostgreSQL when several instances
 * share one database. Every write is one transaction; nothing half-written is ever visible.
 */
export interface ArticleDb {
  readonly kind: "sqlite" | "postgres";
  /** Stores the article and its analysis, or finds the article with the same content (`created: false`). */
  add(article: NewArticle): Promise<{ id: string; created: boolean }>;
  get(id: string): Promise<ArticleRecord | null>;
  exists(id: string): Promise<boolean>;
  /** Newest first, with counts from `version`'s analyses. */
  list(version: string): Promise<ArticleListRow[]>;
  /** Deletes the article and its analyses; false when there was none. */
  remove(id: string): Promise<boolean>;
  analysis(hash: string, version: string): Promise<AnalysisRecord | null>;
  saveAnalysis(hash: string, analysis: AnalysisRecord): Promise<void>;
  /** Stores the story, or finds the one with the same articles (`created: false`). */
  addStory(story: NewStory): Promise<{ id: string; created: boolean }>;
  getStory(id: string): Promise<StoryRecord | null>;
  /** Newest first. */
  listStories(): Promise<StoryRecord[]>;
  /** Deletes the story (never its articles); false when there was none. */
  removeStory(id: string): Promise<boolean>;
  /** "ok" when the database's own check finds nothing wrong. */
  check(): Promise<string>;
  close(): Promise<void>;
}

export const PREVIEW_SQL_CHARS = 400;
