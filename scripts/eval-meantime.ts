/**
 * MEANTIME evaluation (TempEval-3 style): time expressions found by the time stage against the gold
 * TIMEX3 of the NewsReader MEANTIME corpus, and participant recall of the actor stage.
 *
 *   npm run eval:meantime            (corpus at ../shared/data/meantime, or MEANTIME_DIR)
 *
 * Development split: corpus_airbus, corpus_apple. Held-out split (never tuned on): corpus_gm, corpus_stock.
 * MEANTIME annotates only the first sentences of each article; only that part is scored.
 * Progress goes to stderr, figures to stdout. `--notes` also prints, for the development split only
 * (never the held-out one), each gold expression missed or valued differently and each extra one.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { findTimeExpressions, type TimeMention } from "../lib/extract";
import { add, bestMatch, emptyCounts, figures, readMeantime, scoreRecall, scoreTimexes, type MeantimeDoc, type RecallCounts, type Span, type Timex, type TimexCounts } from "../tools/meantime";

const SPLITS = { dev: ["corpus_airbus", "corpus_apple"], test: ["corpus_gm", "corpus_stock"] } as const;
type Split = keyof typeof SPLITS;

const CREDIT =
  "MEANTIME corpus © 2015 Fondazione Bruno Kessler, VU University Amsterdam, Universidad del País Vasco; CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).";

type Participants = (doc: MeantimeDoc, referenceDate: string) => Span[];

/** The actor stage's mentions, through the whole pipeline; null when the pipeline is not available. */
async function loadParticipants(): Promise<Participants | null> {
  try {
    const extract = (await import("../lib/extract/index")) as { analyzeArticle?: (article: unknown) => { article: { text: string }; actors: { mentions: Span[] }[] } };
    const analyzeArticle = extract.analyzeArticle;
    if (typeof analyzeArticle !== "function") return null;
    return (doc, referenceDate) => {
      const body = doc.text.slice(doc.bodyStart);
      const analysis = analyzeArticle({
        id: doc.id,
        title: doc.title,
        source: null,
        url: null,
        published: referenceDate,
        referenceDate,
        language: "en",
        body,
      });
      const offset = locate(doc.text, analysis.article.text);
      if (offset === null) return [];
      return analysis.actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start + offset, end: m.end + offset })));
    };
  } catch (error) {
    process.stderr.write(`participant recall unavailable: ${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  }
}

/** Where the pipeline's article text sits in the rebuilt document (it may or may not include the title). */
function locate(docText: string, articleText: string): number | null {
  const at = docText.indexOf(articleText);
  return at >= 0 ? at : null;
}

/** The document creation time; a few documents lack it, and then the dateline (second line) gives it. */
function referenceDateOf(doc: MeantimeDoc): string {
  if (doc.creationDate && /^\d{4}-\d{2}-\d{2}$/.test(doc.creationDate)) return doc.creationDate;
  const dateline = doc.text.split("\n")[1] ?? "";
  const found = findTimeExpressions(dateline, "2000-01-01").find((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.value));
  return found?.value ?? "2000-01-01";
}

/**
 * MEANTIME nests TIMEX3s: "from 2009 to 2011" is a DURATION holding the DATEs 2009 and 2011. The
 * time stage keeps its mentions apart and gives each point of a range the range as `within`; the
 * ranges are scored as mentions of their own, as the corpus annotates them.
 */
function withNestedRanges(mentions: TimeMention[]): Timex[] {
  const ranges = new Map<number, Timex>();
  for (const m of mentions) if (m.within) ranges.set(m.within.start, m.within);
  return [...mentions, ...ranges.values()];
}

/** One line per gold expression the system misses or values differently, and per extra system one. */
function differences(doc: MeantimeDoc, system: Timex[]): string[] {
  const quote = (x: Span) => JSON.stringify(doc.text.slice(x.start, x.end));
  const out: string[] = [];
  for (const g of doc.timexes) {
    const s = bestMatch(g, system);
    if (!s) out.push(`  ${doc.id}  − ${quote(g)} ${g.type} ${g.value}`);
    else if (s.value !== g.value) out.push(`  ${doc.id}  ≠ ${quote(g)} ${g.type} ${g.value}, found ${quote(s)} ${s.type} ${s.value}`);
  }
  for (const s of system) if (!bestMatch(s, doc.timexes)) out.push(`  ${doc.id}  + ${quote(s)} ${s.type} ${s.value}`);
  return out;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function printTimex(label: string, c: TimexCounts) {
  const f = figures(c);
  console.log(
    `${label.padEnd(28)} gold ${String(c.gold).padStart(3)} sys ${String(c.system).padStart(3)} | ` +
      `strict P ${pct(f.strictP)} R ${pct(f.strictR)} F1 ${pct(f.strictF1)} | ` +
      `relaxed P ${pct(f.relaxedP)} R ${pct(f.relaxedR)} F1 ${pct(f.relaxedF1)} | ` +
      `type acc ${pct(f.typeAccuracy)} value acc ${pct(f.valueAccuracy)} | value F1 ${pct(f.valueF1)}`,
  );
}

/**
 * CPU milliseconds per 500 words of the time stage alone, after warm-up: CPU time rather than wall
 * time, so that a busy machine does not inflate the figure.
 */
function timeStage(texts: { text: string; referenceDate: string }[]): number {
  const words = texts.reduce((sum, t) => sum + t.text.split(/\s+/).length, 0);
  const pass = () => {
    const before = process.cpuUsage();
    for (const t of texts) findTimeExpressions(t.text, t.referenceDate);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  for (let i = 0; i < 10; i++) pass();
  const times = Array.from({ length: 15 }, pass).sort((a, b) => a - b);
  return ((times[7] ?? 0) / words) * 500;
}

async function main() {
  const dir = process.env.MEANTIME_DIR ?? path.resolve(__dirname, "../../shared/data/meantime");
  if (!existsSync(dir)) {
    console.log(`MEANTIME not found at ${dir}; skipping.`);
    return;
  }
  const files = (Object.keys(SPLITS) as Split[]).flatMap((split) =>
    SPLITS[split].flatMap((corpus) => {
      const folder = path.join(dir, corpus);
      if (!existsSync(folder)) return [];
      return readdirSync(folder)
        .filter((f) => f.endsWith(".xml"))
        .sort()
        .map((f) => ({ split, file: path.join(folder, f) }));
    }),
  );
  if (files.length === 0) {
    console.log(`MEANTIME not found at ${dir} (no corpus_* folders with .xml files); skipping.`);
    return;
  }

  const participantsOf = await loadParticipants();
  const all = { dev: emptyCounts(), test: emptyCounts() };
  const body = { dev: emptyCounts(), test: emptyCounts() };
  const participants: Record<Split, RecallCounts> = { dev: { gold: 0, found: 0 }, test: { gold: 0, found: 0 } };
  let participantError: string | null = null;
  const texts: { text: string; referenceDate: string }[] = [];
  const notes: string[] = [];

  files.forEach(({ split, file }, i) => {
    if (process.stderr.isTTY) process.stderr.write(`\r[${i + 1}/${files.length}] ${split}`);
    else if ((i + 1) % 20 === 0 || i + 1 === files.length) process.stderr.write(`[${i + 1}/${files.length}]\n`);
    const doc = readMeantime(file);
    const referenceDate = referenceDateOf(doc);
    const mentions = withNestedRanges(findTimeExpressions(doc.text, referenceDate));
    texts.push({ text: doc.text, referenceDate });
    const inScope = (s: Span) => s.start < doc.annotatedEnd;
    const system = mentions.filter(inScope);
    scoreTimexes(doc.timexes, system, all[split]);
    if (split === "dev" && process.argv.includes("--notes")) notes.push(...differences(doc, system));
    // The dateline is the creation time itself: scoring without it shows the body text alone.
    const bodyGold = doc.timexes.filter((t) => t.start >= doc.bodyStart);
    scoreTimexes(bodyGold, system.filter((s) => s.start >= doc.bodyStart), body[split]);

    if (participantsOf && !participantError) {
      try {
        const predicted = participantsOf(doc, referenceDate).filter(inScope);
        scoreRecall(doc.participants.filter((p) => p.start >= doc.bodyStart), predicted, participants[split]);
      } catch (error) {
        participantError = error instanceof Error ? error.message : String(error);
      }
    }
  });
  process.stderr.write("\n");

  console.log(`MEANTIME time expressions (TempEval-3 style; ${files.length} articles; first annotated sentences only)`);
  console.log("value F1 = relaxed F1 × value accuracy on matched gold. Reference (TempEval-3): HeidelTime 77.6, SUTime 67.4.");
  printTimex("dev (airbus, apple)", all.dev);
  printTimex("test (gm, stock) held-out", all.test);
  printTimex("all", add(all.dev, all.test));
  console.log("Body only (the dateline, which is the creation time itself, left out):");
  printTimex("dev body", body.dev);
  printTimex("test body held-out", body.test);
  printTimex("all body", add(body.dev, body.test));

  console.log("Participant recall (gold HAS_PARTICIPANT entity mentions overlapped by an actor mention, body text):");
  if (!participantsOf) console.log("  unavailable: lib/extract does not export analyzeArticle yet");
  else if (participantError) console.log(`  failed: ${participantError}`);
  else {
    const line = (label: string, r: RecallCounts) =>
      console.log(`  ${label.padEnd(26)} ${pct(r.gold ? r.found / r.gold : 0)}  (${r.found}/${r.gold})`);
    line("dev", participants.dev);
    line("test held-out", participants.test);
    line("all", { gold: participants.dev.gold + participants.test.gold, found: participants.dev.found + participants.test.found });
  }
  if (notes.length > 0) console.log(`Development split, expressions missed (−), valued differently (≠) or extra (+):\n${notes.join("\n")}`);
  const speed = timeStage(texts);
  console.log(`Time stage: ${speed.toFixed(3)} CPU ms per 500 words (after warm-up; median of 15 passes over the ${texts.length} full articles).`);
  console.log(CREDIT);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
