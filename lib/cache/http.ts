/**
 * True when an If-None-Match header names `etag` (weak or strong, in a list, or "*"). The server's
 * shared cache (server/shared-cache.mjs, plain node, no TypeScript) has the same check.
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/**
 * Shared caches (the server's own, see server/shared-cache.mjs, or a CDN) keep a response no longer
 * than the store takes to notice a changed article folder (FOLDER_TTL_MS), so they add no staleness.
 */
export const SHARED_MAX_AGE_S = 3;

/** Browsers may keep an analysis a minute, then revalidate it cheaply with the ETag. */
export const ANALYSIS_CACHE_CONTROL = `public, max-age=60, s-maxage=${SHARED_MAX_AGE_S}, stale-while-revalidate=600`;

/** Images: five minutes in browsers (a drawing is rarely refetched), the store's delay in shared caches. */
export const IMAGE_CACHE_CONTROL = `public, max-age=300, s-maxage=${SHARED_MAX_AGE_S}`;
