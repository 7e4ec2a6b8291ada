import { LruCache, processWide } from "../cache";
import type { StoredAnalysis } from "../store";
import { makeNonce } from "../guard";
import type { EmbedKind, ImageKind } from "../share";
import { chartSvg } from "./images";
import { renderEmbed } from "./page";
import type { EmbedParams, ImageParams } from "./params";
import { renderPng } from "./png";

/**
 * Bounded caches of what the image and embed routes send, keyed as lib/cache describes: the
 * analysis's content hash (its ETag) plus the canonical parameters. Small entry and byte limits,
 * so a fuzzer's distinct query strings evict one another.
 */
export const IMAGE_CACHE_LIMITS = { maxEntries: 200, maxBytes: 32 * 1024 * 1024 };
export const EMBED_CACHE_LIMITS = { maxEntries: 200, maxBytes: 16 * 1024 * 1024 };

const sizeOf = (value: string | Uint8Array | readonly string[]): number =>
  typeof value === "string" ? value.length * 2 : value instanceof Uint8Array ? value.byteLength : value.reduce((n, s) => n + s.length * 2, 0);

type Caches = {
  images: LruCache<string | Uint8Array>;
  embeds: LruCache<readonly string[]>;
  /** PNG renders under way, so concurrent requests for one image wait for a single render */
  rendering: Map<string, Promise<Uint8Array>>;
};

const caches = processWide<Caches>("render-caches", () => ({
  images: new LruCache<string | Uint8Array>({ ...IMAGE_CACHE_LIMITS, sizeOf }),
  embeds: new LruCache<readonly string[]>({ ...EMBED_CACHE_LIMITS, sizeOf }),
  rendering: new Map(),
}));

/** The content hash of a stored analysis. */
const hashOf = (stored: StoredAnalysis) => stored.etag;

export function imageKey(stored: StoredAnalysis, kind: ImageKind, format: "svg" | "png", params: ImageParams): string {
  return [hashOf(stored), `${kind}.${format}`, params.width, params.theme, JSON.stringify(params.view)].join("|");
}

export function embedKey(stored: StoredAnalysis, kind: EmbedKind, params: EmbedParams): string {
  return [hashOf(stored), `embed-${kind}`, params.theme, params.controls ? 1 : 0, JSON.stringify(params.view), JSON.stringify(params.notices)].join("|");
}

/** `chartSvg`, cached. */
export function cachedChartSvg(stored: StoredAnalysis, kind: ImageKind, params: ImageParams): string {
  return cachedSvgBy(imageKey(stored, kind, "svg", params), () => chartSvg(kind, stored.analysis, params));
}

/** The chart as PNG, cached; concurrent requests for the same image share one render. */
export function cachedChartPng(
  stored: StoredAnalysis,
  kind: ImageKind,
  params: ImageParams,
  render: (svg: string) => Promise<Uint8Array> = renderPng,
): Promise<Uint8Array> {
  return cachedPngBy(imageKey(stored, kind, "png", params), () => cachedChartSvg(stored, kind, params), render);
}

/** Any SVG document the image routes send (articles' and stories'), cached under `key`. */
export function cachedSvgBy(key: string, make: () => string): string {
  const hit = caches.images.get(key);
  if (typeof hit === "string") return hit;
  const svg = make();
  caches.images.set(key, svg);
  return svg;
}

/** Any PNG the image routes send, rasterised from `svg()` through the render limiter, cached under `key`. */
export function cachedPngBy(key: string, svg: () => string, render: (svg: string) => Promise<Uint8Array> = renderPng): Promise<Uint8Array> {
  const hit = caches.images.get(key);
  if (hit instanceof Uint8Array) return Promise.resolve(hit);
  const pending = caches.rendering.get(key);
  if (pending) return pending;
  // The map holds only renders running or queued, so the render limiter bounds it.
  const started = render(svg())
    .then((png) => {
      caches.images.set(key, png);
      return png;
    })
    .finally(() => caches.rendering.delete(key));
  caches.rendering.set(key, started);
  return started;
}

// The nonce changes with every request; the cached page holds this slot where it goes.
const NONCE_SLOT = `nlslot${makeNonce().replace(/[^A-Za-z0-9]/g, "")}`;

/** `renderEmbed`, cached without its nonce: the page is stored split where the nonce goes. */
export function cachedEmbed(stored: StoredAnalysis, kind: EmbedKind, params: EmbedParams, nonce: string): string {
  return cachedPageBy(embedKey(stored, kind, params), (slot) => renderEmbed(kind, stored.analysis, params, slot), nonce);
}

/** Any embed page (articles' and stories'), cached under `key` without its nonce. */
export function cachedPageBy(key: string, make: (nonceSlot: string) => string, nonce: string): string {
  let parts = caches.embeds.get(key);
  if (!parts) {
    parts = make(NONCE_SLOT).split(NONCE_SLOT);
    caches.embeds.set(key, parts);
  }
  return parts.join(nonce);
}

/** Entry counts, bytes and hit rates, for tests and the load benchmark's notes. */
export function renderCacheStats() {
  return { images: caches.images.stats(), embeds: caches.embeds.stats(), rendering: caches.rendering.size };
}

export function resetRenderCaches(): void {
  caches.images.clear();
  caches.embeds.clear();
  caches.rendering.clear();
}
