import { checkWrite, limiters, type Limiter } from "../guard";
import type { IngestError } from "../ingest";

const FIELD_NAMES: Record<string, string> = {
  text: "The text",
  title: "The title",
  url: "The link",
  file: "The file",
  published: "The publication date",
  referenceDate: "The reference date",
  source: "The outlet",
  dek: "The standfirst",
  language: "The language",
  token: "The token",
  body: "The request",
};

/** One sentence for a problem with a field: "The link points to a private … address." */
export function fieldSentence(field: string, detail: string): string {
  const sentence = `${FIELD_NAMES[field] ?? `The field "${field}"`} ${detail}`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

const JSON_HEADERS = { "Cache-Control": "no-store" };

export function jsonError(status: number, error: string, field?: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error, ...(field ? { field } : {}) }, { status, headers: { ...JSON_HEADERS, ...headers } });
}

export function ingestFailure(e: IngestError): Response {
  return jsonError(e.status, fieldSentence(e.field, e.error), e.field);
}

type Bucket = "writes" | "previews";

/**
 * A state-changing API route: the write guard (origin, token or loopback), then the client's rate
 * limit, then `handle`. Every refusal is a JSON `{ error }` with its status; nothing is cached.
 */
export async function guardedWrite(
  request: Request,
  bucket: Bucket,
  handle: (ctx: { client: string; beforeFetch: () => IngestError | null }) => Promise<Response>,
): Promise<Response> {
  const allowed = checkWrite(request);
  if (!allowed.ok) return jsonError(allowed.status, allowed.error);
  const limits = limiters();
  const limited = refuseOver(limits[bucket], allowed.client);
  if (limited) return limited;
  const beforeFetch = (): IngestError | null => {
    const taken = limits.fetches.take(allowed.client);
    return taken.ok ? null : { ok: false, status: 422, field: "url", error: `cannot be fetched now: too many links in a minute; try again in ${taken.retryAfterS} s` };
  };
  try {
    return await handle({ client: allowed.client, beforeFetch });
  } catch (e) {
    console.error("newsline: write failed:", e);
    return jsonError(500, "The article could not be saved: the server hit an error, and nothing was stored.");
  }
}

function refuseOver(limiter: Limiter, client: string): Response | null {
  const taken = limiter.take(client);
  if (taken.ok) return null;
  return jsonError(429, `Too many requests: try again in ${taken.retryAfterS} s.`, undefined, { "Retry-After": String(taken.retryAfterS) });
}
