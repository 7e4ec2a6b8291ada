import { baseUrl } from "./helpers";

/**
 * The security headers of issue 4 on every route family, including error answers (404 pages and
 * JSON, a 400 image) and the embed's static script: only /embed/* may be framed, by anyone; every
 * other answer refuses framing twice (CSP frame-ancestors 'none' and X-Frame-Options: DENY).
 * (embed.test.ts checks a few of these; this is the full matrix.)
 */
const SEED = "us-europe-ukraine-security-guarantees";

const FRAMEABLE = [
  `/embed/${SEED}/timeline`,
  `/embed/${SEED}/graph`,
  `/embed/${SEED}/table?theme=dark`,
  `/embed/${SEED}/timeline?view=bogus&select=event:nope`,
  "/embed/no-such-article/graph",
];
const NOT_FRAMEABLE = [
  "/",
  `/articles/${SEED}`,
  `/articles/${SEED}?view=graph&select=event:e1`,
  "/articles/no-such-article",
  "/no-such-page",
  "/api/articles",
  `/api/articles/${SEED}`,
  "/api/articles/no-such-article",
  `/api/articles/${SEED}/timeline.svg`,
  `/api/articles/${SEED}/graph.svg?theme=dark`,
  `/api/articles/${SEED}/timeline.png?width=400`,
  `/api/articles/${SEED}/graph.png`,
  `/api/articles/${SEED}/graph.png?width=wide`,
];
/** Static files: no policy of their own needed, but never sniffed and never leaking the referrer. */
const STATIC = ["/embed/resize.js", "/embed/timeline.js", "/embed/graph.js", "/embed/height.js"];

async function headersOf(path: string): Promise<{ status: number; get: (name: string) => string | null }> {
  const res = await fetch(baseUrl() + path, { redirect: "manual" });
  await res.arrayBuffer();
  return { status: res.status, get: (name) => res.headers.get(name) };
}

const frameAncestors = (csp: string | null) => /(?:^|;)\s*frame-ancestors\s+([^;]*)/.exec(csp ?? "")?.[1]?.trim() ?? null;

describe("security headers on every route family", () => {
  it.each(FRAMEABLE)("%s may be framed by any origin", async (path) => {
    const h = await headersOf(path);
    expect(h.status).toBeLessThan(500);
    expect(h.get("content-security-policy")).toBeTruthy();
    expect(frameAncestors(h.get("content-security-policy"))).toBe("*");
    expect(h.get("x-frame-options")).toBeNull();
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it.each(NOT_FRAMEABLE)("%s refuses to be framed", async (path) => {
    const h = await headersOf(path);
    expect(h.status).toBeLessThan(500);
    expect(h.get("content-security-policy")).toBeTruthy();
    expect(frameAncestors(h.get("content-security-policy"))).toBe("'none'");
    expect(h.get("x-frame-options")).toBe("DENY");
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it.each(STATIC)("%s is served with nosniff and the referrer policy", async (path) => {
    const h = await headersOf(path);
    expect(h.status).toBe(200);
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("no answer names the framework (x-powered-by)", async () => {
    for (const path of ["/", `/api/articles/${SEED}`, `/embed/${SEED}/graph`]) expect((await headersOf(path)).get("x-powered-by")).toBeNull();
  });
});

/**
 * The server's shared cache (server/shared-cache.mjs) answers repeats of the responses that opt in
 * with s-maxage, with the same security headers; pages and embeds, whose policy carries a fresh
 * nonce per request, never come from it.
 */
describe("the server's shared cache", () => {
  const SECURITY = ["content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy", "etag", "content-type"];
  const twice = async (path: string, headers: Record<string, string> = {}) => {
    const get = async () => {
      const res = await fetch(baseUrl() + path, { headers });
      return { res, body: await res.text() };
    };
    return [await get(), await get()] as const;
  };

  it.each([`/api/articles/${SEED}`, `/api/articles/${SEED}/timeline.svg?theme=dark`])(
    "answers a repeat of %s from the cache, headers and body unchanged",
    async (path) => {
      const [a, b] = await twice(path);
      expect(a.res.status).toBe(200);
      expect(b.res.status).toBe(200);
      expect(b.res.headers.get("age")).toMatch(/^\d+$/);
      expect(b.body).toBe(a.body);
      for (const name of SECURITY) expect([name, b.res.headers.get(name)]).toEqual([name, a.res.headers.get(name)]);
    },
  );

  it("goes to the app when the client asks for a fresh answer", async () => {
    const [, b] = await twice(`/api/articles/${SEED}`, { "Cache-Control": "no-cache" });
    expect(b.res.headers.get("age")).toBeNull();
  });

  it.each([`/articles/${SEED}`, `/embed/${SEED}/graph`])("never keeps %s: each answer has its own nonce", async (path) => {
    const [a, b] = await twice(path);
    expect(b.res.headers.get("age")).toBeNull();
    const nonce = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
    expect(nonce(a.res.headers.get("content-security-policy"))).toBeTruthy();
    expect(nonce(b.res.headers.get("content-security-policy"))).not.toBe(nonce(a.res.headers.get("content-security-policy")));
  });

  it.each(["/", "/new", `/articles/${SEED}`])("%s is rendered per request: every script carries this answer's nonce", async (path) => {
    const res = await fetch(`${baseUrl()}${path}`);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    const scripts = [...(await res.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });
});
