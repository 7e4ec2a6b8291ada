import type { z } from "zod";
import { CLIENT_IP_HEADER, CROSS_SITE, fromAnotherSite, limiters, tokenMatches, writeCookie, writeToken } from "../guard";
import { jsonError } from "./write-route";

/**
 * The token form's endpoint. Same-origin only, and rate-limited like writes, so the token cannot be
 * guessed at speed; with no token configured there is nothing to sign in to.
 */
export async function guardedWriteToken(request: Request, schema: z.ZodType<{ token: string }>): Promise<Response> {
  if (fromAnotherSite(request)) return jsonError(403, CROSS_SITE);
  const taken = limiters().writes.take(request.headers.get(CLIENT_IP_HEADER) ?? "");
  if (!taken.ok) return jsonError(429, `Too many attempts: try again in ${taken.retryAfterS} s.`, undefined, { "Retry-After": String(taken.retryAfterS) });
  const token = writeToken();
  if (!token) return jsonError(409, "This Newsline has no write token: only this machine may add articles.", "token");
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError(400, "The request must be JSON { token }.", "token");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success || !tokenMatches(parsed.data.token.trim(), token)) return jsonError(401, "The write token is not right.", "token");
  const secure = new URL(request.url).protocol === "https:";
  return new Response(null, { status: 204, headers: { "Set-Cookie": writeCookie(token, secure), "Cache-Control": "no-store" } });
}
