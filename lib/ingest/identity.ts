import { createHash } from "node:crypto";
import type { ArticleInput } from "../model";

/** An article's content without its id: everything the analysis reads. */
export type ArticleContent = Omit<ArticleInput, "id">;

/**
 * The content hash: the same text with the same metadata is the same article, whoever adds it and
 * whenever. A reference date that the store filled in (the day of adding) is not part of it.
 */
export function contentHash(content: ArticleContent, { referenceDateGiven = true } = {}): string {
  const canonical = [
    content.title,
    content.dek ?? "",
    content.source ?? "",
    content.url ?? "",
    content.published ?? "",
    referenceDateGiven ? (content.referenceDate ?? "") : "",
    content.language,
    content.body,
  ];
  return createHash("sha256").update(JSON.stringify(canonical), "utf8").digest("hex");
}

const SLUG_WORDS_CHARS = 60;

/** A short readable id: the title as a slug and the first `hashChars` of the content hash. */
export function articleIdFor(title: string, hash: string, hashChars = 6): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let slug = "";
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > SLUG_WORDS_CHARS) break;
    slug = next;
  }
  return `${slug || "article"}-${hash.slice(0, hashChars)}`;
}

/** Id lengths to try, shortest first, when two contents share a slug and the first hash characters. */
export const ID_HASH_LENGTHS = [6, 10, 16, 32] as const;
