import { SCHEMA_VERSION, type Analysis, type Actor, type Event, type Relation, type Claim } from "../../lib/model";
import { ActorKind, Certainty, EventKind, RelationKind } from "../../lib/model";
import { seededRandom } from "../../lib/random";

export type SyntheticSize = { events: number; actors: number; relations: number; seed?: number };

const WORDS = ["summit", "talks", "border", "council", "treaty", "envoy", "ceasefire", "sanctions", "aid", "vote"];
const DAY = 86_400_000;

/**
 * A deterministic synthetic analysis of any size, for benchmarks and scale tests. Every span
 * slices the generated text and every referenced id exists, as in a real analysis.
 */
export function generateAnalysis({ events, actors, relations, seed = 1 }: SyntheticSize): Analysis {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentences: string[] = [];
  const spans: { start: number; end: number }[] = [];
  let offset = 0;
  const sentenceCount = Math.max(events, relations, actors, 1);
  for (let i = 0; i < sentenceCount; i++) {
    const s = `Sentence ${i} mentions the ${pick(WORDS)} and the ${pick(WORDS)}.`;
    sentences.push(s);
    spans.push({ start: offset, end: offset + s.length });
    offset += s.length + 1;
  }
  const text = sentences.join(" ");
  const span = (i: number) => spans[i % spans.length]!;

  const actorList: Actor[] = Array.from({ length: actors }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    kind: pick(ActorKind),
    aliases: [],
    mentions: [span(i)],
  }));
  const origin = Date.UTC(2020, 0, 1);
  const eventList: Event[] = Array.from({ length: events }, (_, i) => {
    const startMs = origin + Math.floor(rand() * 3650) * DAY;
    const isRange = rand() < 0.2;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    return {
      id: `event-${i}`,
      label: `${pick(WORDS)} ${i}`,
      kind: pick(EventKind),
      time: isRange
        ? { type: "range", start: iso(startMs), end: iso(startMs + Math.ceil(rand() * 30) * DAY) }
        : { type: "date", start: iso(startMs) },
      certainty: pick(Certainty),
      actors: actors > 0 ? [`actor-${Math.floor(rand() * actors)}`] : [],
      sources: [],
      evidence: [span(i)],
    };
  });
  const relationList: Relation[] =
    actors < 2
      ? []
      : Array.from({ length: relations }, (_, i) => {
          const source = Math.floor(rand() * actors);
          const target = (source + 1 + Math.floor(rand() * (actors - 1))) % actors;
          const kind = pick(RelationKind);
          return {
            id: `relation-${i}`,
            source: `actor-${source}`,
            target: `actor-${target}`,
            kind,
            label: kind,
            certainty: pick(Certainty),
            sources: [],
            evidence: [span(i)],
          };
        });
  const claims: Claim[] = spans.map((s, i) => ({ id: `claim-${i}`, evidence: s, sources: [], evaluative: rand() < 0.1 }));
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: `synthetic-${events}-${actors}-${relations}`,
      title: `Synthetic article: ${events} events, ${actors} actors, ${relations} relations`,
      source: "Synthetic",
      url: null,
      published: "2030-01-01",
      referenceDate: { date: "2030-01-01", basis: "published" },
      language: "en",
      text,
    },
    actors: actorList,
    events: eventList,
    relations: relationList,
    claims,
    timeExpressions: [],
  };
}
