/**
 * Scores the pipeline on real news articles (`__tests__/fixtures/real/`) against their hand
 * annotations: precision and recall of actors, sources, dates and relations, whether the headline
 * event was found and its kind, for the dev, held-out and test splits and each genre.
 * Table on stdout, progress on stderr; `--notes` adds every miss and extra per article, and
 * `--split dev` keeps the table and the notes to one split, so tuning on dev never shows a held-out
 * figure or miss.
 */
import path from "node:path";
import {
  Genre,
  Split,
  formatRealTable,
  readRealCorpus,
  scoreReal,
  totalReal,
  type RealScore,
} from "../tools/eval";
import { analyzeArticle } from "../lib/extract";

const DIR = path.join(__dirname, "../__tests__/fixtures/real");

async function main() {
  const withNotes = process.argv.includes("--notes");
  const splitArg = process.argv[process.argv.indexOf("--split") + 1];
  const noteSplit = process.argv.includes("--split") ? Split.find((s) => s === splitArg) : undefined;
  if (process.argv.includes("--split") && !noteSplit)
    throw new Error(`--split takes one of: ${Split.join(", ")}`);
  const cases = await readRealCorpus(DIR);
  const scored: { split: Split; genre: Genre; score: RealScore }[] = [];
  let problems = 0;
  for (const c of cases) {
    if (!c.ok) {
      problems++;
      process.stderr.write(`${c.error}\n`);
      continue;
    }
    process.stderr.write(`scoring ${c.id} (${c.gold.split}, ${c.gold.genre})\n`);
    scored.push({
      split: c.gold.split,
      genre: c.gold.genre,
      score: scoreReal(analyzeArticle(c.article), c.gold),
    });
  }
  const group = (name: string, keep: (s: (typeof scored)[number]) => boolean) => {
    const scores = scored
      .filter((s) => (!noteSplit || s.split === noteSplit) && keep(s))
      .map((s) => s.score);
    return scores.length ? [totalReal(`${name} (${scores.length})`, scores)] : [];
  };
  const rows = [
    ...Split.flatMap((split) => group(split, (s) => s.split === split)),
    ...group("all", () => true),
    ...Genre.flatMap((genre) => group(genre, (s) => s.genre === genre)),
  ];
  process.stdout.write(`${formatRealTable(rows)}\n`);
  if (withNotes)
    for (const { split, score } of scored.filter((s) => !noteSplit || s.split === noteSplit))
      process.stdout.write(
        `\n${score.article} (${split}):\n${score.notes.map((n) => `  ${n}`).join("\n")}\n`,
      );
  if (problems) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 2;
});
