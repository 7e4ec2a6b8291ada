import { normalizeName } from "../../lib/text";
import type { Span } from "../../lib/model";
import { contentWords, type StoryAnalysis } from "../../lib/story";
import type { GoldStory } from "./gold";

/** One mention or report the story placed in a cluster, and the gold entity it is (null: none in the gold). */
export type Unit = { cluster: string; article: string; gold: string | null };

export type PairScore = {
  /** pairs in different articles the story put together, and how many of them the gold puts together */
  merged: number;
  correct: number;
  /** pairs in different articles the gold puts together (among what the pipeline found), and how many the story merged */
  gold: number;
  found: number;
  precision: number;
  recall: number;
  /** gold reports (article × entity) with at least one unit the pipeline found, of all gold reports */
  coverage: { found: number; total: number };
  /** units outside the gold: each counts as an entity of its own */
  outside: number;
};

/**
 * Pairwise merge scores: for every pair of units in different articles, whether the story put
 * them in one cluster against whether the gold says they are one entity. A unit the gold does not
 * know is its own entity, so merging it with anything counts against precision.
 */
export function pairScore(units: readonly Unit[], goldReports: number): PairScore {
  let merged = 0;
  let correct = 0;
  let gold = 0;
  let found = 0;
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i]!;
      const b = units[j]!;
      if (a.article === b.article) continue;
      const same = a.cluster === b.cluster;
      const truth = a.gold !== null && a.gold === b.gold;
      if (same) merged++;
      if (same && truth) correct++;
      if (truth) gold++;
      if (truth && same) found++;
    }
  }
  const reports = new Set(units.filter((u) => u.gold).map((u) => `${u.article}\u0000${u.gold}`));
  return withRates({ merged, correct, gold, found, coverage: { found: reports.size, total: goldReports }, outside: units.filter((u) => u.gold === null).length });
}

/** Precision and recall from the pair counts (1 when there is nothing to count). */
function withRates(counts: Omit<PairScore, "precision" | "recall">): PairScore {
  return { ...counts, precision: counts.merged ? counts.correct / counts.merged : 1, recall: counts.gold ? counts.found / counts.gold : 1 };
}

/** Several stories' scores as one: their counts added, the rates taken from the sums. */
export function pooledScore(scores: readonly PairScore[]): PairScore {
  const add = (f: (x: PairScore) => number) => scores.reduce((n, x) => n + f(x), 0);
  return withRates({
    merged: add((x) => x.merged),
    correct: add((x) => x.correct),
    gold: add((x) => x.gold),
    found: add((x) => x.found),
    coverage: { found: add((x) => x.coverage.found), total: add((x) => x.coverage.total) },
    outside: add((x) => x.outside),
  });
}

/** Every actor mention of the story, matched to the gold actor whose names (in that article) include it. */
export function actorUnits(story: StoryAnalysis, gold: GoldStory): Unit[] {
  const texts = new Map(story.analyses.map((a) => [a.article.id, a.article.text]));
  return story.actors.flatMap((actor) =>
    actor.mentions.map((m) => {
      const candidates = gold.actors.filter((g) => g.articles.includes(m.article));
      const text = texts.get(m.article) ?? "";
      const forms = [m.name, ...m.spans.map((s) => text.slice(s.start, s.end))].map(normalizeName);
      const match =
        candidates.find((g) => g.names.some((n) => normalizeName(n) === forms[0])) ??
        candidates.find((g) => g.names.some((n) => forms.includes(normalizeName(n))));
      return { cluster: actor.id, article: m.article, gold: match?.id ?? null };
    }),
  );
}

/**
 * Every event report of the story, matched to a gold event by a quote inside the report's evidence
 * sentence; when a sentence holds several, the quote sharing most words with the report's label
 * wins (the evidence is the whole sentence, the label names the event).
 */
export function eventUnits(story: StoryAnalysis, gold: GoldStory): Unit[] {
  const texts = new Map(story.analyses.map((a) => [a.article.id, a.article.text]));
  return story.events.flatMap((event) =>
    event.reports.map((r) => {
      const text = texts.get(r.article) ?? "";
      const label = contentWords(r.label);
      let best: string | null = null;
      let bestShared = 0;
      for (const g of gold.events) {
        for (const quote of g.reports[r.article]?.quotes ?? []) {
          if (
            !occurrences(text, quote).some(
              (at) => overlapOf(r.evidence, { start: at, end: at + quote.length }) > 0,
            )
          )
            continue;
          const words = contentWords(quote);
          const shared = [...label].filter((w) => words.has(w)).length / Math.max(1, label.size);
          if (shared > bestShared) [best, bestShared] = [g.id, shared];
        }
      }
      return { cluster: event.id, article: r.article, gold: best };
    }),
  );
}

export const goldActorReports = (gold: GoldStory) =>
  gold.actors.reduce((n, a) => n + a.articles.length, 0);
export const goldEventReports = (gold: GoldStory) =>
  gold.events.reduce((n, e) => n + Object.keys(e.reports).length, 0);

export function occurrences(text: string, quote: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) at.push(i);
  return at;
}

const overlapOf = (spans: readonly Span[], q: Span) =>
  spans.reduce((n, s) => n + Math.max(0, Math.min(s.end, q.end) - Math.max(s.start, q.start)), 0);
