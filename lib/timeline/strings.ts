/** Every word the timeline draws or announces, in one place so wording stays consistent. */
export const strings = {
  otherLane: "Other",
  undated: "Undated",
  conditionalArea: "Conditional / if…",
  conditionalGroup: "Conditional",
  events: "Events",
  published: "published",
  referenceAssumed: "reference date (assumed)",
  referenceInferred: "reference date (inferred from the text)",
  // a symbol, not letters: it is drawn after labels, and a mark's accessible name must contain its
  // visible words (the name says "year inferred" in full)
  yearInferredMark: "≈",
  yearInferred: "year inferred",
  dateUnknown: "date unknown",
  vague: "vague",
  hypothetical: "hypothetical",
  legendFuzzy: "vague window",
  legendRange: "span",
  title: (articleTitle: string) => `Timeline of events in “${articleTitle}”`,
  description: (parts: { events: number; from: string | null; to: string | null; conditional: number; undated: number; reference: string; source: string | null }) =>
    [
      `${parts.events} event${parts.events === 1 ? "" : "s"}`,
      parts.from && parts.to ? (parts.from === parts.to ? ` on ${parts.from}` : ` from ${parts.from} to ${parts.to}`) : "",
      parts.conditional ? `; ${parts.conditional} conditional` : "",
      parts.undated ? `; ${parts.undated} undated` : "",
      `. ${parts.reference}.`,
      parts.source ? ` Source: ${parts.source}.` : "",
    ].join(""),
  credit: (source: string | null, title: string) => (source ? `Source: ${source}, “${title}” · Newsline` : `“${title}” · Newsline`),
  relation: { before: "before", after: "after", during: "during" },
  ifAnchor: (label: string) => `if/after: ${label}`,
} as const;
