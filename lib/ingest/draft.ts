import type { ArticleSubmission } from "../model";
import type { ArticleContent } from "./identity";

export type DraftResult = { ok: true; content: ArticleContent; referenceDateGiven: boolean } | { ok: false; field: string; error: string };

/**
 * A submission as the article the pipeline reads: the title is the first line of the text when the
 * title field is empty; paragraphs are the text's blank-line blocks (or its lines, when it has no
 * blank line, as pasted text often has not). An undated article is read as of `today`, marked as an
 * assumption, so its analysis is the same on any later day.
 */
export function contentOf(sub: ArticleSubmission, today: string): DraftResult {
  let text = sub.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let title = sub.title;
  if (!title) {
    const lines = text.split("\n");
    const first = lines.findIndex((l) => l.trim());
    title = lines[first]?.trim().replace(/^#+\s*/, "").slice(0, 500);
    text = lines.slice(first + 1).join("\n");
    if (!title) return { ok: false, field: "text", error: "is empty" };
  }
  const body = paragraphsOf(text);
  if (!body) return { ok: false, field: "text", error: sub.title ? "is empty" : "holds only a title line: add the article's text below it" };
  return {
    ok: true,
    referenceDateGiven: Boolean(sub.referenceDate),
    content: {
      title,
      dek: sub.dek,
      source: sub.source ?? null,
      url: sub.url ?? null,
      published: sub.published ?? null,
      referenceDate: sub.published ? null : (sub.referenceDate ?? today),
      language: sub.language ?? "en",
      body,
    },
  };
}

/** Blank-line blocks as paragraphs, or lines when there is no blank line; whitespace folded. */
export function paragraphsOf(text: string): string {
  const blocks = /\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*\n/) : text.split("\n");
  return blocks
    .map((b) => b.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}
