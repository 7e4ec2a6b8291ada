import path from "node:path";
import {
  RealCategory,
  Split,
  readRealCorpus,
  scoreReal,
  totalReal,
  type RealCase,
  type RealScore,
} from "@/tools/eval";
import { analyzeArticle } from "@/lib/extract";

type Rate = "precision" | "recall";
type Floors = Record<RealCategory, Record<Rate, number>> & { headline: number; headlineKind: number };

/**
 * Regression floors: the level measured when they were last set, less a small margin. They say
 * "no worse than now", not "good enough": the issue's targets are below, and most are not met.
 * Raise a floor when the pipeline improves; never lower one to let a change through.
 */
const FLOORS: Partial<Record<Scope, Floors>> = {
  // All dev articles, with the fourth round's eight (2026-12-03, issue 14r) measured at
  // PIPELINE_VERSION 2026.12.07-truth before any change for them.
  dev: {
    // 0.93/0.80 → 0.97/0.99 at 2026.12.08-14a (names no gazetteer knows: surnames, titles and
    // roles, acronyms, companies joined by "and", lower-case group names, datelines, newspapers).
    actors: { precision: 0.94, recall: 0.96 },
    // 0.76/0.80 → 0.80/0.88 at 2026.12.08-14a, mostly through the speakers found above.
    sources: { precision: 0.76, recall: 0.85 },
    dates: { precision: 0.85, recall: 0.91 },
    // 0.56/0.38 → 0.73/0.46 at 2026.12.07-14r (verb lexicon for courts, labour, relief and
    // acquisitions; a possessor is not the subject; passives without "by"; infinitives of nouns);
    // → 0.76/0.67 at 2026.12.08-14a (relations between the actors found above).
    relations: { precision: 0.72, recall: 0.62 },
    headline: 0.92,
    headlineKind: 0.95,
  },
  // The 17 dev articles of the first three rounds, the set these floors were first set on.
  "dev-r1-3": {
    // Actors measured 1.00/0.99 and sources 0.81/0.95 at 2026.12.08-14a.
    actors: { precision: 0.96, recall: 0.96 },
    sources: { precision: 0.77, recall: 0.91 },
    dates: { precision: 0.75, recall: 0.86 },
    // 0.78 → 0.75 at 2026.12.07-truth, the one time a floor went down, with the reason: Russia–Belarus
    // was found only from the list "entry to Russia and Belarus", a co-occurrence issue 17 rules out
    // as a relation; the sentence that states it ("cooperation between Moscow and Minsk") needs
    // capitals read as their states, which the pipeline does not do.
    relations: { precision: 0.54, recall: 0.75 },
    headline: 0.89,
    headlineKind: 0.95,
  },
  heldout: {
    actors: { precision: 0.85, recall: 0.75 },
    sources: { precision: 0.7, recall: 0.56 },
    dates: { precision: 0.84, recall: 0.91 },
    relations: { precision: 0.18, recall: 0.07 },
    headline: 0.95,
    headlineKind: 0.89,
  },
  // Measured once on the blind test split (12 articles), main's pipeline as of PIPELINE_VERSION
  // 2026.12.03-1: actors 0.814/0.760, sources 0.667/0.561, dates 0.786/0.868, relations
  // 0.222/0.200, headline 10/12, kind 10/10.
  test: {
    actors: { precision: 0.81, recall: 0.75 },
    sources: { precision: 0.66, recall: 0.55 },
    dates: { precision: 0.78, recall: 0.86 },
    relations: { precision: 0.22, recall: 0.19 },
    headline: 0.83,
    headlineKind: 0.95,
  },
};

/**
 * The sets scored: each split, and the dev articles of the first three rounds apart, so that the
 * floors set on them still judge the same articles after a round adds dev articles.
 */
const DEV_ROUND_4 = new Set([
  "al-mohannadi-fifa-ban",
  "congo-mutamba-embezzlement-sentence",
  "hong-kong-ventus-lau-arrested",
  "merrill-lynch-fca-fine",
  "oakland-occupy-tear-gas",
  "ponmudy-disproportionate-assets-sentence",
  "psac-federal-workers-strike",
  "staples-office-depot-deal",
]);
const SCOPES = [...Split, "dev-r1-3"] as const;
type Scope = (typeof SCOPES)[number];
const inScope = (scope: Scope, gold: { article: string; split: Split }) =>
  scope === "dev-r1-3" ? gold.split === "dev" && !DEV_ROUND_4.has(gold.article) : gold.split === scope;

