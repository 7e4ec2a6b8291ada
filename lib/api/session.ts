import type { z } from "zod";
import { CLIENT_IP_HEADER, limiters, tokenMatches, writeCookie } from "../guard";
import { jsonError } from "./write-route";

/**
 * The token form's endpoint. Same-origin only, and rate-limited like writes, so the token cannot be
 * guessed at speed; with no token configured there is nothing to sign in to.
 */
export async function guardedWriteToken(request: Request, schema: z.ZodType<{ token: string }>): Promise<Response> {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  if (origin !== null && safeHost(origin) !== host) return jsonError(403, "Refused: the request comes from another site");
  const taken = limiters().writes.take(request.headers.get(CLIENT_IP_HEADER) ?? "");
  if (!taken.ok) return jsonError(429, `Too many attempts: try again in ${taken.retryAfterS} s.`, undefined, { "Retry-After": String(taken.retryAfterS) });
  const token = process.env.NEWSLINE_WRITE_TOKEN?.trim();
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

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
