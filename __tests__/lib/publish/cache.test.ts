import {
  cachedChartPng,
  cachedChartSvg,
  cachedEmbed,
  embedKey,
  EMBED_CACHE_LIMITS,
  imageKey,
  IMAGE_CACHE_LIMITS,
  renderCacheStats,
  resetRenderCaches,
} from "@/lib/publish/cache";
import { chartSvg } from "@/lib/publish/images";
import { BusyError } from "@/lib/publish/limit";
import { renderEmbed } from "@/lib/publish/page";
import { parseEmbedParams, parseImageParams, type ImageParams } from "@/lib/publish/params";
import { respondImage } from "@/lib/publish/respond";
import { getAnalysis, storedAnalysis as stored, type StoredAnalysis } from "@/lib/store";

const SEED = "us-europe-ukraine-security-guarantees";

async function seed(): Promise<StoredAnalysis> {
  const found = await getAnalysis(SEED);
  if (found.kind !== "ok") throw new Error(`seed not available: ${found.kind}`);
  return found.stored;
}

/** The same article re-analysed: a different analysis under the same id. */
function reanalysed(s: StoredAnalysis): StoredAnalysis {
  return stored({ ...s.analysis, article: { ...s.analysis.article, title: `${s.analysis.article.title} (updated)` } });
}

function image(query: string): ImageParams {
  const p = parseImageParams(query);
  if (!p.ok) throw new Error(p.error);
  return p.value;
}

beforeEach(() => resetRenderCaches());

describe("cachedChartSvg(stored, kind, params)", () => {
  it("returns chartSvg's document, drawing it once per key", async () => {
    const s = await seed();
    const first = cachedChartSvg(s, "timeline", image("width=700"));
    expect(first).toBe(chartSvg("timeline", s.analysis, image("width=700")));
    expect(cachedChartSvg(s, "timeline", image("width=700"))).toBe(first);
    expect(renderCacheStats().images).toMatchObject({ entries: 1, hits: 1, misses: 1 });
  });

  it("keys on the content hash: a re-analysed article is drawn anew, not served stale", async () => {
    const s = await seed();
    const before = cachedChartSvg(s, "timeline", image(""));
    const after = cachedChartSvg(reanalysed(s), "timeline", image(""));
    expect(after).not.toBe(before);
    expect(after).toContain("(updated)");
    expect(imageKey(s, "timeline", "svg", image(""))).not.toBe(imageKey(reanalysed(s), "timeline", "svg", image("")));
  });

  it("keys on the parsed parameters: equivalent query strings share an entry, different ones do not", async () => {
    const s = await seed();
    expect(imageKey(s, "graph", "svg", image("width=0700&theme=light"))).toBe(imageKey(s, "graph", "svg", image("width=700")));
    expect(imageKey(s, "graph", "svg", image("width=700"))).not.toBe(imageKey(s, "graph", "svg", image("width=701")));
    expect(imageKey(s, "graph", "svg", image("width=700"))).not.toBe(imageKey(s, "graph", "svg", image("width=700&theme=dark")));
    expect(imageKey(s, "graph", "svg", image(""))).not.toBe(imageKey(s, "timeline", "svg", image("")));
    expect(imageKey(s, "graph", "svg", image(""))).not.toBe(imageKey(s, "graph", "png", image("")));
    expect(imageKey(s, "graph", "svg", image(""))).not.toBe(imageKey(s, "graph", "svg", image("lanes=certainty")));
  });

  it("stays within its entry and byte limits over 1,000 distinct query strings", async () => {
    const s = await seed();
    for (let i = 0; i < 1000; i++) cachedChartSvg(s, i % 2 ? "graph" : "timeline", image(`width=${320 + i}`));
    const { entries, bytes, evictions } = renderCacheStats().images;
    expect(entries).toBeLessThanOrEqual(IMAGE_CACHE_LIMITS.maxEntries);
    expect(bytes).toBeLessThanOrEqual(IMAGE_CACHE_LIMITS.maxBytes);
    expect(evictions).toBeGreaterThanOrEqual(1000 - IMAGE_CACHE_LIMITS.maxEntries);
  });
});

