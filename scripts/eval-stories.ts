/**
 * Cross-article merge scores on the story fixtures (__tests__/fixtures/stories/<story>/gold.json):
 * pairwise precision and recall of actor mentions and event reports in different articles, per story.
 *
 *   npm run eval:stories
 *   npm run eval:stories -- --notes   # and, per story, each gold event's reports, every missed and every wrong pair
 *   npm run eval:stories -- --split dev   # only the dev stories (held-out ones are neither run nor printed)
 *
 * Stories whose gold says "split": "held-out" are scored after the others, and pooled apart.
 */
import { analyzeStory } from "../lib/story";
import {
  eventNotes,
  evaluateStory,
  GoldSplit,
  loadStoryFixtures,
  pooledScore,
  type GoldStory,
  type PairScore,
  type StoryScore,
} from "../tools/stories";

const TARGET = { precision: 0.9, recall: 0.8 };
const f = (x: number) => x.toFixed(3);

const row = (story: string, what: string, s: PairScore) =>
  [
    story.padEnd(36),
    what.padEnd(7),
    f(s.precision).padStart(9),
    `${s.correct}/${s.merged}`.padStart(9),
    f(s.recall).padStart(7),
    `${s.found}/${s.gold}`.padStart(9),
    `${s.coverage.found}/${s.coverage.total}`.padStart(9),
    String(s.outside).padStart(8),
    s.precision >= TARGET.precision && s.recall >= TARGET.recall ? "met" : "MISSED",
  ].join(" ");

const notes = process.argv.includes("--notes");
const splitArg = process.argv.indexOf("--split");
const only = splitArg >= 0 ? process.argv[splitArg + 1] : undefined;
if (only !== undefined && !(GoldSplit as readonly string[]).includes(only)) {
  process.stderr.write(`--split must be one of ${GoldSplit.join(", ")}\n`);
  process.exit(2);
}

async function main() {
  const fixtures = await loadStoryFixtures();
  console.log(
    `story merge scores, pairwise over mentions/reports in different articles (target: precision ≥ ${TARGET.precision}, recall ≥ ${TARGET.recall})`,
  );
  console.log(
    "story                                what    precision    pairs  recall     pairs  covered  outside  target",
  );
  const pooled: Record<GoldStory["split"], StoryScore[]> = { dev: [], "held-out": [] };
  for (const split of GoldSplit.filter((s) => only === undefined || s === only))
    for (const { name, articles, gold } of fixtures.filter((f) => f.gold.split === split)) {
      process.stderr.write(`${name}: ${articles.length} articles\n`);
      const story = analyzeStory(articles);
      const score = evaluateStory(story, gold);
      pooled[split].push(score);
      const tag = split === "held-out" ? `${name} (held out)` : name;
      console.log(row(tag, "actors", score.actors));
      console.log(row(tag, "events", score.events));
      if (notes) console.log(eventNotes(story, gold).join("\n"));
    }
  for (const split of GoldSplit) {
    const scores = pooled[split];
    if (scores.length < 2) continue;
    const tag = split === "held-out" ? "held out, pooled" : "dev, pooled";
    console.log(row(tag, "actors", pooledScore(scores.map((x) => x.actors))));
    console.log(row(tag, "events", pooledScore(scores.map((x) => x.events))));
  }
  console.log(
    "dev: the stories the rules were written on; held out: a story scored only after its gold was committed, no rule tuned on it.",
  );
  console.log(
    "covered: gold reports (article × entity) the per-article pipeline found at all; recall is over what it found. outside: units the gold does not name, each its own entity.",
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
