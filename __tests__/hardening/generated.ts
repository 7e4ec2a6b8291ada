import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArticle } from "@/lib/article";
import { splitSentences } from "@/tools/eval";
import { seededRandom } from "@/lib/random";

/**
 * Inputs too big to commit, generated into a temp folder by the tests that need them. Seeded, so
 * every run measures the same text.
 */
const ROOT = path.resolve(__dirname, "../..");
const SENTENCE_DIRS = ["seeds", "__tests__/fixtures/articles"].map((d) => path.join(ROOT, d));

/** The sentences of the seed and fixture articles: real prose with dates, actors and attribution. */
export function realSentences(): string[] {
  const out: string[] = [];
  for (const dir of SENTENCE_DIRS)
    for (const name of readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n) && n !== "README.md").sort()) {
      const parsed = parseArticle(name, readFileSync(path.join(dir, name)));
      if (parsed.ok) out.push(...splitSentences(parsed.article.body));
    }
  return out;
}

/** One paragraph of exactly `words` words, recombined from real sentences with a seeded PRNG. */
export function hugeParagraph(words: number, seed = 1): string {
  const sentences = realSentences();
  const rand = seededRandom(seed);
  const out: string[] = [];
  while (out.length < words) out.push(...sentences[Math.floor(rand() * sentences.length)]!.split(/\s+/));
  return out.slice(0, words).join(" ");
}

/** A Markdown article file of `bytes` bytes: front matter, then paragraphs of real prose. */
export function bigArticleFile(bytes: number, seed = 2): Buffer {
  const head = "---\ntitle: A five-megabyte article\npublished: 2025-03-04\n---\n\n";
  const sentences = realSentences();
  const rand = seededRandom(seed);
  const parts: string[] = [head];
  let size = Buffer.byteLength(head);
  while (size < bytes) {
    const p = sentences[Math.floor(rand() * sentences.length)]! + "\n\n";
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return Buffer.from(parts.join("")).subarray(0, bytes);
}

/** CPU time (user + system) a synchronous call takes in this process, in milliseconds. */
export function cpuTime<T>(fn: () => T): { value: T; cpuMs: number; wallMs: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
}
