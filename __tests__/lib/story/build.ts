import { mergeActors, mergeEvents } from "@/lib/story";
import type { Actor, Analysis, Claim, Event, Relation } from "@/lib/model";
import type { ActorKind, Certainty, EventKind, RelationKind } from "@/lib/model/vocabulary";

/** A hand-made analysis whose article text is its sentences; spans point at the first sentence. */
export function analysis(
  id: string,
  date: string,
  parts: {
    source?: string;
    actors?: Actor[];
    events?: Event[];
    relations?: Relation[];
    claims?: Claim[];
    text?: string;
  } = {},
): Analysis {
  const text = parts.text ?? "One sentence of text.";
  return {
    schemaVersion: 1,
    article: {
      id,
      title: id,
      source: parts.source ?? `Outlet ${id}`,
      url: null,
      published: date,
      referenceDate: { date, basis: "published" },
      language: "en",
      text,
    },
    actors: parts.actors ?? [],
    events: parts.events ?? [],
    relations: parts.relations ?? [],
    claims: parts.claims ?? [],
    timeExpressions: [],
  };
}

const whole = { start: 0, end: 5 };

export const actor = (
  name: string,
  kind: ActorKind,
  aliases: string[] = [],
  id = slugOf(name),
): Actor => ({
  id,
  name,
  kind,
  aliases,
  mentions: [whole],
});

export const event = (
  id: string,
  label: string,
  kind: EventKind,
  certainty: Certainty,
  time: Event["time"],
  actors: string[] = [],
): Event => ({ id, label, kind, time, certainty, actors, sources: [], evidence: [whole] });

export const relation = (
  id: string,
  source: string,
  kind: RelationKind,
  target: string,
): Relation => ({
  id,
  source,
  target,
  kind,
  label: kind,
  certainty: "fact",
  sources: [],
  evidence: [whole],
});

export const claim = (id: string, sources: string[], evaluative: boolean): Claim => ({
  id,
  evidence: whole,
  sources,
  evaluative,
});

export const on = (start: string, end?: string): Event["time"] =>
  end ? { type: "range", start, end } : { type: "date", start };

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** An event with no time. */
export const undated: Event["time"] = { type: "unknown" };

/** The merged story's events, each as the `article:event` ids of its reports. */
export const reportGroups = (analyses: Analysis[]) =>
  mergeEvents(analyses, mergeActors(analyses).idOf).map((e) => e.reports.map((r) => `${r.article}:${r.event}`));

/** One article whose text is one sentence, its events' evidence that sentence. */
export const oneSentenceArticle = (id: string, date: string, text: string, events: Event[]) =>
  analysis(id, date, {
    text,
    events: events.map((e) => ({ ...e, evidence: [{ start: 0, end: text.length }] })),
  });
