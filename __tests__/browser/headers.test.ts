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
const STATIC = ["/embed/resize.js", "/embed/timeline.js", "/embed/graph.js"];

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
