import type { Analysis } from "../model/analysis";
import { layoutGraph, type GraphLayout } from "./layout";

// The store hands out one analysis object per article content, so a WeakMap keyed by it computes each
// layout once for the dashboard, the embeds and the images together, and forgets it with the analysis.
const layouts = new WeakMap<Analysis, GraphLayout>();

/** `layoutGraph(analysis)` with its default seed and ticks, computed once per analysis object. */
export function seededGraphLayout(analysis: Analysis): GraphLayout {
  let layout = layouts.get(analysis);
  if (!layout) layouts.set(analysis, (layout = layoutGraph(analysis)));
  return layout;
}
