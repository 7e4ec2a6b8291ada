/**
 * How Newsline caches; every cache with its key and bounds is listed in docs/performance.md
 * ("Caching"). Entries are named by content (an analysis's ETag, a hash of its JSON, plus the
 * canonical parameters), so they are evicted or expire, never invalidated; in-process caches are
 * LRUs bounded by entries and bytes, so hostile URLs evict one another instead of growing memory.
 * server/shared-cache.mjs is the same design in front of Next, in plain node (lru-cache, own ETag check).
 */
export { LruCache, type LruOptions, type LruStats } from "./lru";
export { processWide } from "./process";
export { etagMatches, SHARED_MAX_AGE_S, ANALYSIS_CACHE_CONTROL, IMAGE_CACHE_CONTROL } from "./http";
