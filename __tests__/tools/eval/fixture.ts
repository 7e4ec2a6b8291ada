import type { Analysis, Span } from "@/lib/model";
import type { Gold } from "@/tools/eval";

export const TEXT =
  "The United States and France held talks in Paris on Monday. " +
  "According to Reuters, Washington will send aid to Ukraine after a ceasefire is agreed. " +
  "Critics called the plan a reckless gamble.";

/** The span of the first occurrence of `part` in TEXT. */
export function at(part: string, text = TEXT): Span {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length };
}

const [s1, s2, s3] = [
  "The United States and France held talks in Paris on Monday.",
  "According to Reuters, Washington will send aid to Ukraine after a ceasefire is agreed.",
  "Critics called the plan a reckless gamble.",
];

/** A hand-made analysis of TEXT that agrees with GOLD in every respect. */
export function perfectAnalysis(): Analysis {
  return {
    schemaVersion: 1,
    article: {
      id: "hand",
      title: "Hand-made",
      source: "Daily Outlet",
      url: null,
      published: "2026-03-04",
      referenceDate: { date: "2026-03-04", basis: "published" },
      language: "en",
      text: TEXT,
    },
    actors: [
      {
        id: "us",
        name: "United States",
        kind: "state",
        aliases: ["Washington"],
        mentions: [at("United States"), at("Washington")],
      },
      { id: "fr", name: "France", kind: "state", aliases: [], mentions: [at("France")] },
      { id: "ua", name: "Ukraine", kind: "state", aliases: [], mentions: [at("Ukraine")] },
      { id: "reuters", name: "Reuters", kind: "media", aliases: [], mentions: [at("Reuters")] },
      { id: "outlet", name: "Daily Outlet", kind: "media", aliases: [], mentions: [] },
    ],
    events: [
      {
        id: "e1",
        label: "talks in Paris",
        kind: "talks",
        time: { type: "date", start: "2026-03-02" },
        certainty: "fact",
        actors: ["us", "fr"],
        sources: ["outlet"],
        evidence: [at(s1)],
      },
      {
        id: "e2",
        label: "ceasefire",
        kind: "ceasefire",
        time: { type: "unknown" },
        certainty: "conditional",
        hypothetical: true,
        actors: [],
        sources: ["reuters", "outlet"],
        evidence: [at(s2)],
      },
      {
        id: "e3",
        label: "aid to Ukraine",
        kind: "aid",
        time: { type: "relative", anchor: { event: "e2", relation: "after" } },
        certainty: "probable",
        actors: ["us", "ua"],
        sources: ["reuters", "outlet"],
        evidence: [at(s2)],
      },
    ],
    relations: [
      {
        id: "r1",
        source: "fr",
        target: "us",
        kind: "negotiates",
        label: "talks",
        certainty: "fact",
        sources: ["outlet"],
        evidence: [at(s1)],
      },
      {
        id: "r2",
        source: "us",
        target: "ua",
        kind: "provides",
        label: "aid",
        certainty: "probable",
        sources: ["reuters", "outlet"],
        evidence: [at(s2)],
      },
    ],
    claims: [
      { id: "c1", evidence: at(s1), sources: ["outlet"], evaluative: false },
      { id: "c2", evidence: at(s2), sources: ["reuters", "outlet"], evaluative: false },
      { id: "c3", evidence: at(s3), sources: ["outlet"], evaluative: true },
    ],
    timeExpressions: [{ ...at("on Monday"), text: "on Monday", type: "DATE", value: "2026-03-02" }],
  };
}

export const GOLD: Gold = {
  article: "hand",
  actors: [
    { name: "US", aliases: ["U.S.", "Washington", "the United States"], kind: "state" },
    { name: "France", kind: "state" },
    { name: "Ukraine" },
    { name: "Reuters", kind: "media" },
    { name: "Paris", optional: true },
  ],
  events: [
    { sentence: "held talks in Paris", keywords: ["talks"], date: "2026-03-02", certainty: "fact" },
    {
      sentence: "after a ceasefire",
      keywords: ["ceasefire"],
      kinds: ["ceasefire"],
      certainty: ["conditional", "possible"],
    },
    {
      sentence: "will send aid",
      keywords: ["aid"],
      certainty: "probable",
      anchor: { relation: "after", keywords: ["ceasefire"] },
    },
  ],
  relations: [
    { source: "US", target: "France", kinds: ["negotiates", "meets"], undirected: true },
    { source: "Washington", target: "Ukraine", kinds: ["provides", "supports"] },
  ],
  claims: [
    { sentence: "held talks in Paris", sources: [], evaluative: false },
    { sentence: "will send aid", sources: ["Reuters"], evaluative: false },
    { sentence: "reckless gamble", sources: [], evaluative: true },
  ],
};
