"use client";

import { useMemo } from "react";
import type { Analysis } from "@/lib/model/analysis";
import { ActorKind, Certainty } from "@/lib/model/vocabulary";
import { actorKindStyle } from "@/lib/graph/style";
import { outletOf } from "@/lib/selection/outlet";
import type { Filters as FilterValues } from "@/lib/selection/types";
import { isFiltering } from "@/lib/selection/filters";
import { CheckboxFilter, type FilterOption } from "./CheckboxFilter";
import { SearchBox } from "./SearchBox";

type Props = {
  analysis: Analysis;
  filters: FilterValues;
  onChange: (patch: Partial<FilterValues>) => void;
  maxSearchLength: number;
};

/** Actor, actor kind, certainty and source filters and the search box, over one analysis. */
export function Filters({ analysis, filters, onChange, maxSearchLength }: Props) {
  const options = useMemo(() => filterOptions(analysis), [analysis]);
  return (
    <div role="group" aria-label="Filters" className="flex flex-wrap items-center gap-2">
      <CheckboxFilter legend="Actors" options={options.actors} selected={filters.actors} onChange={(actors) => onChange({ actors })} />
      <CheckboxFilter legend="Kinds" options={options.kinds} selected={filters.kinds} onChange={(kinds) => onChange({ kinds })} />
      <CheckboxFilter legend="Certainty" options={options.certainty} selected={filters.certainty} onChange={(certainty) => onChange({ certainty })} />
      <CheckboxFilter legend="Sources" options={options.sources} selected={filters.sources} onChange={(sources) => onChange({ sources })} />
      <SearchBox value={filters.q} onChange={(q) => onChange({ q })} maxLength={maxSearchLength} />
      {isFiltering(filters) && (
        <button
          type="button"
          className="rounded px-2 py-1 text-sm text-accent hover:underline"
          onClick={() => onChange({ actors: [], kinds: [], certainty: [], sources: [], q: "" })}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}

/** The values each filter offers: only those that occur in the analysis, with how often. */
export function filterOptions(analysis: Analysis) {
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
