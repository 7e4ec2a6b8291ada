"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import { createParser, useQueryStates } from "nuqs";
import type { Analysis } from "@/lib/model";
import { codecs, type Codec, type ViewState, serializeViewState, defaultViewState, validateViewState } from "@/lib/view";

function parser<T>(codec: Codec<T>) {
  return createParser<NonNullable<T>>({
    parse: (raw) => codec.parse(raw).value as NonNullable<T> | null,
    serialize: (value) => codec.serialize(value),
    eq: (a, b) => codec.serialize(a) === codec.serialize(b),
  });
}

// Selection and view are the steps Back/Forward walk through; window, lanes, focus and filters replace.
const push = { history: "push" } as const;
const parsers = {
  view: parser(codecs.view).withDefault(defaultViewState.view).withOptions(push),
  select: parser(codecs.select).withOptions(push),
  actors: parser(codecs.actors).withDefault([]),
  kinds: parser(codecs.kinds).withDefault([]),
  certainty: parser(codecs.certainty).withDefault([]),
  sources: parser(codecs.sources).withDefault([]),
  q: parser(codecs.q).withDefault(""),
  from: parser(codecs.from),
  to: parser(codecs.to),
  lanes: parser(codecs.lanes),
  focus: parser(codecs.focus),
};

/**
 * The dashboard's view state, read from and written to the URL through nuqs with the strict
 * codecs of lib/view. Ids the analysis does not have are dropped; on first load the URL is
 * rewritten once into its canonical form.
 */
export function useViewState(analysis: Analysis): { state: ViewState; update: (patch: Partial<ViewState>) => void } {
  const [raw, setRaw] = useQueryStates(parsers, { history: "replace", scroll: false });
  const state = useMemo(() => validateViewState(raw as ViewState, analysis).state, [raw, analysis]);
  const update = useCallback((patch: Partial<ViewState>) => void setRaw(patch), [setRaw]);

  const canonicalised = useRef(false);
  useEffect(() => {
    if (canonicalised.current) return;
    canonicalised.current = true;
    if (window.location.search.replace(/^\?/, "") !== serializeViewState(state)) void setRaw(state, { history: "replace" });
  }, [state, setRaw]);

  return { state, update };
}
