/**
 * How Newsline caches, in one place (the list of caches and their bounds: docs/performance.md,
 * "Caching"). What is cached is named by its content, so nothing is ever invalidated, only evicted
 * or expired:
 * - Keys and validators: an analysis's ETag is a hash of its JSON (lib/store/stored.ts). What is made
 *   from an analysis (images, embeds, a story's merge) is keyed by that hash plus the parsed,
 *   canonical parameters, never the raw query string, so equivalent URLs share one entry.
 * - In process: `LruCache`, bounded by entries and by bytes, so a fuzzer's distinct URLs evict one
 *   another instead of growing memory; each held once per process (`processWide`).
 * - Over HTTP: the `Cache-Control` values below. Shared caches keep an answer `SHARED_MAX_AGE_S`,
 *   the interval at which the store rechecks its folder, so they add no staleness; browsers
 *   revalidate with the ETag (`etagMatches`, a 304).
 * - server/shared-cache.mjs is the same design in front of Next (an LRU bounded by bytes, keyed by
 *   URL and Accept-Encoding, fresh for s-maxage, 304 on the ETag); it is plain .mjs run by node, so
 *   it uses the lru-cache package and its own copy of the ETag check.
 */
export { LruCache, type LruOptions, type LruStats } from "./lru";
export { processWide } from "./process";
export { etagMatches, SHARED_MAX_AGE_S, ANALYSIS_CACHE_CONTROL, IMAGE_CACHE_CONTROL } from "./http";