describe("cachedChartPng(stored, kind, params, render)", () => {
  const fakePng = (svg: string) => Promise.resolve(new Uint8Array(Buffer.from(`png:${svg.length}`)));

  it("renders once for concurrent requests of one image, then answers from the cache", async () => {
    const s = await seed();
    const render = jest.fn(async (svg: string) => {
      await new Promise((r) => setTimeout(r, 10));
      return fakePng(svg);
    });
    const all = await Promise.all(Array.from({ length: 50 }, () => cachedChartPng(s, "graph", image(""), render)));
    expect(render).toHaveBeenCalledTimes(1);
    expect(new Set(all).size).toBe(1);
    await cachedChartPng(s, "graph", image(""), render);
    expect(render).toHaveBeenCalledTimes(1);
    expect(renderCacheStats().rendering).toBe(0);
  });

  it("renders again for a re-analysed article", async () => {
    const s = await seed();
    const render = jest.fn(fakePng);
    await cachedChartPng(s, "timeline", image(""), render);
    await cachedChartPng(reanalysed(s), "timeline", image(""), render);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it("does not cache a failed render", async () => {
    const s = await seed();
    const failing = jest.fn(() => Promise.reject(new BusyError()));
    await expect(cachedChartPng(s, "timeline", image(""), failing)).rejects.toBeInstanceOf(BusyError);
    expect(renderCacheStats().rendering).toBe(0);
    const render = jest.fn(fakePng);
    await cachedChartPng(s, "timeline", image(""), render);
    expect(render).toHaveBeenCalledTimes(1);
  });
});

describe("cachedEmbed(stored, kind, params, nonce)", () => {
  it.each(["timeline", "graph", "table"] as const)("is renderEmbed('%s', …) with each request's own nonce", async (kind) => {
    const s = await seed();
    const params = parseEmbedParams("theme=dark&junk=1");
    for (const nonce of ["bm9uY2Utb25lLXh4eHh4eA==", "c2Vjb25kLW5vbmNlLXl5eQ=="])
      expect(cachedEmbed(s, kind, params, nonce)).toBe(renderEmbed(kind, s.analysis, params, nonce));
    expect(renderCacheStats().embeds).toMatchObject({ entries: 1, hits: 1 });
  });

  it("keys on content hash, parameters and notices", async () => {
    const s = await seed();
    const key = (stored: StoredAnalysis, q: string) => embedKey(stored, "timeline", parseEmbedParams(q));
    expect(key(s, "")).not.toBe(key(reanalysed(s), ""));
    expect(key(s, "")).not.toBe(key(s, "controls=0"));
    expect(key(s, "junk=a")).not.toBe(key(s, "junk=b"));
    expect(key(s, "theme=light")).toBe(key(s, ""));
    const stale = cachedEmbed(s, "timeline", parseEmbedParams(""), "bm9uY2Utb25lLXh4eHh4eA==");
    expect(cachedEmbed(reanalysed(s), "timeline", parseEmbedParams(""), "bm9uY2Utb25lLXh4eHh4eA==")).not.toBe(stale);
  });

  it("stays within its limits over 1,000 distinct query strings", async () => {
    const s = await seed();
    for (let i = 0; i < 1000; i++) cachedEmbed(s, "table", parseEmbedParams(`q=term${i}&x${i}=1`), "bm9uY2Utb25lLXh4eHh4eA==");
    const { entries, bytes } = renderCacheStats().embeds;
    expect(entries).toBeLessThanOrEqual(EMBED_CACHE_LIMITS.maxEntries);
    expect(bytes).toBeLessThanOrEqual(EMBED_CACHE_LIMITS.maxBytes);
  });
});

describe("respondImage(kind, request, id, 'png', render)", () => {
  it("answers 503 with Retry-After when the render queue is full", async () => {
    const res = await respondImage("timeline", new Request(`http://localhost/api/articles/${SEED}/timeline.png`), SEED, "png", () =>
      Promise.reject(new BusyError()),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("2");
    expect(await res.json()).toEqual({ error: expect.stringMatching(/busy/) });
  });
});
