/**
 * Story benchmark: stories of 5, 20 and 50 synthetic ~500-word articles recombined from the Paris
 * story fixtures' sentences (seeded; each article its own id and outlet, dates from the fixtures),
 * so the articles share actors and events as coverage of one event does. Per story size: CPU time
 * of the per-article analyses and of the merge, separately, median of several runs after a
 * warm-up. Figures on stdout, progress on stderr.
 *
 *   npm run bench:story [-- --words 500 --runs 5 --seed 1]
 */
import path from "node:path";
import { readArticleFolder } from "../lib/article";
import { recombineArticle, splitSentences, type SentencePool } from "../tools/eval";
import { analyzeArticle } from "../lib/extract";
import type { Analysis } from "../lib/model";
import { mergeStory } from "../lib/story";
import { seededRandom } from "../lib/random";
import { STORIES_DIR } from "../tools/stories";

const SIZES = [5, 20, 50] as const;
const TARGET_MS = 1000;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const cpuMs = (f: () => void) => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const words = option("words", 500);
  const runs = option("runs", 5);
  const seed = option("seed", 1);
  const entries = await readArticleFolder(path.join(STORIES_DIR, "paris-summit"));
  const pool: SentencePool = { sentences: [], referenceDates: [], sources: [] };
  for (const e of entries) {
    if (!e.ok) continue;
    pool.sentences.push(...splitSentences(e.article.body));
    pool.referenceDates.push(e.article.published ?? e.article.referenceDate ?? "2026-01-06");
  }
  const rand = seededRandom(seed);
  const story = (n: number, tag: string) =>
    Array.from({ length: n }, (_, i) => ({
      ...recombineArticle(pool, rand, `${tag}-${i}`, words),
      source: `Outlet ${i}`,
    }));

  process.stderr.write(`warm-up: ${SIZES.at(-1)} articles\n`);
  mergeStory(story(SIZES.at(-1)!, "warm").map((a) => analyzeArticle(a)));

  const rows = SIZES.map((n) => {
    const analyse: number[] = [];
    const merge: number[] = [];
    let size = { events: 0, storyEvents: 0, actors: 0, storyActors: 0, words: 0 };
    for (let r = 0; r < runs; r++) {
      process.stderr.write(`${n} articles: run ${r + 1}/${runs}\n`);
      const articles = story(n, `s${n}-r${r}`);
      let analyses: Analysis[] = [];
      analyse.push(cpuMs(() => (analyses = articles.map((a) => analyzeArticle(a)))));
      let merged!: ReturnType<typeof mergeStory>;
      merge.push(cpuMs(() => (merged = mergeStory(analyses))));
      size = {
        events: analyses.reduce((s, a) => s + a.events.length, 0),
        storyEvents: merged.events.length,
        actors: analyses.reduce((s, a) => s + a.actors.length, 0),
        storyActors: merged.actors.length,
        words: articles.reduce((s, a) => s + a.body.split(/\s+/).length, 0) / n,
      };
    }
    return { n, analyse: median(analyse), merge: median(merge), ...size };
  });

  console.log(
    `story benchmark — synthetic stories recombined from the Paris fixtures' sentences (seed ${seed}), CPU time, median of ${runs} runs`,
  );
  console.log(
    "articles  words/art  events→story  actors→story  analyse ms  per article  merge ms  total ms",
  );
  for (const r of rows)
    console.log(
      [
        String(r.n).padStart(8),
        r.words.toFixed(0).padStart(10),
        `${r.events}→${r.storyEvents}`.padStart(13),
        `${r.actors}→${r.storyActors}`.padStart(13),
        r.analyse.toFixed(0).padStart(11),
        (r.analyse / r.n).toFixed(2).padStart(12),
        r.merge.toFixed(1).padStart(9),
        (r.analyse + r.merge).toFixed(0).padStart(9),
      ].join(" "),
    );
  const first = rows[0]!;
  const last = rows.at(-1)!;
  console.log(
    `merge growth: ${last.n / first.n}× the articles (${(last.events / first.events).toFixed(1)}× the events) took ${(last.merge / first.merge).toFixed(1)}× the merge time`,
  );
  const total = last.analyse + last.merge;
  console.log(
    `target: a ${last.n}-article story analysed and merged in < ${TARGET_MS} ms CPU: ${total < TARGET_MS ? "met" : "MISSED"} (${total.toFixed(0)} ms: analyse ${last.analyse.toFixed(0)}, merge ${last.merge.toFixed(1)})`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
