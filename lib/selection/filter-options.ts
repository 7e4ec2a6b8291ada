import { actorKindStyle } from "../graph/style";
import type { Analysis } from "../model/analysis";
import { ActorKind, Certainty } from "../model/vocabulary";
import { outletOf } from "./outlet";

export type FilterOption<V extends string> = { value: V; label: string; count?: number };

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
  const certainty = count([...analysis.events, ...analysis.relations].map((i) => i.certainty));
  const outlet = outletOf(analysis);
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const cited = count([...analysis.events, ...analysis.relations, ...analysis.claims].flatMap((i) => [...new Set(i.sources)]));
  const framing = [...analysis.events, ...analysis.relations, ...analysis.claims].filter(
    (i) => i.sources.length === 1 && i.sources[0] === outlet,
  ).length;

  const actors: FilterOption<string>[] = [...analysis.actors]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((a) => ({ value: a.id, label: a.name, count: a.mentions.length }));
  const kindOptions: FilterOption<ActorKind>[] = ActorKind.filter((k) => kinds.has(k)).map((k) => ({
    value: k,
    label: actorKindStyle[k].label,
    count: kinds.get(k),
  }));
  const certaintyOptions: FilterOption<Certainty>[] = Certainty.filter((c) => certainty.has(c)).map((c) => ({
    value: c,
    label: c,
    count: certainty.get(c),
  }));
  const sources: FilterOption<string>[] = [...cited.keys()]
    .filter((id) => id !== outlet)
    .sort((a, b) => (cited.get(b) ?? 0) - (cited.get(a) ?? 0) || a.localeCompare(b))
    .map((id) => ({ value: id, label: names.get(id) ?? id, count: cited.get(id) }));
  if (outlet) sources.push({ value: outlet, label: `${names.get(outlet) ?? outlet}: own unattributed framing`, count: framing });
  return { actors, kinds: kindOptions, certainty: certaintyOptions, sources };
}
