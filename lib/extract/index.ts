/**
 * The extraction pipeline: a list of named, pure stages, each from one typed value to the next.
 *
 *   article ─reference─▶ the day it speaks from: published, else reference_date, else inferred
 *                        from a date written in full in its text, else the fallback
 *           ─segment─▶ paragraphs, sentences
 *           ─actors─▶ gazetteer + named + back-referenced + unnamed-source mentions
 *           ─time─▶ TIMEX3 expressions, resolved against the reference date
 *           ─modality─▶ clauses and hedges (certainty)
 *           ─attribution─▶ who says each sentence (nearest source … outlet)
 *           ─events─▶ events, anchors, times
 *           ─relations─▶ typed links between actors
 *           ─claims─▶ a claim per sentence (per attribution when it has two), evaluative or not
 *           ─assemble─▶ Analysis (lib/model)
 */
import type { Analysis, ArticleInput } from "../model";
import { findActors, slug } from "./actors";
import { assemble } from "./assemble";
import { findAttribution } from "./attribution";
import { findClaims } from "./claims";
import { findEvents } from "./events";
import { findModality } from "./modality";
import { findRelations } from "./relations";
import { segment } from "./segment";
import { datelineDate, findTimeExpressions, inferReferenceDate } from "./time";
import type { WithActors, WithTime } from "./types";

export type AnalyzeOptions = {
  /**
   * Used when the article has neither `published` nor `reference_date` and states no date in full
   * that the reference could be inferred from (default: today, UTC).
   */
  fallbackReferenceDate?: string;
};

const time = (doc: WithActors): WithTime => ({
  ...doc,
  times: findTimeExpressions(doc.text, doc.referenceDate),
});

export function analyzeArticle(article: ArticleInput, options: AnalyzeOptions = {}): Analysis {
  // A wire dateline near the publication date ("GENEVA, Oct. 12 (Xinhua) --") is the day the story
  // speaks from; an undated article's day is read from its text, else the caller's fallback, the clock last.
  const dateline = article.published && !article.referenceDate ? datelineDate(article.body, article.published) : null;
  const fromDateline = dateline && dateline.date !== article.published ? dateline : null;
  const inferred =
    fromDateline ?? (article.published || article.referenceDate ? null : inferReferenceDate(article.body));
  const referenceDate =
    fromDateline?.date ??
    article.published ??
    article.referenceDate ??
    inferred?.date ??
    options.fallbackReferenceDate ??
    new Date().toISOString().slice(0, 10);
  const reference = inferred
    ? { basis: "inferred" as const, evidence: inferred.evidence }
    : article.published
      ? { basis: "published" as const }
      : { basis: "assumed" as const };
  const outlet = {
    id: article.source ? slug(article.source) : "outlet",
    name: article.source ?? "The outlet",
  };

  const segmented = segment(article.body, referenceDate, outlet);
  const withActors = findActors(segmented);
  const withTime = time(withActors);
  const withModality = findModality(withTime);
  const withAttribution = findAttribution(withModality);
  const withEvents = findEvents(withAttribution);
  const withRelations = findRelations(withEvents);
  const withClaims = findClaims(withRelations);
  return assemble(article, withClaims, reference);
}

export {
  segment,
  findActors,
  findModality,
  findAttribution,
  findEvents,
  findRelations,
  findClaims,
  assemble,
};
export { findTimeExpressions, type TimeMention } from "./time";
export { PIPELINE_VERSION } from "./version";
export { slug } from "./actors";
export { isPlace } from "./lexicon";
export { inflect } from "./events";
export { cueHits, type Hit as CueHit } from "./relations";
