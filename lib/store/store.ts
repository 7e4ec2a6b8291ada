import { readArticleFolder, type ArticleEntry } from "../article/load";
import { Analysis } from "../model/analysis";
import { messages } from "../messages";
import { analyzeArticle } from "./analyzer";
import { articlesDir } from "./dir";
import { sha256 } from "./hash";
import { syntheticAnalysis } from "./synthetic";

/** One row of the article list: the article's summary, or the problem that kept it out. */
export type ArticleSummary =
  | {
      ok: true;
      id: string;
      title: string;
      source: string | null;
      published: string | null;
      referenceDate: string;
      counts: { actors: number; events: number; relations: number; claims: number };
      preview: string;
    }
  | { ok: false; id: string | null; file: string; problem: string };

export type ArticleListing = { articles: ArticleSummary[]; problem: string | null };

/** An analysis with its serialised body and ETag, computed once per article content. */
export type StoredAnalysis = { analysis: Analysis; json: string; etag: string };

export type AnalysisLookup =
  | { kind: "ok"; id: string; stored: StoredAnalysis }
  | { kind: "problem"; id: string; file: string; problem: string }
  | { kind: "missing"; id: string };

/** The folder is re-read at most this often; analyses are recomputed only when a file's content changes. */
export const FOLDER_TTL_MS = 3000;
const PREVIEW_CHARS = 220;

type Computed = { ok: true; stored: StoredAnalysis } | { ok: false; problem: string };
type Snapshot = { at: number; dir: string; entries: ArticleEntry[]; problem: string | null };
type StoreState = { snapshot: Snapshot | null; pending: Promise<Snapshot> | null; analyses: Map<string, Computed> };

// Kept on globalThis so that dev-mode module reloads do not throw the cache away.
const STATE_KEY = Symbol.for("newsline.store");
const state: StoreState = ((globalThis as Record<symbol, unknown>)[STATE_KEY] as StoreState | undefined) ??
  ((globalThis as Record<symbol, unknown>)[STATE_KEY] = { snapshot: null, pending: null, analyses: new Map() } as StoreState);

/** Every article of the folder, summarised, with a problem entry for each file that could not be used. */
export async function listArticles(): Promise<ArticleListing> {
  const snap = await snapshot();
  const articles = snap.entries.map((entry): ArticleSummary => {
    if (!entry.ok) return { ok: false, id: entry.id, file: entry.file, problem: entry.error };
    const computed = analysisOf(entry);
    if (!computed.ok) return { ok: false, id: entry.id, file: entry.file, problem: computed.problem };
    const { analysis } = computed.stored;
    return {
      ok: true,
      id: entry.id,
      title: analysis.article.title,
      source: analysis.article.source,
      published: analysis.article.published,
      referenceDate: analysis.article.referenceDate.date,
      counts: {
        actors: analysis.actors.length,
        events: analysis.events.length,
        relations: analysis.relations.length,
        claims: analysis.claims.length,
      },
      preview: previewOf(analysis.article.dek ?? analysis.article.text),
    };
  });
  return { articles, problem: snap.problem };
}

/** The analysis of one article, the problem that prevents it, or "missing" for an unknown id. */
export async function getAnalysis(id: string): Promise<AnalysisLookup> {
  const synthetic = syntheticAnalysis(id);
  if (synthetic) return { kind: "ok", id, stored: synthetic };
  const snap = await snapshot();
  const entry = snap.entries.find((e) => e.id === id);
  if (!entry) return { kind: "missing", id };
  if (!entry.ok) return { kind: "problem", id, file: entry.file, problem: entry.error };
  const computed = analysisOf(entry);
  if (!computed.ok) return { kind: "problem", id, file: entry.file, problem: computed.problem };
  return { kind: "ok", id, stored: computed.stored };
}

/** Forgets the folder snapshot and every cached analysis (tests, or after changing the folder). */
export function resetStore(): void {
  state.snapshot = null;
  state.pending = null;
  state.analyses.clear();
}

async function snapshot(): Promise<Snapshot> {
  const dir = articlesDir();
  const current = state.snapshot;
  if (current && current.dir === dir && Date.now() - current.at < FOLDER_TTL_MS) return current;
  state.pending ??= readSnapshot(dir).finally(() => {
    state.pending = null;
  });
  const next = await state.pending;
  if (state.snapshot !== next) pruneAnalyses(next);
  state.snapshot = next;
  return next;
}

async function readSnapshot(dir: string): Promise<Snapshot> {
  try {
    const entries = await readArticleFolder(dir);
    const problem = entries.length === 0 ? messages.noArticles(dir) : null;
    return { at: Date.now(), dir, entries, problem };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const problem = code === "ENOENT" ? messages.articlesDirMissing(dir) : messages.fileUnreadable(dir, code ?? "unknown error");
    return { at: Date.now(), dir, entries: [], problem };
  }
}

/** Drops the analyses of contents no longer in the folder, so edits do not accumulate in memory. */
function pruneAnalyses(snap: Snapshot): void {
  const live = new Set(snap.entries.flatMap((e) => (e.ok ? [keyOf(e)] : [])));
  for (const key of state.analyses.keys()) if (!live.has(key)) state.analyses.delete(key);
}

// The id is part of the key: two files with the same content are still two articles.
function keyOf(entry: Extract<ArticleEntry, { ok: true }>): string {
  return sha256(`${entry.id}\n${entry.raw}`);
}

function analysisOf(entry: Extract<ArticleEntry, { ok: true }>): Computed {
  const key = keyOf(entry);
  const cached = state.analyses.get(key);
  if (cached) return cached;
  const computed = compute(entry);
  state.analyses.set(key, computed);
  return computed;
}

function compute(entry: Extract<ArticleEntry, { ok: true }>): Computed {
  try {
    const parsed = Analysis.safeParse(analyzeArticle(entry.article));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, problem: messages.analysisFailed(entry.file, `${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim()) };
    }
    const json = JSON.stringify(parsed.data);
    return { ok: true, stored: { analysis: parsed.data, json, etag: `"${sha256(json).slice(0, 32)}"` } };
  } catch (e) {
    return { ok: false, problem: messages.analysisFailed(entry.file, e instanceof Error ? e.message : String(e)) };
  }
}

function previewOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= PREVIEW_CHARS) return flat;
  const cut = flat.slice(0, PREVIEW_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), PREVIEW_CHARS - 40))}…`;
}
