import type { Analysis } from "../../lib/model";
import { alignActors } from "./actors";
import { contradictions } from "./contradictions";
import { accuracy, addAccuracy, addCounts, type Accuracy, type Counts } from "./counts";
import { scoreDates } from "./dates";
import { scoreHeadline } from "./headline";
import { looseName, withSurnames } from "./loose-name";
import type { RealGold } from "./real-gold";
import { scoreRelations } from "./relations";
import { scoreSources } from "./sources";

/** The categories scored on real reporting, in table order. */
export const RealCategory = ["actors", "sources", "dates", "relations"] as const;
export type RealCategory = (typeof RealCategory)[number];

export type RealScore = {
  article: string;
  categories: Record<RealCategory, Counts>;
  /** Headline event found, over articles; its kind right, over the articles where it was found. */
  headline: Accuracy;
  headlineKind: Accuracy;
  /** Relations whose kind contradicts their sentence (`contradictions`), over all relations drawn. */
  contradicting: { found: number; relations: number };
  /** Human-readable misses and extras, for the report. */
  notes: string[];
};

/** Scores one analysis of a real article against its hand annotation. */
export function scoreReal(analysis: Analysis, gold: RealGold): RealScore {
  const actors = alignActors(analysis, withSurnames(gold.actors), looseName);
  const relations = scoreRelations(analysis, gold.relations, actors);
  const sources = scoreSources(analysis, gold.sources, actors);
  const dates = scoreDates(analysis, gold.dates);
  const headline = scoreHeadline(analysis, gold.headline);
  const contradicting = contradictions(analysis);
  const notes = [
    ...actors.findings
      .filter((f) => f.type !== "attribute")
      .map((f) =>
        f.type === "miss"
          ? `missed actor ${f.item}`
          : `extra actor ${f.item}${f.type === "false-positive" && f.duplicateOf ? ` (duplicate of ${f.duplicateOf})` : ""}`,
      ),
    ...sources.misses.map((m) => `missed source ${m}`),
    ...sources.extras.map((m) => `extra source ${m}`),
    ...dates.misses.map((m) => `missed date ${m}`),
    ...dates.extras.map((m) => `extra date ${m}`),
    ...relations.findings.map((f) =>
      f.type === "miss" ? `missed relation ${f.item}` : `extra relation ${f.item}`,
    ),
    ...contradicting.map((c) => `relation contradicting its sentence: ${c.relation}`),
    headline.found ? `headline event: ${headline.got}` : "missed headline event",
  ];
  return {
    article: gold.article,
    categories: {
      actors: actors.counts,
      sources: sources.counts,
      dates: dates.counts,
      relations: relations.counts,
    },
    headline: accuracy(headline.found ? 1 : 0, 1),
    headlineKind: accuracy(headline.kindCorrect ? 1 : 0, headline.found ? 1 : 0),
    contradicting: { found: contradicting.length, relations: analysis.relations.length },
    notes,
  };
}

/** Micro-averaged total of several real scores. */
export function totalReal(article: string, scores: readonly RealScore[]): RealScore {
  const empty: RealScore = {
    article,
    categories: Object.fromEntries(
      RealCategory.map((c) => [c, { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 }]),
    ) as RealScore["categories"],
    headline: accuracy(0, 0),
    headlineKind: accuracy(0, 0),
    contradicting: { found: 0, relations: 0 },
    notes: [],
  };
  return scores.reduce<RealScore>(
    (sum, s) => ({
      article,
      categories: Object.fromEntries(
        RealCategory.map((c) => [c, addCounts(sum.categories[c], s.categories[c])]),
      ) as RealScore["categories"],
      headline: addAccuracy(sum.headline, s.headline),
      headlineKind: addAccuracy(sum.headlineKind, s.headlineKind),
      contradicting: {
        found: sum.contradicting.found + s.contradicting.found,
        relations: sum.contradicting.relations + s.contradicting.relations,
      },
      notes: [],
    }),
    empty,
  );
}
