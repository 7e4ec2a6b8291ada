import type { Analysis } from "../../lib/model";
import { alignActors } from "./actors";
import { scoreClaims } from "./claims";
import { addAccuracy, addCounts, type Accuracy, type Counts } from "./counts";
import { scoreEvents } from "./events";
import { Attribute, Category, type Finding } from "./findings";
import type { Gold } from "./gold";
import { scoreRelations } from "./relations";

export type Score = {
  article: string;
  categories: Record<Category, Counts>;
  attributes: Record<Attribute, Accuracy>;
  findings: Finding[];
};

/**
 * Scores one analysis against its gold annotation: detection counts per category, accuracy of
 * the attributes of matched items, and every miss, false positive and wrong attribute.
 */
export function scoreAnalysis(analysis: Analysis, gold: Gold): Score {
  const actors = alignActors(analysis, gold.actors);
  const events = scoreEvents(analysis, gold.events);
  const relations = scoreRelations(analysis, gold.relations, actors);
  const claims = scoreClaims(analysis, gold.claims, actors);
  return {
    article: gold.article,
    categories: {
      actors: actors.counts,
      events: events.counts,
      relations: relations.counts,
      claims: claims.counts,
    },
    attributes: {
      actorKind: actors.kind,
      eventDate: events.date,
      eventYearInferred: events.yearInferred,
      eventCertainty: events.certainty,
      eventAnchor: events.anchor,
      claimSources: claims.sources,
      claimEvaluative: claims.evaluative,
    },
    findings: [...actors.findings, ...events.findings, ...relations.findings, ...claims.findings],
  };
}

/** Micro-averaged total of several scores (counts are summed before the rates are taken). */
export function totalScore(scores: readonly Score[]): Score {
  const [first, ...rest] = scores;
  if (!first) throw new Error("totalScore needs at least one score");
  return rest.reduce<Score>(
    (sum, s) => ({
      article: "total",
      categories: Object.fromEntries(
        Category.map((c) => [c, addCounts(sum.categories[c], s.categories[c])]),
      ) as Score["categories"],
      attributes: Object.fromEntries(
        Attribute.map((a) => [a, addAccuracy(sum.attributes[a], s.attributes[a])]),
      ) as Score["attributes"],
      findings: [...sum.findings, ...s.findings],
    }),
    { ...first, article: "total" },
  );
}
