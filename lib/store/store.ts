import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { readArticleFolder, type ArticleEntry } from "../article";
import { Analysis } from "../model";
import { messages } from "../messages";
import { analyzeArticle } from "./analyzer";
import { articlesDir } from "./dir";
import { processWide, SHARED_MAX_AGE_S } from "../cache";
import { sha256 } from "./hash";
import { storedAnalysis, type StoredAnalysis } from "./stored";
import { sourcedAnalysis } from "./sources";
import { listUserArticles, userAnalysis } from "./user-articles";

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
      /** Set for an article a user added (it can be deleted); absent for the built-in collection. */
      added?: { at: string; origin: string };
    }
  | { ok: false; id: string | null; file: string; problem: string };

export type ArticleListing = { articles: ArticleSummary[]; problem: string | null };

export type { StoredAnalysis } from "./stored";

export type AnalysisLookup =
  | { kind: "ok"; id: string; stored: StoredAnalysis }
  | { kind: "problem"; id: string; file: string; problem: string }
  | { kind: "missing"; id: string };

/**
 * The folder is checked at most this often: a listing and a stat of each file, re-reading the
 * files only when one was added, removed or modified. Analyses are recomputed only when a file's
 * content changes.
 */
export const FOLDER_TTL_MS = SHARED_MAX_AGE_S * 1000;
const PREVIEW_CHARS = 220;

type Computed = { ok: true; stored: StoredAnalysis } | { ok: false; problem: string };
type GoodEntry = Extract<ArticleEntry, { ok: true }>;
type Snapshot = {
  at: number;
  dir: string;
  /** names, sizes, inodes and change times of the folder's files when it was read; null if unlistable */
  signature: string | null;
  entries: ArticleEntry[];
  /** the entry each id answers with (the first file when ids collide) and, when usable, its cache key */
  byId: Map<string, { entry: ArticleEntry; key: string | null }>;
  problem: string | null;
};
type StoreState = { snapshot: Snapshot | null; pending: Promise<Snapshot> | null; analyses: Map<string, Computed> };

// One per process, so that dev-mode module reloads do not throw the cache away.
const state = processWide<StoreState>("store", () => ({ snapshot: null, pending: null, analyses: new Map() }));

