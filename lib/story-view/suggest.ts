import type { Analysis } from "../model";
import { surnameKey } from "../story";

/** Why an article is suggested for a story with the open one. */
export type Suggestion = { id: string; score: number; sharedActors: string[]; sharedDates: number };

/** A shared actor counts this much more than one overlapping event date: names identify a story better than days. */
export const ACTOR_WEIGHT = 2;
// Who reports is not what is reported: outlets and unnamed sources never make two articles one story.
const IGNORED_KINDS = new Set(["media", "source"]);

/**
 * Ranks candidate articles for a story with `open`: by the actors they share (by id, by name or
 * alias, and people by surname) and by how many of their dated events overlap one of its events'
 * dates. Articles sharing nothing are left out; ties keep the candidates' order.
 */
export function suggestArticles(open: Analysis, candidates: readonly Analysis[]): Suggestion[] {
  const openKeys = actorKeys(open);
  const openRanges = dateRanges(open);
  return candidates
    .filter((c) => c.article.id !== open.article.id)
    .map((c, index) => {
      const sharedActors = c.actors.filter((a) => !IGNORED_KINDS.has(a.kind) && keysOf(a).some((k) => openKeys.has(k))).map((a) => a.name);
      const sharedDates = dateRanges(c).filter((r) => openRanges.some((o) => r.start <= o.end && o.start <= r.end)).length;
      const unique = [...new Set(sharedActors)];
      return { index, suggestion: { id: c.article.id, score: ACTOR_WEIGHT * unique.length + sharedDates, sharedActors: unique, sharedDates } };
    })
    .filter(({ suggestion }) => suggestion.score > 0)
    .sort((a, b) => b.suggestion.score - a.suggestion.score || a.index - b.index)
    .map(({ suggestion }) => suggestion);
}

type Keyed = Analysis["actors"][number];

function keysOf(actor: Keyed): string[] {
  const names = [actor.name, ...actor.aliases].map(fold).filter(Boolean);
  const keys = [`id:${actor.id}`, ...names.map((n) => `name:${n}`)];
  if (actor.kind === "leader" || actor.kind === "person" || actor.kind === "official") {
    const last = actor.name.trim().split(/\s+/).at(-1);
    if (last && actor.name.trim().includes(" ")) keys.push(`surname:${surnameKey(last)}`);
  }
  return keys;
}

function actorKeys(analysis: Analysis): Set<string> {
  return new Set(analysis.actors.filter((a) => !IGNORED_KINDS.has(a.kind)).flatMap(keysOf));
}

function dateRanges(analysis: Analysis): { start: string; end: string }[] {
  return analysis.events.flatMap((e) => (e.time.start ? [{ start: e.time.start, end: e.time.end ?? e.time.start }] : []));
}

function fold(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
