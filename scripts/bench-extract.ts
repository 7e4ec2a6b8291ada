/**
 * Extraction benchmark: a corpus of ≥1,000 synthetic ~500-word articles recombined from the
 * fixtures' and seeds' sentences (seeded, so every run measures the same text), a warm-up, then
 * the pipeline over 250, 500 and 1,000 articles on one thread. Figures on stdout, progress on stderr.
 *
 *   npm run bench:extract [-- --words 500 --seed 1]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArticle } from "../lib/article";
import { recombineArticle, splitSentences, type SentencePool } from "../tools/eval";
import { analyzeArticle } from "../lib/extract";
import type { ArticleInput } from "../lib/model";
import { seededRandom } from "../lib/random";

const SIZES = [250, 500, 1000] as const;
const WARM_UP = 300;
const TARGET_MEDIAN_MS = 10;
const ROOT = path.join(__dirname, "..");
const DIRS = ["__tests__/fixtures/articles", "seeds"].map((d) => path.join(ROOT, d));

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function loadPool(): SentencePool {
  const pool: SentencePool = { sentences: [], referenceDates: [], sources: [] };
  for (const dir of DIRS) {
    for (const name of readdirSync(dir).filter(
      (n) => /\.(md|txt)$/.test(n) && !/_broken\./.test(n) && n !== "README.md",
    )) {
      const parsed = parseArticle(name, readFileSync(path.join(dir, name)));
      if (!parsed.ok) continue;
      const a = parsed.article;
      pool.sentences.push(...splitSentences(a.body));
      const date = a.published ?? a.referenceDate;
      if (date) pool.referenceDates.push(date);
      if (a.source) pool.sources.push(a.source);
    }
  }
  return pool;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** One pass over `articles`: wall-clock and CPU time per article, peak RSS sampled after each. */
function run(articles: readonly ArticleInput[], label: string, peak: { rss: number }) {
  const wall: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  articles.forEach((article, i) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    analyzeArticle(article);
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
    peak.rss = Math.max(peak.rss, process.memoryUsage.rss());
    if ((i + 1) % 250 === 0) process.stderr.write(`${label}: ${i + 1}/${articles.length}\n`);
  });
  const total = performance.now() - started;
  const cpuUsed = process.cpuUsage(cpuStarted);
  const byValue = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const w = byValue(wall);
  const c = byValue(cpu);
  return {
    n: articles.length,
    wall: { total, median: quantile(w, 0.5), p95: quantile(w, 0.95) },
    cpu: {
      total: (cpuUsed.user + cpuUsed.system) / 1000,
      median: quantile(c, 0.5),
      p95: quantile(c, 0.95),
    },
  };
}

function main() {
  const words = option("words", 500);
  const seed = option("seed", 1);
  const pool = loadPool();
  if (pool.sentences.length === 0) throw new Error("no sentences found in the fixtures and seeds");
  const rand = seededRandom(seed);
  const corpus = Array.from({ length: Math.max(...SIZES) }, (_, i) =>
    recombineArticle(pool, rand, `bench-${i}`, words),
  );
  const warm = Array.from({ length: WARM_UP }, (_, i) =>
    recombineArticle(pool, rand, `warm-${i}`, words),
  );
  const meanWords = corpus.reduce((s, a) => s + a.body.split(/\s+/).length, 0) / corpus.length;
  process.stderr.write(
    `corpus: ${corpus.length} articles, ${meanWords.toFixed(0)} words on average, from ${pool.sentences.length} sentences\n`,
  );

  const peak = { rss: process.memoryUsage.rss() };
  run(warm, "warm-up", peak);
  const rows = SIZES.map((n) => run(corpus.slice(0, n), `${n} articles`, peak));

  console.log(
    `extraction benchmark — ${corpus.length} synthetic articles of ~${meanWords.toFixed(0)} words (seed ${seed}), one thread, after ${WARM_UP} warm-up articles`,
  );
  const cols = (t: { total: number; median: number; p95: number }, n: number) =>
    [
      t.total.toFixed(0).padStart(9),
      (n / (t.total / 1000)).toFixed(0).padStart(6),
      t.median.toFixed(2).padStart(9),
      t.p95.toFixed(2).padStart(7),
    ].join(" ");
  console.log(
    "          ------------ wall clock ------------  ------------- CPU time -------------",
  );
  console.log("articles   total ms  art/s  median ms  p95 ms   total ms  art/s  median ms  p95 ms");
  for (const r of rows)
    console.log(`${String(r.n).padStart(8)}  ${cols(r.wall, r.n)}  ${cols(r.cpu, r.n)}`);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const ratio = last.n / first.n;
  console.log(
    `growth: ${ratio}× the articles took ${(last.wall.total / first.wall.total).toFixed(2)}× the wall time and ` +
      `${(last.cpu.total / first.cpu.total).toFixed(2)}× the CPU time (linear: ${ratio}×)`,
  );
  console.log(`peak memory (rss, sampled after every article): ${mb(peak.rss)} MB`);
  // CPU time is what one core spends on an article; wall time also counts other processes' turns
  // on a shared machine. The target is judged on CPU time; both are printed.
  const median = last.cpu.median;
  console.log(
    `target: median ≤ ${TARGET_MEDIAN_MS} ms CPU per ~${words}-word article: ` +
      `${median <= TARGET_MEDIAN_MS ? "met" : "MISSED"} (${median.toFixed(2)} ms CPU, ${last.wall.median.toFixed(2)} ms wall)`,
  );
}

main();
