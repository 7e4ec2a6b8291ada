import { Analysis, SCHEMA_VERSION, type Event } from "@/lib/model/analysis";

/** Finds each phrase in the text and returns its span, so evidence always slices the text. */
function spanOf(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  return { start, end: start + phrase.length };
}

const text = [
  "Northland and the Union are working on a common position ahead of a summit in the capital scheduled for January 6.",
  "According to the Wire Agency, leaders are likely to hold a joint press conference after the meeting and could release a statement in the coming days if an agreement is reached.",
  "One option is a deployment of Northland troops after a peace agreement is reached.",
  "An official told the Wire Agency that Northland is prepared to assist in monitoring.",
  "Aid deliveries ran from 20 to 28 December.",
  "A vote may follow on February 1.",
].join(" ");

const event = (e: Omit<Event, "evidence"> & { phrase: string }): Event => {
  const { phrase, ...rest } = e;
  return { ...rest, evidence: [spanOf(text, phrase)] };
};

/** A small hand-made analysis with every kind of time the timeline draws. */
export const fixture: Analysis = Analysis.parse({
  schemaVersion: SCHEMA_VERSION,
  article: {
    id: "fixture",
    title: "Northland and the Union prepare a summit",
    source: "Daily Outlet",
    url: null,
    published: null,
    referenceDate: { date: "2026-01-01", basis: "assumed" },
    language: "en",
    text,
  },
  actors: [
    { id: "northland", name: "Northland", kind: "state", aliases: [], mentions: [spanOf(text, "Northland")] },
    { id: "union", name: "Union", kind: "bloc", aliases: [], mentions: [spanOf(text, "Union")] },
    { id: "agency", name: "Wire Agency", kind: "media", aliases: [], mentions: [spanOf(text, "Wire Agency")] },
    { id: "official", name: "An official", kind: "official", aliases: [], mentions: [spanOf(text, "An official")] },
    { id: "outlet", name: "Daily Outlet", kind: "media", aliases: [], mentions: [] },
  ],
  events: [
    event({ id: "summit", label: "Summit in the capital", kind: "summit", time: { type: "date", start: "2026-01-06", yearInferred: true, text: "January 6" }, certainty: "scheduled", actors: ["union", "northland"], sources: ["outlet"], phrase: "a summit in the capital scheduled for January 6" }),
    event({ id: "talks", label: "Talks on a common position", kind: "talks", time: { type: "relative", anchor: { event: "summit", relation: "before" }, text: "ahead of" }, certainty: "fact", actors: ["northland", "union"], sources: ["outlet"], phrase: "working on a common position" }),
    event({ id: "press", label: "Joint press conference", kind: "press_conference", time: { type: "relative", anchor: { event: "summit", relation: "after" } }, certainty: "probable", actors: ["union"], sources: ["agency", "outlet"], phrase: "hold a joint press conference" }),
    event({ id: "statement", label: "Statement", kind: "statement", time: { type: "relative", start: "2026-01-06", end: "2026-01-09", fuzzy: true, anchor: { event: "summit", relation: "after" }, text: "in the coming days", yearInferred: true }, certainty: "conditional", actors: ["union"], sources: ["agency", "outlet"], phrase: "release a statement in the coming days" }),
    event({ id: "peace", label: "Peace agreement", kind: "agreement", time: { type: "unknown" }, certainty: "conditional", hypothetical: true, actors: [], sources: ["agency", "outlet"], phrase: "a peace agreement is reached" }),
    event({ id: "deploy", label: "Troop deployment", kind: "deployment", time: { type: "relative", anchor: { event: "peace", relation: "after" } }, certainty: "possible", actors: ["northland"], sources: ["agency", "outlet"], phrase: "a deployment of Northland troops" }),
    event({ id: "monitor", label: "Monitoring assistance", kind: "monitoring", time: { type: "unknown" }, certainty: "unclear", actors: ["northland"], sources: ["official", "agency", "outlet"], phrase: "assist in monitoring" }),
    event({ id: "aid", label: "Aid deliveries", kind: "aid", time: { type: "range", start: "2025-12-20", end: "2025-12-28" }, certainty: "fact", actors: ["union"], sources: ["outlet"], phrase: "Aid deliveries ran from 20 to 28 December" }),
    event({ id: "vote", label: "Vote", kind: "election", time: { type: "date", start: "2026-02-01" }, certainty: "unclear", actors: [], sources: ["outlet"], phrase: "A vote may follow on February 1" }),
  ],
  relations: [],
  claims: [],
  timeExpressions: [],
});

export const all = (a: Analysis): ReadonlySet<string> => new Set(a.events.map((e) => e.id));
