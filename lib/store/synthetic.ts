import { Analysis } from "../model/analysis";
import { generateAnalysis } from "../synthetic/generate";
import { sha256 } from "./hash";
import type { StoredAnalysis } from "./store";

/**
 * Synthetic articles for the UI benchmark (`npm run bench:ui`): with NEWSLINE_SYNTHETIC=1 the store
 * answers ids like `synthetic-e1000-a500-r5000` (optionally `-s7` for the seed) with a generated
 * analysis of that size. Off by default, so a public server never generates on demand.
 */
const PATTERN = /^synthetic-e(\d{1,6})-a(\d{1,5})-r(\d{1,6})(?:-s(\d{1,6}))?$/;
const MAX = { events: 100_000, actors: 20_000, relations: 100_000 };
const cache = new Map<string, StoredAnalysis>();

export function syntheticEnabled(): boolean {
  return process.env.NEWSLINE_SYNTHETIC === "1";
}

/** The generated analysis for a synthetic id, or null when the id is not one (or synthetic ids are off). */
export function syntheticAnalysis(id: string): StoredAnalysis | null {
  if (!syntheticEnabled()) return null;
  const m = PATTERN.exec(id);
  if (!m) return null;
  const [events, actors, relations, seed] = [m[1], m[2], m[3], m[4] ?? "1"].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (events > MAX.events || actors > MAX.actors || relations > MAX.relations) return null;
  const cached = cache.get(id);
  if (cached) return cached;
  const generated = generateAnalysis({ events, actors, relations, seed });
  const analysis = Analysis.parse({ ...generated, article: { ...generated.article, id } });
  const json = JSON.stringify(analysis);
  const stored = { analysis, json, etag: `"${sha256(json).slice(0, 32)}"` };
  cache.set(id, stored);
  return stored;
}
