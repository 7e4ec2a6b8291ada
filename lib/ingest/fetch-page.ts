import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIpLiteral, isPublicAddress } from "./address";
import { ingestError, type IngestError } from "./extracted";

export type FetchPageOptions = {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /**
   * Addresses (`ip:port`) reachable although not public. Only tests set it, to serve pages from a
   * loopback server (`NEWSLINE_FETCH_TEST_HOSTS`); nothing else can reach this machine's network.
   */
  allowHosts?: ReadonlySet<string>;
  /** Name resolution (tests replace it to play DNS answers); defaults to the system resolver. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
};

export type FetchedPage = { ok: true; html: string; url: string };

export const FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 3 } as const;
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

/**
 * Fetches a web page for a user, as a request this server makes on their behalf: http(s) only, no
 * credentials in the address; each host is resolved first and every address it resolves to must be
 * public (the connection then goes to the address that was checked, so a second DNS answer cannot
 * slip in); redirects are followed by hand, at most 3, each checked the same way; one deadline for
 * the whole chain; the body is read up to a cap and must be HTML. Never throws.
 */
export async function fetchPage(address: string, options: FetchPageOptions = {}): Promise<FetchedPage | IngestError> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_DEFAULTS, ...options };
  const deadline = AbortSignal.timeout(timeoutMs);
  let current = address;
  try {
    for (let hop = 0; hop <= maxRedirects; hop++) {
      const target = await checkedTarget(current, options);
      if (!target.ok) return target;
      const answer = await request(target, deadline, maxBytes);
      if (!answer.ok) return answer;
      if (answer.redirect === null) return { ok: true, html: answer.html, url: current };
      if (hop === maxRedirects) return ingestError(422, "url", `redirects more than ${maxRedirects} times`);
      current = new URL(answer.redirect, current).toString();
    }
    return ingestError(422, "url", "could not be read");
  } catch (e) {
    if (deadline.aborted) return ingestError(422, "url", `did not answer within ${timeoutMs / 1000} s`);
    return ingestError(422, "url", `could not be reached (${e instanceof Error ? e.message.slice(0, 120) : "network error"})`);
  }
}

type Target = { ok: true; url: URL; ip: string; family: number };

async function checkedTarget(address: string, options: FetchPageOptions): Promise<Target | IngestError> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return ingestError(400, "url", "is not a web address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return ingestError(400, "url", "must be an http(s) address");
  if (url.username || url.password) return ingestError(400, "url", "must not carry a user name or password");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const addresses = isIpLiteral(host)
    ? [{ address: host, family: host.includes(":") ? 6 : 4 }]
    : await (options.resolve ?? ((h) => lookup(h, { all: true, verbatim: true })))(host).catch(() => []);
  if (addresses.length === 0) return ingestError(422, "url", `names a host that does not exist (${host.slice(0, 100)})`);
  const allowed = (a: { address: string }) => isPublicAddress(a.address) || options.allowHosts?.has(`${a.address}:${port}`) === true;
  // Every address must be public: a name that also resolves to a private one is refused outright.
  if (!addresses.every(allowed)) return ingestError(422, "url", "points to a private or local network address, which Newsline does not fetch");
  return { ok: true, url, ip: addresses[0]!.address, family: addresses[0]!.family };
}

type Answer = { ok: true; redirect: string; html: "" } | { ok: true; redirect: null; html: string };

function request(target: Target, signal: AbortSignal, maxBytes: number): Promise<Answer | IngestError> {
  const { url, ip, family } = target;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      {
        host: ip,
        family,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: "GET",
        servername: isIpLiteral(url.hostname) ? undefined : url.hostname,
        headers: {
          Host: url.host,
          Accept: "text/html,application/xhtml+xml;q=0.9",
          "User-Agent": "Newsline/1 (+article reader)",
          "Accept-Encoding": "identity",
        },
        signal,
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const done = (v: Answer | IngestError) => {
          res.destroy();
          resolve(v);
        };
        if (status >= 300 && status < 400 && res.headers.location) return done({ ok: true, redirect: res.headers.location, html: "" });
        if (status === 401 || status === 403 || status === 407)
          return done(ingestError(422, "url", `is behind a login or refuses readers (HTTP ${status}): save the page in your browser and upload the .html file`));
        if (status < 200 || status >= 300) return done(ingestError(422, "url", `answered HTTP ${status}, not a page`));
        const type = String(res.headers["content-type"] ?? "");
        if (!HTML_TYPES.test(type)) return done(ingestError(415, "url", `is not a web page (its type is ${type.split(";")[0]?.slice(0, 80) || "not given"})`));
        const length = Number(res.headers["content-length"]);
        if (length > maxBytes) return done(ingestError(413, "url", `is a page of ${(length / 1048576).toFixed(1)} MB, over the ${maxBytes / 1048576} MB limit`));
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) return done(ingestError(413, "url", `is a page over the ${maxBytes / 1048576} MB limit`));
          chunks.push(chunk);
        });
        res.on("end", () => resolve({ ok: true, redirect: null, html: decode(Buffer.concat(chunks), type) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

function decode(bytes: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** The test-only allow-list from `NEWSLINE_FETCH_TEST_HOSTS` (comma-separated `ip:port`). */
export function testHostsFromEnv(env: NodeJS.ProcessEnv = process.env): Set<string> | undefined {
  const list = env.NEWSLINE_FETCH_TEST_HOSTS?.split(",").map((s) => s.trim()).filter(Boolean);
  return list?.length ? new Set(list) : undefined;
}

/** `NEWSLINE_FETCH_TIMEOUT_MS`, at most the default 10 s (tests shorten it). */
export function fetchTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.NEWSLINE_FETCH_TIMEOUT_MS);
  return Number.isFinite(n) && n >= 100 ? Math.min(n, FETCH_DEFAULTS.timeoutMs) : FETCH_DEFAULTS.timeoutMs;
}
