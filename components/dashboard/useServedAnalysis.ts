"use client";

import useSWR from "swr";
import type { GraphLayout } from "@/lib/graph";
import type { Analysis } from "@/lib/model";
import type { FilterOptions } from "@/lib/selection";

export const analysisKey = (id: string) => `/api/articles/${encodeURIComponent(id)}`;

async function fetchAnalysis(url: string): Promise<Analysis> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as Analysis;
}

/**
 * The article's analysis, kept fresh by SWR. The server already sent it: no refetch on mount; focus
 * and reconnect revalidate (ETag → 304). SWR keeps the served object while revalidation finds it
 * unchanged, so the server's graph layout and filter options hold; a new analysis is laid out in the
 * browser.
 */
export function useServedAnalysis(id: string, served: Analysis, servedLayout?: GraphLayout, servedOptions?: FilterOptions) {
  const { data } = useSWR<Analysis>(analysisKey(id), fetchAnalysis, { revalidateIfStale: false, revalidateOnFocus: true });
  const analysis = data!;
  const graphLayout = analysis === served ? servedLayout : undefined;
  const options = analysis === served ? servedOptions : undefined;
  return { analysis, graphLayout, options };
}
