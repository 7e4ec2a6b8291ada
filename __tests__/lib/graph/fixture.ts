import { SCHEMA_VERSION, type Analysis, type Span } from "@/lib/model/analysis";

const TEXT = [
  "Northland and Southland agreed on Monday to hold talks in the capital.",
  "Prime Minister Ada Vell said the Coastal Alliance would support the talks.",
  "Northland may send monitors to the border, officials told the Daily Ledger.",
  "The Relief Council provides aid to Southland.",
  "Southland opposes the monitors, according to Minister Bo Reyes.",
].join(" ");

function span(text: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(text, at + 1);
  if (at < 0) throw new Error(`fixture text has no "${text}"`);
  return { start: at, end: at + text.length };
}

/** A small hand-made analysis covering every node shape used, parallel and reversed edges, uncertainty and attribution. */
export function smallAnalysis(): Analysis {
  const sentence = (i: number) => {
    const s = TEXT.split(/(?<=\.) /)[i]!;
    return span(s);
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: "graph-fixture",
      title: "Neighbours agree to talks <as> “planned”",
      source: "Daily Ledger",
      url: null,
      published: "2026-01-05",
      referenceDate: { date: "2026-01-05", basis: "published" },
      language: "en",
      text: TEXT,
    },
    actors: [
      { id: "northland", name: "Northland", kind: "state", aliases: [], mentions: [span("Northland"), span("Northland", 1)] },
      { id: "southland", name: "Southland", kind: "state", aliases: [], mentions: [span("Southland"), span("Southland", 1), span("Southland", 2)] },
      { id: "ada-vell", name: "Ada Vell", kind: "leader", aliases: ["Prime Minister Ada Vell"], mentions: [span("Ada Vell")] },
      { id: "coastal-alliance", name: "Coastal Alliance", kind: "alliance", aliases: [], mentions: [span("Coastal Alliance")] },
      { id: "daily-ledger", name: "Daily Ledger", kind: "media", aliases: [], mentions: [span("Daily Ledger")] },
      { id: "relief-council", name: "Relief Council", kind: "organization", aliases: [], mentions: [span("Relief Council")] },
      { id: "bo-reyes", name: "Bo Reyes", kind: "official", aliases: [], mentions: [span("Bo Reyes")] },
      { id: "officials", name: "officials", kind: "source", aliases: [], mentions: [span("officials")] },
    ],
    events: [],
    relations: [
      { id: "r1", source: "northland", target: "southland", kind: "negotiates", label: "talks", certainty: "scheduled", sources: ["daily-ledger"], evidence: [sentence(0)] },
      { id: "r2", source: "southland", target: "northland", kind: "opposes", label: "opposes monitors", certainty: "fact", sources: ["bo-reyes", "daily-ledger"], evidence: [sentence(4)] },
      { id: "r3", source: "northland", target: "southland", kind: "provides", label: "border monitors", certainty: "possible", sources: ["officials", "daily-ledger"], evidence: [sentence(2)] },
      { id: "r4", source: "coastal-alliance", target: "northland", kind: "supports", label: "supports", certainty: "probable", sources: ["ada-vell", "daily-ledger"], evidence: [sentence(1)] },
      { id: "r5", source: "relief-council", target: "southland", kind: "provides", label: "aid", certainty: "fact", sources: ["daily-ledger"], evidence: [sentence(3)] },
      { id: "r6", source: "ada-vell", target: "coastal-alliance", kind: "reports", label: "says", certainty: "fact", sources: ["daily-ledger"], evidence: [sentence(1)] },
    ],
    claims: [],
    timeExpressions: [],
  };
}
