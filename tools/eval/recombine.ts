import type { ArticleInput } from "../../lib/model";

/** Sentences to draw from, with the metadata variety of the articles they came from. */
export type SentencePool = { sentences: string[]; referenceDates: string[]; sources: string[] };

// A sentence ends at . ! ? (optionally closed by a quote) followed by space and a capital or an
// opening quote; "U.S. troops" survives because a lower-case word follows.
const BOUNDARY = /(?<=[.!?]["'”’»]?)\s+(?=["“«]?[A-Z])/u;

/** The sentences of an article body, paragraph by paragraph; good enough to recombine text. */
export function splitSentences(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .flatMap((p) => p.trim().split(BOUNDARY))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * A synthetic article of about `words` words drawn from the pool with `rand` (a seeded PRNG):
 * paragraphs of one to four sentences, a reference date or a publication date from the pool.
 */
export function recombineArticle(
  pool: SentencePool,
  rand: () => number,
  id: string,
  words = 500,
): ArticleInput {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words && pool.sentences.length > 0) {
    const size = 1 + Math.floor(rand() * 4);
    const paragraph: string[] = [];
    for (let i = 0; i < size && count < words; i++) {
      const s = pick(pool.sentences);
      paragraph.push(s);
      count += s.split(/\s+/).length;
    }
    paragraphs.push(paragraph.join(" "));
  }
  const date = pool.referenceDates.length ? pick(pool.referenceDates) : "2026-01-01";
  const published = rand() < 0.5;
  return {
    id,
    title: `Synthetic article ${id}`,
    source: pool.sources.length ? pick(pool.sources) : null,
    url: null,
    published: published ? date : null,
    referenceDate: published ? null : date,
    language: "en",
    body: paragraphs.join("\n\n"),
  };
}
