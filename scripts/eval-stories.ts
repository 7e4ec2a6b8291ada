/**
 * Cross-article merge scores on the story fixtures (__tests__/fixtures/stories/<story>/gold.json):
 * pairwise precision and recall of actor mentions and event reports in different articles, per story.
 *
 *   npm run eval:stories
 *   npm run eval:stories -- --notes   # and, per story, each gold event's reports and every wrong pair
 */
import { analyzeStory } from "../lib/story";
import { eventNotes, evaluateStory, loadStoryFixtures, type PairScore } from "../tools/stories";

const TARGET = { precision: 0.9, recall: 0.8 };
const f = (x: number) => x.toFixed(3);

const row = (story: string, what: string, s: PairScore) =>
  [
    story.padEnd(20),
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

async function main() {
  const fixtures = await loadStoryFixtures();
  console.log(
    `story merge scores, pairwise over mentions/reports in different articles (target: precision ≥ ${TARGET.precision}, recall ≥ ${TARGET.recall})`,
  );
  console.log(
    "story                what    precision    pairs  recall     pairs  covered  outside  target",
  );
  for (const { name, articles, gold } of fixtures) {
    process.stderr.write(`${name}: ${articles.length} articles\n`);
    const story = analyzeStory(articles);
    const score = evaluateStory(story, gold);
    console.log(row(name, "actors", score.actors));
    console.log(row(name, "events", score.events));
    if (notes) console.log(eventNotes(story, gold).join("\n"));
  }
  console.log(
    "covered: gold reports (article × entity) the per-article pipeline found at all; recall is over what it found. outside: units the gold does not name, each its own entity.",
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
