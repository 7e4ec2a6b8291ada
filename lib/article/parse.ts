import { parseDocument } from "yaml";
import { FrontMatter, type ArticleInput, isArticleId } from "../model";
import { messages } from "../messages";

export const MAX_ARTICLE_BYTES = 1024 * 1024;

export type ParseResult = { ok: true; article: ArticleInput } | { ok: false; error: string };

/** The article id is its file name without the extension. */
export function articleIdOf(fileName: string): string | null {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.(md|markdown|txt)$/i, "");
  return isArticleId(base) ? base : null;
}

/**
 * Parses the raw bytes of an article file (Markdown with YAML front matter, or plain text whose
 * first line is the title). Never throws: every problem becomes a message naming the file and field.
 */
export function parseArticle(fileName: string, bytes: Uint8Array): ParseResult {
  const label = fileName.replace(/^.*[\\/]/, "");
  if (bytes.byteLength > MAX_ARTICLE_BYTES)
    return fail(messages.fileTooLarge(label, bytes.byteLength, MAX_ARTICLE_BYTES));
  if (bytes.includes(0)) return fail(messages.binary(label));
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(messages.invalidUtf8(label));
  }
  const id = articleIdOf(label);
  if (!id) return fail(messages.badId(label));
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (/\.txt$/i.test(label)) return parsePlainText(label, id, text);
  if (/\.(md|markdown)$/i.test(label)) return parseMarkdown(label, id, text);
  return fail(messages.unsupportedExtension(label));
}

function parsePlainText(label: string, id: string, text: string): ParseResult {
  const lines = text.split("\n");
  const title = (lines[0] ?? "").trim();
  if (!title) return fail(messages.missingTitle(label));
  const body = paragraphsOf(lines.slice(1).join("\n"), "line");
  if (!body) return fail(messages.emptyBody(label));
  return {
    ok: true,
    article: { id, title, source: null, url: null, published: null, referenceDate: null, language: "en", body },
  };
}

function parseMarkdown(label: string, id: string, text: string): ParseResult {
  let yamlText = "";
  let rest = text;
  if (/^---[ \t]*\n/.test(text)) {
    const close = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
    if (!close) return fail(messages.unclosedFrontMatter(label));
    yamlText = text.slice(text.indexOf("\n") + 1, 3 + close.index + 1);
    rest = text.slice(3 + close.index + close[0].length);
  }
  if (!yamlText) return fail(messages.noFrontMatter(label));
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return fail(messages.yamlError(label, doc.errors[0]!.message.split("\n")[0]!));
  const data = yamlText.trim() ? doc.toJS({ maxAliasCount: 10 }) : {};
  if (data === null || typeof data !== "object" || Array.isArray(data)) return fail(messages.frontMatterNotMapping(label));
  // YAML turns unquoted dates into Date objects; the schema speaks ISO strings.
  for (const key of ["published", "reference_date"]) {
    const v = (data as Record<string, unknown>)[key];
    if (v instanceof Date && !Number.isNaN(v.getTime())) (data as Record<string, unknown>)[key] = v.toISOString().slice(0, 10);
  }
  const parsed = FrontMatter.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "title";
    return fail(messages.fieldError(label, field, issue.message));
  }
  const fm = parsed.data;
  const body = paragraphsOf(rest, "blank-line");
  if (!body) return fail(messages.emptyBody(label));
  return {
    ok: true,
    article: {
      id,
      title: fm.title,
      dek: fm.dek?.trim() || undefined,
      source: fm.source?.trim() || null,
      url: fm.url ?? null,
      published: fm.published ?? null,
      referenceDate: fm.reference_date ?? null,
      language: fm.language,
      body,
    },
  };
}

/** Normalises a body into paragraphs joined by a blank line; whitespace inside a paragraph is folded. */
function paragraphsOf(text: string, split: "line" | "blank-line"): string {
  const blocks = split === "line" ? text.split("\n") : text.split(/\n[ \t]*\n/);
  return blocks
    .map((b) => b.replace(/[ \t\n]+/g, " ").trim())
    .filter((b) => b.length > 0)
    .join("\n\n");
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}
