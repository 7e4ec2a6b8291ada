import { IMAGE_CACHE_CONTROL } from "../cache";
import { embedPolicy } from "../guard";
import { messages } from "../messages";
import { isStoryId } from "../model";
import type { EmbedKind, ImageKind } from "../share";
import { getStory, type StoredStory, type StoryLookup } from "../store";
import { cachedPageBy, cachedPngBy, cachedSvgBy } from "./cache";
import { embedProblemDocument } from "./document";
import { BusyError } from "./limit";
import { nonceOf } from "./respond";
import { parseStoryEmbedParams, parseStoryImageParams, storyViewQuery, type StoryImageParams } from "./story-params";
import { renderStoryEmbed, storyChartSvg } from "./story-render";

/**
 * Story images (/api/stories/<id>/{timeline,graph}.{svg,png}) and embeds (/embed/stories/<id>/
 * {timeline,graph,table}), like the article ones (respond.ts): the same caches keyed by content
 * hash (the story's ETag, made from its articles') and canonical parameters, the same PNG renderer
 * and its limiter, the same embed document, nonce and policy (the drawing is story-render.ts).
 */

const HTML = "text/html; charset=utf-8";

export type StoryDeps = { lookup?: (id: string) => Promise<StoryLookup>; render?: (svg: string) => Promise<Uint8Array> };

const keyOf = (stored: StoredStory, what: string, theme: string, view: StoryImageParams["view"], width = 0) =>
  [stored.etag, "story", what, width, theme, storyViewQuery(view)].join("|");

const json = (status: number, error: string, extra: Record<string, string> = {}) =>
  Response.json({ error }, { status, headers: { "Cache-Control": "no-store", ...extra } });

async function find(rawId: string, deps: StoryDeps): Promise<StoryLookup> {
  if (!isStoryId(rawId)) return { kind: "missing", id: rawId.slice(0, 100) };
  return (deps.lookup ?? getStory)(rawId);
}

/** GET /embed/stories/[id]/{timeline,graph,table}: 200 page, 404 unknown story, 422 when an article is gone. */
export async function respondStoryEmbed(kind: EmbedKind, request: Request, rawId: string, deps: StoryDeps = {}): Promise<Response> {
  const { nonce, fromProxy } = nonceOf(request);
  const headers: Record<string, string> = { "Content-Type": HTML, "Cache-Control": "no-store" };
  if (!fromProxy) headers["Content-Security-Policy"] = embedPolicy(nonce);
  const found = await find(rawId, deps);
  if (found.kind === "missing") return new Response(embedProblemDocument(nonce, messages.storyNotFound(found.id.slice(0, 100))), { status: 404, headers });
  if (found.kind === "problem") return new Response(embedProblemDocument(nonce, found.problem), { status: 422, headers });
  const stored = found.stored;
  const params = parseStoryEmbedParams(new URL(request.url).searchParams, stored.analysis);
  const key = [keyOf(stored, `embed-${kind}`, params.theme, params.view), JSON.stringify(params.notices)].join("|");
  return new Response(cachedPageBy(key, (slot) => renderStoryEmbed(kind, stored, params, slot), nonce), { status: 200, headers });
}

/**
 * GET /api/stories/[id]/{timeline,graph}.{svg,png}: 200 image, 400 bad parameters, 404 unknown
 * story, 422 when an article is gone, 503 when too many PNG renders are waiting.
 */
export async function respondStoryImage(kind: ImageKind, request: Request, rawId: string, format: "svg" | "png" = "svg", deps: StoryDeps = {}): Promise<Response> {
  const found = await find(rawId, deps);
  if (found.kind === "missing") return json(404, messages.storyNotFound(found.id.slice(0, 100)));
  if (found.kind === "problem") return json(422, found.problem);
  const stored = found.stored;
  const params = parseStoryImageParams(new URL(request.url).searchParams, stored.analysis);
  if (!params.ok) return json(400, params.error);
  const p = params.value;
  const cache = { "Cache-Control": IMAGE_CACHE_CONTROL };
  const svg = () => cachedSvgBy(keyOf(stored, `${kind}.svg`, p.theme, p.view, p.width), () => storyChartSvg(kind, stored, p));
  if (format === "svg") return new Response(svg(), { status: 200, headers: { ...cache, "Content-Type": "image/svg+xml; charset=utf-8" } });
  try {
    const png = await cachedPngBy(keyOf(stored, `${kind}.png`, p.theme, p.view, p.width), svg, deps.render);
    return new Response(png as BodyInit, { status: 200, headers: { ...cache, "Content-Type": "image/png" } });
  } catch (e) {
    if (e instanceof BusyError) return json(503, messages.pngBusy, { "Retry-After": "2" });
    return json(500, messages.pngRenderFailed);
  }
}
