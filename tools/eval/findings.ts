import type { Analysis, Span } from "../../lib/model";

export const Category = ["actors", "events", "relations", "claims"] as const;
export type Category = (typeof Category)[number];

export const Attribute = [
  "actorKind",
  "eventDate",
  "eventYearInferred",
  "eventCertainty",
  "eventAnchor",
  "claimSources",
  "claimEvaluative",
] as const;
export type Attribute = (typeof Attribute)[number];

/** One thing the scorer noticed, worded for a person improving the pipeline. */
export type Finding =
  | { type: "miss"; category: Category; item: string }
  | { type: "false-positive"; category: Category; item: string; duplicateOf?: string }
  | { type: "attribute"; attribute: Attribute; item: string; expected: string; got: string };

/** The text of a span, shortened for a report line. */
export function excerpt(analysis: Analysis, span: Span, max = 90): string {
  const t = analysis.article.text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
