import { processWide } from "../cache";
import type { StoredAnalysis } from "./stored";

/** A source of analyses asked before the article folder: the analysis of an id it owns, else null. */
export type AnalysisSource = (id: string) => StoredAnalysis | null;

// One per process: the source is registered from instrumentation.ts, a bundle apart from the routes'.
const sources = processWide("store.sources", () => new Map<string, AnalysisSource>());

/** Adds (or, under the same name, replaces) a source; the production store registers none. */
export function registerAnalysisSource(name: string, source: AnalysisSource): void {
  sources.set(name, source);
}

/** The first registered source's answer for an id, or null. */
export function sourcedAnalysis(id: string): StoredAnalysis | null {
  for (const source of sources.values()) {
    const found = source(id);
    if (found) return found;
  }
  return null;
}