/** The sets with floors: a set is asserted on only once its level has been measured. */
const FLOORED = SCOPES.filter((s) => FLOORS[s] !== undefined);

/** Issue #17's target for the headline event's kind, over the articles where it was found. */
const KIND_TARGET = 0.85;

/** Issue #14's targets on the held-out split. */
const TARGETS: Partial<Record<RealCategory, Partial<Record<Rate, number>>>> = {
  actors: { precision: 0.9, recall: 0.95 },
  sources: { recall: 0.9 },
  dates: { recall: 0.95 },
  relations: { precision: 0.8, recall: 0.75 },
};

const DIR = path.join(__dirname, "../fixtures/real");
let cases: RealCase[] = [];
const totals = new Map<Scope, RealScore>();

beforeAll(async () => {
  cases = await readRealCorpus(DIR);
  const scored = cases.flatMap((c) => (c.ok ? [{ gold: c.gold, score: scoreReal(analyzeArticle(c.article), c.gold) }] : []));
  for (const scope of SCOPES)
    totals.set(scope, totalReal(scope, scored.filter((s) => inScope(scope, s.gold)).map((s) => s.score)));
});

afterAll(() => {
  const pct = (x: number | undefined) =>
    x === undefined ? "  –" : `${Math.round(x * 100)}%`.padStart(4);
  const lines = ["split    category   measured P/R   floor P/R    target P/R"];
  for (const split of SCOPES) {
    const t = totals.get(split);
    if (!t) continue;
    for (const c of RealCategory) {
      const k = t.categories[c];
      const f = FLOORS[split]?.[c];
      const g = split === "heldout" ? TARGETS[c] : undefined;
      lines.push(
        `${split.padEnd(9)}${c.padEnd(11)}${pct(k.precision)} ${pct(k.recall)}      ${pct(f?.precision)} ${pct(f?.recall)}    ${pct(g?.precision)} ${pct(g?.recall)}`,
      );
    }
    lines.push(
      `${split.padEnd(9)}${"headline".padEnd(11)}${pct(t.headline.accuracy ?? 0)}           ${pct(FLOORS[split]?.headline)}`,
      `${split.padEnd(9)}${"kind right".padEnd(11)}${pct(t.headlineKind.accuracy ?? 0)}           ${pct(FLOORS[split]?.headlineKind)}${split === "heldout" ? `          ${pct(KIND_TARGET)}` : ""}`,
    );
  }
  console.log(lines.join("\n"));
});

describe("analyzeArticle(article) on real news against hand annotations", () => {
  it("reads every real article and its gold file", () => {
    expect(cases.filter((c) => !c.ok)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  // The first three rounds were split half and half per genre; the fourth added dev articles only.
  it("splits the first three rounds half and half between dev and heldout", () => {
    const dev = cases.filter((c) => c.ok && inScope("dev-r1-3", c.gold)).length;
    const heldout = cases.filter((c) => c.ok && c.gold.split === "heldout").length;
    expect(Math.abs(dev - heldout)).toBeLessThanOrEqual(1);
    expect(cases.filter((c) => c.ok && c.gold.split === "dev").length).toBe(dev + DEV_ROUND_4.size);
  });

  describe.each(FLOORED)("%s split", (split) => {
    it.each(
      RealCategory.flatMap((c) => (["precision", "recall"] as const).map((r) => [c, r] as const)),
    )("%s %s stays at or above its floor", (category, rate) => {
      expect(totals.get(split)!.categories[category][rate]).toBeGreaterThanOrEqual(
        FLOORS[split]![category][rate],
      );
    });

    it("finds the headline event at least as often as its floor", () => {
      expect(totals.get(split)!.headline.accuracy ?? 0).toBeGreaterThanOrEqual(
        FLOORS[split]!.headline,
      );
    });

    it("gives the headline event an accepted kind at least as often as its floor", () => {
      expect(totals.get(split)!.headlineKind.accuracy ?? 0).toBeGreaterThanOrEqual(
        FLOORS[split]!.headlineKind,
      );
    });
  });
});