/** Every article of the folder, summarised, with a problem entry for each file that could not be used. */
export async function listArticles(): Promise<ArticleListing> {
  const snap = await snapshot();
  const articles = snap.entries.map((entry): ArticleSummary => {
    if (!entry.ok) return { ok: false, id: entry.id, file: entry.file, problem: entry.error };
    const computed = analysisOf(entry, snap.byId.get(entry.id)?.key ?? keyOf(entry));
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
  const { rows, problem } = await userRows();
  const builtIn = new Set(snap.byId.keys());
  const added = rows.filter((r) => !builtIn.has(r.id));
  // With user articles present, an empty seeds folder is no problem worth a banner.
  return { articles: [...added, ...articles], problem: problem ?? (added.length > 0 && snap.entries.length === 0 ? null : snap.problem) };
}

/** The user articles as list rows; a database that cannot be opened is one problem, never an error page. */
async function userRows(): Promise<{ rows: Extract<ArticleSummary, { ok: true }>[]; problem: string | null }> {
  try {
    const rows = await listUserArticles();
    return {
      problem: null,
      rows: rows.map((r) => ({
        ok: true,
        id: r.id,
        title: r.title,
        source: r.source,
        published: r.published,
        referenceDate: r.published ?? r.referenceDate ?? r.addedAt.slice(0, 10),
        counts: r.counts ?? { actors: 0, events: 0, relations: 0, claims: 0 },
        preview: previewOf(r.dek ?? r.preview),
        added: { at: r.addedAt, origin: r.origin },
      })),
    };
  } catch (e) {
    return { rows: [], problem: messages.databaseUnavailable(e instanceof Error ? e.message : String(e)) };
  }
}

/** The analysis of one article, the problem that prevents it, or "missing" for an unknown id. */
export async function getAnalysis(id: string): Promise<AnalysisLookup> {
  const sourced = sourcedAnalysis(id);
  if (sourced) return { kind: "ok", id, stored: sourced };
  const snap = await snapshot();
  const found = snap.byId.get(id);
  if (!found) return userLookup(id);
  const { entry, key } = found;
  if (!entry.ok) return { kind: "problem", id, file: entry.file, problem: entry.error };
  const computed = analysisOf(entry, key ?? keyOf(entry));
  if (!computed.ok) return { kind: "problem", id, file: entry.file, problem: computed.problem };
  return { kind: "ok", id, stored: computed.stored };
}

/** A user's article: its analysis, the problem with it (never an error page), or missing. */
async function userLookup(id: string): Promise<AnalysisLookup> {
  try {
    const stored = await userAnalysis(id);
    return stored ? { kind: "ok", id, stored } : { kind: "missing", id };
  } catch (e) {
    return { kind: "problem", id, file: id, problem: messages.analysisFailed(id, e instanceof Error ? e.message : String(e)) };
  }
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
  state.pending ??= refreshSnapshot(dir, current).finally(() => {
    state.pending = null;
  });
  const next = await state.pending;
  if (state.snapshot !== next) pruneAnalyses(next);
  state.snapshot = next;
  return next;
}

async function refreshSnapshot(dir: string, current: Snapshot | null): Promise<Snapshot> {
  const signature = await folderSignature(dir);
  if (current && current.dir === dir && signature !== null && signature === current.signature) return { ...current, at: Date.now() };
  return readSnapshot(dir, signature);
}

/** A cheap fingerprint of the folder (no file is read): changes when any file is added, removed or written. */
async function folderSignature(dir: string): Promise<string | null> {
  try {
    const names = (await readdir(dir)).sort();
    const stats = await Promise.all(
      names.map(async (name) => {
        const s = await stat(path.join(dir, name), { bigint: true });
        return `${name}\0${s.size}\0${s.ino}\0${s.mtimeNs}\0${s.ctimeNs}`;
      }),
    );
    return sha256(stats.join("\n"));
  } catch {
    return null;
  }
}

async function readSnapshot(dir: string, signature: string | null): Promise<Snapshot> {
  try {
    const entries = await readArticleFolder(dir);
    const problem = entries.length === 0 ? messages.noArticles(dir) : null;
    return { at: Date.now(), dir, signature, entries, byId: indexById(entries), problem };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const problem = code === "ENOENT" ? messages.articlesDirMissing(dir) : messages.fileUnreadable(dir, code ?? "unknown error");
    return { at: Date.now(), dir, signature: null, entries: [], byId: new Map(), problem };
  }
}

/** Hashes each usable file once per read of the folder, not once per request. */
function indexById(entries: ArticleEntry[]): Snapshot["byId"] {
  const byId: Snapshot["byId"] = new Map();
  for (const entry of entries) {
    if (entry.id === null || byId.has(entry.id)) continue;
    byId.set(entry.id, { entry, key: entry.ok ? keyOf(entry) : null });
  }
  return byId;
}

/** Drops the analyses of contents no longer in the folder, so edits do not accumulate in memory. */
function pruneAnalyses(snap: Snapshot): void {
  const live = new Set([...snap.byId.values()].flatMap((e) => (e.key === null ? [] : [e.key])));
  for (const key of state.analyses.keys()) if (!live.has(key)) state.analyses.delete(key);
}

// The id is part of the key: two files with the same content are still two articles.
function keyOf(entry: GoodEntry): string {
  return sha256(`${entry.id}\n${entry.raw}`);
}

function analysisOf(entry: GoodEntry, key: string): Computed {
  const cached = state.analyses.get(key);
  if (cached) return cached;
  const computed = compute(entry);
  state.analyses.set(key, computed);
  return computed;
}

function compute(entry: GoodEntry): Computed {
  try {
    const parsed = Analysis.safeParse(analyzeArticle(entry.article));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, problem: messages.analysisFailed(entry.file, `${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim()) };
    }
    return { ok: true, stored: storedAnalysis(parsed.data) };
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
