import { type Analysis, ActorKind, actorKindLabel, Certainty } from "../model";
import { outletOf } from "./outlet";

/** How many of each kind of item a filter value would keep: "5 events, 2 relations". */
export type ItemCounts = { events?: number; relations?: number; claims?: number; actors?: number; mentions?: number };
export type FilterOption<V extends string> = { value: V; label: string; counts?: ItemCounts };

const NOUNS: Record<keyof ItemCounts, [string, string]> = {
  events: ["event", "events"],
  relations: ["relation", "relations"],
  claims: ["claim", "claims"],
  actors: ["actor", "actors"],
  mentions: ["mention", "mentions"],
};

/** The counts in words, kinds of item never mixed: "5 events, 2 relations"; zero counts left out. */
export function countsText(counts: ItemCounts): string {
  return (Object.keys(NOUNS) as (keyof ItemCounts)[])
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => `${counts[k]} ${NOUNS[k][counts[k] === 1 ? 0 : 1]}`)
    .join(", ");
}

export type FilterOptions = {
  actors: FilterOption<string>[];
  kinds: FilterOption<ActorKind>[];
  certainty: FilterOption<Certainty>[];
  sources: FilterOption<string>[];
};

/**
 * The values each filter offers: only those that occur in the analysis, with how often. Pure, so the
 * page computes it with the HTML and the browser does not sort names (a collator) while hydrating.
 */
export function filterOptions(analysis: Analysis): FilterOptions {
  const count = <T,>(values: T[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>());
  const kinds = count(analysis.actors.map((a) => a.kind));
  const eventCertainty = count(analysis.events.map((i) => i.certainty));
  const relationCertainty = count(analysis.relations.map((i) => i.certainty));
  const outlet = outletOf(analysis);
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const citedIn = (items: readonly { sources: readonly string[] }[]) => count(items.flatMap((i) => [...new Set(i.sources)]));
  const cited = { events: citedIn(analysis.events), relations: citedIn(analysis.relations), claims: citedIn(analysis.claims) };
  const citedIds = new Set([...cited.events.keys(), ...cited.relations.keys(), ...cited.claims.keys()]);
  const sourceCounts = (id: string): ItemCounts => ({ events: cited.events.get(id), relations: cited.relations.get(id), claims: cited.claims.get(id) });
  const total = (c: ItemCounts) => (c.events ?? 0) + (c.relations ?? 0) + (c.claims ?? 0);
  const own = (items: readonly { sources: readonly string[] }[]) => items.filter((i) => i.sources.length === 1 && i.sources[0] === outlet).length;
  const framing: ItemCounts = { events: own(analysis.events), relations: own(analysis.relations), claims: own(analysis.claims) };

  const actors: FilterOption<string>[] = [...analysis.actors]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((a) => ({ value: a.id, label: a.name, counts: { mentions: a.mentions.length } }));
  const kindOptions: FilterOption<ActorKind>[] = ActorKind.filter((k) => kinds.has(k)).map((k) => ({
    value: k,
    label: actorKindLabel[k],
    counts: { actors: kinds.get(k) },
  }));
  const certaintyOptions: FilterOption<Certainty>[] = Certainty.filter((c) => eventCertainty.has(c) || relationCertainty.has(c)).map((c) => ({
    value: c,
    label: c,
    counts: { events: eventCertainty.get(c), relations: relationCertainty.get(c) },
  }));
  const sources: FilterOption<string>[] = [...citedIds]
    .filter((id) => id !== outlet)
    .sort((a, b) => total(sourceCounts(b)) - total(sourceCounts(a)) || a.localeCompare(b))
    .map((id) => ({ value: id, label: names.get(id) ?? id, counts: sourceCounts(id) }));
  if (outlet) sources.push({ value: outlet, label: `${names.get(outlet) ?? outlet}: own unattributed framing`, counts: framing });
  return { actors, kinds: kindOptions, certainty: certaintyOptions, sources };
}
