"use client";

import { useCallback, useMemo } from "react";
import type { Analysis } from "@/lib/model";
import { applyFilters, isFiltering, linked as linkedTo, type Selection } from "@/lib/selection";
import { type LaneMode, type TimeWindow, defaultLaneMode } from "@/lib/timeline";
import { filtersOf, type ViewState } from "@/lib/view";
import { useViewState } from "./useViewState";

/**
 * The view state in the URL and what follows from it for every panel: the filters, what they leave
 * visible, what the selection links to, the time window and lanes, and the callbacks that change them.
 */
export function useLinkedView(analysis: Analysis) {
  const { state, update } = useViewState(analysis);
  const filters = useMemo(() => filtersOf(state), [state]);
  const visible = useMemo(() => applyFilters(analysis, filters), [analysis, filters]);
  const filtering = isFiltering(filters);
  const highlighted = useMemo(() => linkedTo(analysis, state.select), [analysis, state.select]);
  const select = useCallback((selection: Selection) => update({ select: selection }), [update]);
  const timeWindow = useMemo(() => (state.from && state.to ? { from: state.from, to: state.to } : null), [state.from, state.to]);
  const defaultLanes = useMemo(() => defaultLaneMode(analysis.events, analysis.actors), [analysis]);
  const lanes = state.lanes ?? defaultLanes;
  // choosing the article's default lanes leaves the URL without the parameter
  const onLanesChange = useCallback((l: LaneMode) => update({ lanes: l === defaultLanes ? null : l }), [update, defaultLanes]);
  const onWindowChange = useCallback((w: TimeWindow | null) => update(windowPatch(w)), [update]);
  const onFocusChange = useCallback((focus: string | null) => update({ focus }), [update]);
  return { state, update, filters, visible, filtering, highlighted, select, timeWindow, lanes, onLanesChange, onWindowChange, onFocusChange };
}

/** The timeline reports windows as ISO dates or date-times; the URL keeps whole days, in order. */
function windowPatch(w: TimeWindow | null): Pick<ViewState, "from" | "to"> {
  if (!w) return { from: null, to: null };
  const from = w.from.slice(0, 10);
  const to = w.to.slice(0, 10);
  return from <= to ? { from, to } : { from: to, to: from };
}
