import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { ArticleInput } from "../model";
import { messages } from "../messages";
import { articleIdOf, MAX_ARTICLE_BYTES, parseArticle } from "./parse";

/** One entry of a folder of articles: the parsed article, or the problem that kept it out. */
export type ArticleEntry =
  | { ok: true; id: string; file: string; article: ArticleInput; raw: string }
  | { ok: false; id: string | null; file: string; error: string };

const ARTICLE_FILE = /\.(md|markdown|txt)$/i;
// A folder's own notes (README.md, LICENSE.txt) are not articles.
const NOT_AN_ARTICLE = /^(?:readme|license|licence|changelog|notice)\./i;

/** Reads one article file from disk. Never throws. */
export async function readArticleFile(file: string): Promise<ArticleEntry> {
  const label = path.basename(file);
  const id = articleIdOf(label);
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, id, file: label, error: messages.fileIsDirectory(label) };
    if (info.size > MAX_ARTICLE_BYTES)
      return { ok: false, id, file: label, error: messages.fileTooLarge(label, info.size, MAX_ARTICLE_BYTES) };
    const bytes = await readFile(file);
    const parsed = parseArticle(label, bytes);
    if (!parsed.ok) return { ok: false, id, file: label, error: parsed.error };
    return { ok: true, id: parsed.article.id, file: label, article: parsed.article, raw: bytes.toString("utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, id, file: label, error: messages.fileMissing(file) };
    return { ok: false, id, file: label, error: messages.fileUnreadable(label, code ?? "unknown error") };
  }
}

/** Reads every article of a folder, in file-name order; one bad file never hides the others. */
export async function readArticleFolder(dir: string): Promise<ArticleEntry[]> {
  const names = (await readdir(dir)).filter((n) => ARTICLE_FILE.test(n) && !NOT_AN_ARTICLE.test(n)).sort();
  const entries = await Promise.all(names.map((n) => readArticleFile(path.join(dir, n))));
  const seen = new Map<string, string>();
  return entries.map((entry) => {
    if (!entry.ok || !entry.id) return entry;
    const other = seen.get(entry.id);
    if (other) return { ok: false, id: entry.id, file: entry.file, error: messages.duplicateId(entry.file, entry.id, other) };
    seen.set(entry.id, entry.file);
    return entry;
  });
}
