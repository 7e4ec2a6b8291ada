import type { Analysis, Span } from "../model";
import type { ItemSets, Selection } from "./types";
import { anyOverlap, overlaps } from "./spans";

/** What a selection brings forward in every view, and the text spans to highlight. */
export type Linked = ItemSets & { spans: readonly Span[] };

export const nothingLinked: Linked = {
  events: new Set(),
  actors: new Set(),
  relations: new Set(),
  claims: new Set(),
  spans: [],
};

/**
 * The items linked to `selection`:
 * - actor → its events, its relations and their other ends, claims it makes or is mentioned in, its mentions;
 * - event → its actors, its anchor and the events anchored to it, relations sharing its sentence, claims containing its evidence;
 * - relation → its two actors, events and claims sharing its sentence;
 * - claim → its sources and the actors it mentions, the events and relations it carries.
 * The selected item itself is always in its own set. An unknown id links nothing.
 */
export function linked(analysis: Analysis, selection: Selection): Linked {
  if (!selection) return nothingLinked;
  switch (selection.kind) {
    case "actor":
      return linkedToActor(analysis, selection.id);
    case "event":
      return linkedToEvent(analysis, selection.id);
    case "relation":
      return linkedToRelation(analysis, selection.id);
    case "claim":
      return linkedToClaim(analysis, selection.id);
  }
}

function linkedToActor(analysis: Analysis, id: string): Linked {
  const actor = analysis.actors.find((a) => a.id === id);
  if (!actor) return nothingLinked;
  const relations = analysis.relations.filter((r) => r.source === id || r.target === id);
  return {
    events: ids(analysis.events.filter((e) => e.actors.includes(id))),
    relations: ids(relations),
    actors: new Set([id, ...relations.map((r) => (r.source === id ? r.target : r.source))]),
    claims: ids(analysis.claims.filter((c) => c.sources.includes(id) || actor.mentions.some((m) => overlaps(m, c.evidence)))),
    spans: actor.mentions,
  };
}

function linkedToEvent(analysis: Analysis, id: string): Linked {
  const event = analysis.events.find((e) => e.id === id);
  if (!event) return nothingLinked;
  const sentences = sentencesOf(analysis, event.evidence);
  const anchored = analysis.events.filter((e) => e.time.anchor?.event === id).map((e) => e.id);
  const anchor = event.time.anchor?.event;
  return {
    events: new Set([id, ...anchored, ...(anchor && analysis.events.some((e) => e.id === anchor) ? [anchor] : [])]),
    actors: new Set(event.actors),
    relations: ids(analysis.relations.filter((r) => anyOverlap(r.evidence, sentences))),
    claims: ids(analysis.claims.filter((c) => anyOverlap([c.evidence], event.evidence))),
    spans: event.evidence,
  };
}

function linkedToRelation(analysis: Analysis, id: string): Linked {
  const relation = analysis.relations.find((r) => r.id === id);
  if (!relation) return nothingLinked;
  const sentences = sentencesOf(analysis, relation.evidence);
  return {
    relations: new Set([id]),
    actors: new Set([relation.source, relation.target]),
    events: ids(analysis.events.filter((e) => anyOverlap(e.evidence, sentences))),
    claims: ids(analysis.claims.filter((c) => anyOverlap([c.evidence], relation.evidence))),
    spans: relation.evidence,
  };
}

function linkedToClaim(analysis: Analysis, id: string): Linked {
  const claim = analysis.claims.find((c) => c.id === id);
  if (!claim) return nothingLinked;
  const within = [claim.evidence];
  const mentioned = analysis.actors.filter((a) => anyOverlap(a.mentions, within)).map((a) => a.id);
  return {
    claims: new Set([id]),
    actors: new Set([...claim.sources, ...mentioned]),
    events: ids(analysis.events.filter((e) => anyOverlap(e.evidence, within))),
    relations: ids(analysis.relations.filter((r) => anyOverlap(r.evidence, within))),
    spans: within,
  };
}

/** The sentences holding `spans`: claims are sentence-level, so their evidence stands for the sentence. */
function sentencesOf(analysis: Analysis, spans: readonly Span[]): Span[] {
  const sentences = analysis.claims.map((c) => c.evidence).filter((s) => spans.some((span) => overlaps(s, span)));
  return sentences.length > 0 ? sentences : [...spans];
}

function ids(items: readonly { id: string }[]): Set<string> {
  return new Set(items.map((item) => item.id));
}
