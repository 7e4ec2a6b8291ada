/** True when an If-None-Match header names `etag` (weak or strong, in a list, or "*"). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** Browsers and proxies may keep an analysis a minute, then revalidate it cheaply with the ETag. */
export const ANALYSIS_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";
