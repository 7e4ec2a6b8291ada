import { ANALYSIS_CACHE_CONTROL, etagMatches } from "../cache";

/** A stored JSON body with its ETag: 304 when the client's copy is current, else 200 with the bytes. */
export function cachedJson(request: Request, { body, etag }: { body: Uint8Array; etag: string }): Response {
  const headers = { ETag: etag, "Cache-Control": ANALYSIS_CACHE_CONTROL };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body as BodyInit, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}
