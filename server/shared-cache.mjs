// @ts-check
/**
 * A shared HTTP cache in front of Next, in the server's own process: what a CDN would do for the
 * responses that opt in with `Cache-Control: public, s-maxage=N`. Freshness, Vary and request
 * directives (`no-cache`, `Authorization`…) follow RFC 9111 via http-cache-semantics; entries live in
 * an LRU bounded by bytes. Pages (per-request CSP nonce, `private, no-store`) never opt in.
 *
 * A hit is answered here without entering Next (about a tenth of Next's per-request cost); a miss goes
 * to Next, and its response is recorded on the way out if its headers allow.
 *
 * The same cache design as the app's (lib/cache/index.ts: content-named answers, byte-bounded LRU,
 * ETag validators); plain .mjs run by node, so it cannot import it and keeps its own ETag check.
 */
import CachePolicy from "http-cache-semantics";
import { LRUCache } from "lru-cache";

/** @typedef {import("node:http").IncomingMessage} Req */
/** @typedef {import("node:http").ServerResponse} Res */
/** @typedef {{ policy: CachePolicy, body: Buffer }} Entry */

// Room for the hot answers of a few dozen articles (an analysis is 20–200 KB, a drawing 10–300 KB).
const DEFAULTS = { maxBytes: 16 * 1024 * 1024, maxEntryBytes: 2 * 1024 * 1024 };

/**
 * @param {{ maxBytes?: number, maxEntryBytes?: number }} [options]
 */
export function createSharedCache(options = {}) {
  const { maxBytes, maxEntryBytes } = { ...DEFAULTS, ...options };
  /** @type {LRUCache<string, Entry>} */
  const entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (e) => Math.max(1, e.body.length) });
  const stats = { hits: 0, misses: 0, stored: 0 };

  /** The cache key: method, URL and the request header the compressed variants vary on. */
  const keyOf = (/** @type {Req} */ req) => `${req.url}\n${req.headers["accept-encoding"] ?? ""}`;
  const asRequest = (/** @type {Req} */ req) => ({ url: req.url, method: req.method, headers: req.headers });

  /**
   * Answers `req` from the cache when a fresh, matching response is stored; returns whether it did.
   * @param {Req} req @param {Res} res
   */
  function serve(req, res) {
    if (req.method !== "GET") return false;
    const entry = entries.get(keyOf(req));
    if (!entry || !entry.policy.satisfiesWithoutRevalidation(asRequest(req))) {
      stats.misses++;
      return false;
    }
    stats.hits++;
    const headers = /** @type {Record<string, string | string[]>} */ (entry.policy.responseHeaders());
    const etag = headers.etag;
    if (typeof etag === "string" && etagMatches(req.headers["if-none-match"], etag)) {
      delete headers["content-length"];
      delete headers["content-encoding"];
      delete headers["content-type"];
      res.writeHead(304, headers);
      res.end();
    } else {
      headers["content-length"] = String(entry.body.length);
      res.writeHead(200, headers);
      res.end(entry.body);
    }
    return true;
  }

  /**
   * Records what Next sends for `req` (status, headers, body as written: compressed if it was), and
   * stores it once the response is finished, if the policy allows.
   * @param {Req} req @param {Res} res
   */
  function record(req, res) {
    if (req.method !== "GET") return;
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let tooBig = false;
    const collect = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) => {
      if (tooBig || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buf = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === "string"
          ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8"))
          : Buffer.from(/** @type {Uint8Array} */ (chunk));
      size += buf.length;
      if (size > maxEntryBytes) {
        tooBig = true;
        chunks.length = 0;
      } else chunks.push(buf);
    };
    const write = res.write;
    const end = res.end;
    res.write = /** @type {Res["write"]} */ (
      function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
        collect(chunk, rest[0]);
        return Reflect.apply(write, this, [chunk, ...rest]);
      }
    );
    res.end = /** @type {Res["end"]} */ (
      function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
        collect(chunk, rest[0]);
        return Reflect.apply(end, this, [chunk, ...rest]);
      }
    );
    res.once("finish", () => {
      if (tooBig || res.statusCode !== 200) return;
      const headers = /** @type {Record<string, string | string[]>} */ ({});
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value : String(value);
      }
      const policy = new CachePolicy(asRequest(req), { status: res.statusCode, headers }, { shared: true });
      if (!policy.storable() || policy.timeToLive() <= 0) return;
      const body = Buffer.concat(chunks);
      entries.set(keyOf(req), { policy, body }, { ttl: policy.timeToLive() });
      stats.stored++;
    });
  }

  return { serve, record, stats, get size() { return entries.size; }, get bytes() { return entries.calculatedSize; } };
}

/** Whether an If-None-Match header names `etag` (weak comparison, `*` included), as lib/cache/http.ts. */
function etagMatches(/** @type {string | undefined} */ header, /** @type {string} */ etag) {
  if (!header) return false;
  const bare = (/** @type {string} */ t) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}
