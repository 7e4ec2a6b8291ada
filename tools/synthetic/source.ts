import { LruCache } from "../../lib/cache";
import { Analysis } from "../../lib/model";
import type { AnalysisSource, StoredAnalysis } from "../../lib/store";
import { generateAnalysis } from "./generate";

type Store = typeof import("../../lib/store");

/**
 * Synthetic articles for the UI benchmark (`npm run bench:ui`) and the browser tests: with
 * NEWSLINE_SYNTHETIC=1 the store answers ids like `synthetic-e1000-a500-r5000` (optionally `-s7` for
 * the seed) with a generated analysis of that size. Off by default, so a public server never
 * generates on demand.
 */
const PATTERN = /^synthetic-e(\d{1,6})-a(\d{1,5})-r(\d{1,6})(?:-s(\d{1,6}))?$/;
const MAX = { events: 100_000, actors: 20_000, relations: 100_000 };

export function syntheticEnabled(): boolean {
  return process.env.NEWSLINE_SYNTHETIC === "1";
}

/** The source answering synthetic ids with generated analyses (null when the id is not one, or synthetic ids are off). */
function syntheticSource({ storedAnalysis }: Store): AnalysisSource {
  // Ids come from URLs: a few recent analyses are kept, never one per id asked for.
  const cache = new LruCache<StoredAnalysis>({ maxEntries: 4, maxBytes: 512 * 1024 * 1024, sizeOf: (s) => s.json.length * 2 + s.body.byteLength });
  return (id) => {
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
    const stored = storedAnalysis(analysis);
    cache.set(id, stored);
    return stored;
  };
}

/**
 * Makes the store answer synthetic ids (instrumentation.ts calls it when NEWSLINE_SYNTHETIC=1). The
 * store is imported here, not above, so that tests drawing generated analyses do not load it.
 */
export async function registerSyntheticSource(): Promise<void> {
  const store = await import("../../lib/store");
  store.registerAnalysisSource("synthetic", syntheticSource(store));
}
