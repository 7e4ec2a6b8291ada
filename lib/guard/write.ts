import { createHmac, timingSafeEqual } from "node:crypto";
import ipaddr from "ipaddr.js";

/** The header the server (server/index.mjs) sets to the client's socket address, overwriting any sent. */
export const CLIENT_IP_HEADER = "x-newsline-client-ip";
export const WRITE_COOKIE = "newsline_write";

export type WriteCheck = { ok: true; client: string } | { ok: false; status: 401 | 403; error: string };

/**
 * Whether a request may change state (add or delete an article, or preview one, which fetches and
 * analyses). Browsers' cross-site requests are refused by their `Origin` (and `Sec-Fetch-Site`).
 * With no `NEWSLINE_WRITE_TOKEN`, only this machine may write, and only under a loopback host name,
 * so a page on another site that rebinds its name to 127.0.0.1 gets nothing. With a token, a request
 * needs it: as `Authorization: Bearer …`, or the HttpOnly cookie that `POST /api/session` sets.
 */
export function checkWrite(request: Request, token: string | undefined = writeToken()): WriteCheck {
  const headers = request.headers;
  const client = headers.get(CLIENT_IP_HEADER) ?? "";
  const host = headers.get("host") ?? "";
  if (fromAnotherSite(request)) return { ok: false, status: 403, error: CROSS_SITE };
  if (token) {
    const bearer = bearerOf(headers);
    const cookie = cookieOf(headers);
    if ((bearer !== null && safeEqual(bearer, token)) || (cookie !== null && safeEqual(cookie, cookieValue(token)))) return { ok: true, client };
    return {
      ok: false,
      status: 401,
      error: bearer || cookie ? "The write token is not right" : "Adding or deleting articles on this Newsline needs its write token",
    };
  }
  if (isLoopback(client) && isLoopbackHost(host)) return { ok: true, client };
  return {
    ok: false,
    status: 403,
    error: "Only this machine may add or delete articles here (set NEWSLINE_WRITE_TOKEN to let others in with a token)",
  };
}

export const CROSS_SITE = "Refused: the request comes from another site";

/** This instance's write token (`NEWSLINE_WRITE_TOKEN`), or undefined when none is set. */
export function writeToken(): string | undefined {
  return process.env.NEWSLINE_WRITE_TOKEN?.trim() || undefined;
}

/**
 * Whether a browser sent this request from another site: an `Origin` that is not this host ("null",
 * from a sandboxed frame or a file, is no origin of ours), or `Sec-Fetch-Site` saying so.
 */
export function fromAnotherSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      // not a URL: not this host
    }
    if (originHost !== (request.headers.get("host") ?? "")) return true;
  }
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}

/** Whether a token typed by a user is this instance's write token (compared in constant time). */
export function tokenMatches(given: string, token: string | undefined = writeToken()): boolean {
  return token !== undefined && safeEqual(given, token);
}

/** The cookie carries a MAC of the token, not the token itself. */
export function cookieValue(token: string): string {
  return createHmac("sha256", token).update("newsline-write-cookie-v1").digest("base64url");
}

export function writeCookie(token: string, secure: boolean): string {
  return `${WRITE_COOKIE}=${cookieValue(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${30 * 86400}${secure ? "; Secure" : ""}`;
}

function bearerOf(headers: Headers): string | null {
  const m = /^Bearer\s+(.+)$/i.exec(headers.get("authorization") ?? "");
  return m ? m[1]!.trim() : null;
}

function cookieOf(headers: Headers): string | null {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === WRITE_COOKIE) return value.join("=");
  }
  return null;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function isLoopback(ip: string): boolean {
  if (!ipaddr.isValid(ip)) return false;
  let addr = ipaddr.parse(ip);
  if (addr.kind() === "ipv6" && (addr as ipaddr.IPv6).isIPv4MappedAddress()) addr = (addr as ipaddr.IPv6).toIPv4Address();
  return addr.range() === "loopback";
}

function isLoopbackHost(host: string): boolean {
  const name = host.replace(/:\d+$/, "").replace(/^\[|\]$/g, "").toLowerCase();
  return name === "localhost" || name.endsWith(".localhost") || isLoopback(name);
}
