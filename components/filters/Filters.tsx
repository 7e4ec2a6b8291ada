"use client";

import { useMemo } from "react";
import type { Analysis } from "@/lib/model";
import { filterOptions, type FilterOptions, type Filters as FilterValues, isFiltering } from "@/lib/selection";
import { CheckboxFilter } from "./CheckboxFilter";
import { SearchBox } from "./SearchBox";

type Props = {
  analysis: Analysis;
  filters: FilterValues;
  onChange: (patch: Partial<FilterValues>) => void;
  maxSearchLength: number;
  /** filterOptions(analysis) when the server already computed it */
  options?: FilterOptions;
};

/** Actor, actor kind, certainty and source filters and the search box, over one analysis. */
export function Filters({ analysis, filters, onChange, maxSearchLength, options: given }: Props) {
  const options = useMemo(() => given ?? filterOptions(analysis), [given, analysis]);
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
