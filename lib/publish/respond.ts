import { messages } from "../messages";
import { isArticleId } from "../model";
import { IMAGE_CACHE_CONTROL } from "../cache";
import { getAnalysis } from "../store";
import { embedPolicy, makeNonce } from "../guard";
import type { EmbedKind, ImageKind } from "../share";
import { embedProblemDocument } from "./document";
import { cachedChartPng, cachedChartSvg, cachedEmbed } from "./cache";
import { BusyError } from "./limit";
import { parseEmbedParams, parseImageParams } from "./params";

/**
 * The route handlers of embeds and images, written against web-standard Request/Response so the
 * route files stay one line and the handlers run in tests without a server.
 */

const HTML = "text/html; charset=utf-8";

/** The proxy puts a fresh nonce in `x-nonce` and the matching policy on the response. */
export function nonceOf(request: Request): { nonce: string; fromProxy: boolean } {
  const header = request.headers.get("x-nonce");
  return header && /^[A-Za-z0-9+/=]{16,64}$/.test(header) ? { nonce: header, fromProxy: true } : { nonce: makeNonce(), fromProxy: false };
}

export async function respondEmbed(kind: EmbedKind, request: Request, rawId: string): Promise<Response> {
  const { nonce, fromProxy } = nonceOf(request);
  // Without the proxy (tests, another server) the handler states its own policy.
  const headers: Record<string, string> = { "Content-Type": HTML, "Cache-Control": "no-store" };
  if (!fromProxy) headers["Content-Security-Policy"] = embedPolicy(nonce);
  const found = isArticleId(rawId) ? await getAnalysis(rawId) : { kind: "missing" as const, id: rawId };
  if (found.kind === "missing")
    return new Response(embedProblemDocument(nonce, messages.articleNotFound(rawId.slice(0, 100))), { status: 404, headers });
  if (found.kind === "problem") return new Response(embedProblemDocument(nonce, found.problem), { status: 422, headers });
  const params = parseEmbedParams(new URL(request.url).searchParams);
  return new Response(cachedEmbed(found.stored, kind, params, nonce), { status: 200, headers });
}

const json = (status: number, error: string, extra: Record<string, string> = {}) =>
  Response.json({ error }, { status, headers: { "Cache-Control": "no-store", ...extra } });

/**
 * GET /api/articles/[id]/{timeline,graph}.{svg,png}: 200 image, 400 bad parameters, 404 unknown
 * id, 422 unusable article, 503 when too many PNG renders are waiting. Both formats are cached
 * (lib/publish/cache.ts); `render` replaces the PNG rasteriser in tests.
 */
export async function respondImage(
  kind: ImageKind,
  request: Request,
  rawId: string,
  format: "svg" | "png" = "svg",
  render?: (svg: string) => Promise<Uint8Array>,
): Promise<Response> {
  if (!isArticleId(rawId)) return json(404, messages.articleNotFound(rawId.slice(0, 100)));
  const params = parseImageParams(new URL(request.url).searchParams);
  const found = await getAnalysis(rawId);
  if (found.kind === "missing") return json(404, messages.articleNotFound(rawId));
  if (found.kind === "problem") return json(422, found.problem);
  if (!params.ok) return json(400, params.error);
  const cache = { "Cache-Control": IMAGE_CACHE_CONTROL };
  if (format === "svg") {
    const svg = cachedChartSvg(found.stored, kind, params.value);
    return new Response(svg, { status: 200, headers: { ...cache, "Content-Type": "image/svg+xml; charset=utf-8" } });
  }
  try {
    const png = await cachedChartPng(found.stored, kind, params.value, render);
    return new Response(png as BodyInit, { status: 200, headers: { ...cache, "Content-Type": "image/png" } });
  } catch (e) {
    if (e instanceof BusyError) return json(503, messages.pngBusy, { "Retry-After": "2" });
    return json(500, messages.pngRenderFailed);
  }
}
