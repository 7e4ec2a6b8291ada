import { LruCache, processWide, SHARED_MAX_AGE_S } from "../cache";
import { PIPELINE_VERSION } from "../extract";
import { articleIdFor, contentHash, contentOf, ID_HASH_LENGTHS, type ArticleContent } from "../ingest";
import { Analysis, type ArticleInput, type ArticleSubmission } from "../model";
import { analyzeArticle } from "./analyzer";
import { database, type AnalysisRecord, type ArticleRecord, type ArticleListRow, type ArticleOrigin, type Counts } from "./db";
import { storedAnalysis, type StoredAnalysis } from "./stored";

export type AddResult = { ok: true; id: string; created: boolean } | { ok: false; field: string; error: string };
export type Preview = { ok: true; content: ArticleContent; id: string; counts: Counts } | { ok: false; field: string; error: string };

/** A stored analysis is reused for this long before the article's existence is checked again (a delete elsewhere). */
const RECHECK_MS = SHARED_MAX_AGE_S * 1000;
type Held = { stored: StoredAnalysis; checkedAt: number };
const cache = processWide(
  "user-analyses",
  () => new LruCache<Held>({ maxEntries: 256, maxBytes: 64 * 1024 * 1024, sizeOf: (h) => h.stored.body.byteLength * 3 }),
);

const today = () => new Date().toISOString().slice(0, 10);

/** What saving would store: the article as read, the id it would get and what the pipeline finds in it. */
export function previewSubmission(sub: ArticleSubmission): Preview {
  const drafted = contentOf(sub, today());
  if (!drafted.ok) return drafted;
  const hash = contentHash(drafted.content, { referenceDateGiven: drafted.referenceDateGiven });
  const id = articleIdFor(drafted.content.title, hash);
  const analysis = runPipeline({ id, ...drafted.content });
  return { ok: true, content: drafted.content, id, counts: countsOf(analysis) };
}

/**
 * Adds a user's article: analysed first (outside any lock), then the article and its analysis in
 * one transaction. The same content added again, by anyone, returns the existing article.
 */
export async function addArticle(sub: ArticleSubmission, origin: ArticleOrigin): Promise<AddResult> {
  const drafted = contentOf(sub, today());
  if (!drafted.ok) return drafted;
  const { content } = drafted;
  const db = await database();
  const hash = contentHash(content, { referenceDateGiven: drafted.referenceDateGiven });
  const ids = ID_HASH_LENGTHS.map((n) => articleIdFor(content.title, hash, n));
  // The analysis names the article's id, so pick the id first; a concurrent writer that takes it
  // in between only sends us round again with the next length.
  for (let i = 0; i < ids.length; i++) {
    const existing = await db.get(ids[i]!);
    if (existing) {
      if (existing.hash === hash) return { ok: true, id: existing.id, created: false };
      continue;
    }
    let analysis: Analysis;
    try {
      analysis = runPipeline({ id: ids[i]!, ...content });
    } catch (e) {
      return { ok: false, field: "text", error: `could not be analysed (${e instanceof Error ? e.message.slice(0, 200) : "pipeline error"}); nothing was saved` };
    }
    const result = await db.add({ content, hash, ids: [ids[i]!], origin, analysis: recordOf(analysis) }).catch((e: Error) => {
      if (/no free id/.test(e.message)) return null;
      throw e;
    });
    if (result) return { ok: true, ...result };
  }
  return { ok: false, field: "title", error: "could not be given an id: try a different title" };
}

/** The analysis of a user's article, or null when there is none with that id. */
export async function userAnalysis(id: string): Promise<StoredAnalysis | null> {
  const held = cache.get(id);
  if (held && Date.now() - held.checkedAt < RECHECK_MS) return held.stored;
  const db = await database();
  if (held) {
    if (!(await db.exists(id))) {
      cache.delete(id);
      return null;
    }
    held.checkedAt = Date.now();
    return held.stored;
  }
  const article = await db.get(id);
  if (!article) return null;
  let record = await db.analysis(article.hash, PIPELINE_VERSION);
  if (!record) {
    // A newer pipeline than the one that stored it: analyse again, lazily, and keep that too.
    record = recordOf(runPipeline(inputOf(article)));
    await db.saveAnalysis(article.hash, record);
  }
  const stored = storedAnalysis(Analysis.parse(JSON.parse(record.json)));
  cache.set(id, { stored, checkedAt: Date.now() });
  return stored;
}

/** Every user article, newest first, with counts (analysed now where this pipeline version has not yet). */
export async function listUserArticles(): Promise<ArticleListRow[]> {
  const db = await database();
  const rows = await db.list(PIPELINE_VERSION);
  // One article that cannot be analysed is listed with no counts; it never hides the others.
  for (const row of rows) if (!row.counts) row.counts = await userAnalysis(row.id).then((s) => countsOf(s?.analysis), () => null);
  return rows;
}

/** Deletes a user's article and its analyses; false when there was none. */
export async function deleteArticle(id: string): Promise<boolean> {
  const db = await database();
  cache.delete(id);
  return db.remove(id);
}

export function forgetUserAnalyses(): void {
  cache.clear();
}

function inputOf({ id, title, dek, source, url, published, referenceDate, language, body }: ArticleRecord): ArticleInput {
  return { id, title, dek, source, url, published, referenceDate, language, body };
}

function runPipeline(input: ArticleInput): Analysis {
  return Analysis.parse(analyzeArticle(input));
}

function recordOf(analysis: Analysis): AnalysisRecord {
  return { version: PIPELINE_VERSION, json: JSON.stringify(analysis), counts: countsOf(analysis) };
}

function countsOf(analysis: Analysis | undefined): Counts {
  return {
    actors: analysis?.actors.length ?? 0,
    events: analysis?.events.length ?? 0,
    relations: analysis?.relations.length ?? 0,
    claims: analysis?.claims.length ?? 0,
  };
}
