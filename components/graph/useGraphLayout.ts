"use client";

import { useEffect, useState } from "react";
import type { GraphLayout } from "@/lib/graph";
import type { Analysis } from "@/lib/model";

/**
 * The seeded layout of an analysis: the one given (computed on the server with the page), else
 * computed here with d3-force, which is then fetched on demand rather than shipped with the page.
 * While a new analysis is being laid out the previous layout stands in; null only if there is none.
 */
export function useGraphLayout(analysis: Analysis, given: GraphLayout | undefined): GraphLayout | null {
  const [computed, setComputed] = useState<{ analysis: Analysis; layout: GraphLayout } | null>(null);
  const needed = given === undefined;
  useEffect(() => {
    if (!needed) return;
    let cancelled = false;
    void import("@/lib/graph/layout").then(({ layoutGraph }) => {
      if (!cancelled) setComputed({ analysis, layout: layoutGraph(analysis) });
    });
    return () => {
      cancelled = true;
    };
  }, [analysis, needed]);
  return given ?? computed?.layout ?? null;
}
