import type { Actor, Analysis, Span } from "../model";
import type { Filters, ItemSets } from "./types";
import { isOutletFraming, outletOf } from "./outlet";
import { anyOverlap } from "./spans";

/** True when at least one filter narrows the views. */
export function isFiltering(filters: Filters): boolean {
  return (
    filters.actors.length > 0 ||
    filters.kinds.length > 0 ||
    filters.certainty.length > 0 ||
    filters.sources.length > 0 ||
    normalizeForSearch(filters.q).length > 0
  );
}

/**
 * The items every view shows under `filters`. Constraints combine with AND; values inside one
 * constraint combine with OR. Actor and kind filters keep items involving a matching actor; the
 * certainty filter keeps events and relations of that certainty and the claims that carry them;
 * a source filter keeps items whose attribution chain contains that source, except the outlet,
 * which stands for the outlet's own unattributed framing (a chain of the outlet alone); `q`
 * searches labels, evidence text and the names of the actors and sources involved.
 */
export function applyFilters(analysis: Analysis, filters: Filters): ItemSets {
  const text = analysis.article.text;
  const actorById = new Map(analysis.actors.map((a) => [a.id, a]));
  const outlet = outletOf(analysis);
  const q = normalizeForSearch(filters.q);
  const byActor = filters.actors.length > 0 || filters.kinds.length > 0;
  const actorSet = new Set(filters.actors);
  const kindSet = new Set<string>(filters.kinds);
  const certaintySet = new Set<string>(filters.certainty);

  const actorMatches = (id: string) => {
    const actor = actorById.get(id);
    if (!actor) return false;
    return (actorSet.size === 0 || actorSet.has(id)) && (kindSet.size === 0 || kindSet.has(actor.kind));
  };
  const sourceMatches = (sources: readonly string[]) =>
    filters.sources.length === 0 ||
    filters.sources.some((s) => (s === outlet ? isOutletFraming(sources, outlet) : sources.includes(s)));
  const certaintyMatches = (c: string) => certaintySet.size === 0 || certaintySet.has(c);
  const searchMatches = (labels: readonly string[], spans: readonly Span[], actorIds: readonly string[]) =>
    q.length === 0 ||
    labels.some((l) => normalizeForSearch(l).includes(q)) ||
    spans.some((s) => normalizeForSearch(text.slice(s.start, s.end)).includes(q)) ||
    actorIds.some((id) => actorSearchMatches(actorById.get(id), q));

  const events = analysis.events.filter(
    (e) =>
      (!byActor || e.actors.some(actorMatches)) &&
      certaintyMatches(e.certainty) &&
      sourceMatches(e.sources) &&
      searchMatches([e.label, e.time.text ?? ""], e.evidence, [...e.actors, ...e.sources]),
  );
  const relations = analysis.relations.filter(
    (r) =>
      (!byActor || actorMatches(r.source) || actorMatches(r.target)) &&
      certaintyMatches(r.certainty) &&
      sourceMatches(r.sources) &&
      searchMatches([r.label], r.evidence, [r.source, r.target, ...r.sources]),
  );
  const certainEvidence = [...analysis.events, ...analysis.relations]
    .filter((item) => certaintyMatches(item.certainty))
    .flatMap((item) => item.evidence);
  const claims = analysis.claims.filter(
    (c) =>
      (!byActor ||
        c.sources.some(actorMatches) ||
        analysis.actors.some((a) => actorMatches(a.id) && anyOverlap(a.mentions, [c.evidence]))) &&
      (certaintySet.size === 0 || anyOverlap(certainEvidence, [c.evidence])) &&
      sourceMatches(c.sources) &&
      searchMatches([], [c.evidence], c.sources),
  );

  const othersActive = certaintySet.size > 0 || filters.sources.length > 0 || q.length > 0;
  const involved = new Set<string>([
    ...events.flatMap((e) => [...e.actors, ...e.sources]),
    ...relations.flatMap((r) => [r.source, r.target, ...r.sources]),
    ...claims.flatMap((c) => c.sources),
  ]);
  const actors = new Set(
    analysis.actors
      .filter((a) => actorMatches(a.id) && (!othersActive || involved.has(a.id) || actorSearchMatches(a, q)))
      .map((a) => a.id),
  );
  // Filtering by named actors keeps their counterparts, so the graph can draw their relations.
  if (filters.actors.length > 0 && kindSet.size === 0) for (const r of relations) actors.add(r.source).add(r.target);

  return {
    events: new Set(events.map((e) => e.id)),
    relations: new Set(relations.map((r) => r.id)),
    claims: new Set(claims.map((c) => c.id)),
    actors,
  };
}

function actorSearchMatches(actor: Actor | undefined, q: string): boolean {
  if (!actor || q.length === 0) return false;
  return [actor.name, ...actor.aliases].some((n) => normalizeForSearch(n).includes(q));
}

/** Case- and accent-insensitive form used for search: "Élysée" matches "elysee". */
export function normalizeForSearch(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}
