import { escapeHtml } from "../text";
import type { EmbedKind, EmbedTheme } from "./kinds";

/** The query of an embed or image URL: the view's canonical query, then the extra parameters. */
function withExtras(query: string, extras: [string, string | null][]): string {
  const tail = extras.filter(([, v]) => v !== null).map(([k, v]) => `${k}=${encodeURIComponent(v!)}`);
  return [query, ...tail].filter(Boolean).join("&");
}

export type EmbedChoice = { kind: EmbedKind; theme: EmbedTheme; controls: boolean };

/** "/embed/<id>/<kind>?<view>&theme=…&controls=0"; defaults (light, controls on) are omitted. */
export function embedPath(articleId: string, query: string, c: EmbedChoice): string {
  const q = withExtras(query, [
    ["theme", c.theme === "light" ? null : c.theme],
    ["controls", c.controls || c.kind === "table" ? null : "0"],
  ]);
  return `/embed/${encodeURIComponent(articleId)}/${c.kind}${q ? `?${q}` : ""}`;
}

type ImageChoice = { width: number; theme: EmbedTheme };

/** "<base>/<id>/<kind>.<format>?<query>&width=…&theme=…", for articles and stories alike. */
function imageUnder(base: string, id: string, query: string, kind: "timeline" | "graph", format: "svg" | "png", o: ImageChoice): string {
  const q = withExtras(query, [
    ["width", String(o.width)],
    ["theme", o.theme === "light" ? null : o.theme],
  ]);
  return `${base}/${encodeURIComponent(id)}/${kind}.${format}?${q}`;
}

/** "/api/articles/<id>/<kind>.<format>?<view>&width=…&theme=…" */
export function imagePath(articleId: string, query: string, kind: "timeline" | "graph", format: "svg" | "png", o: ImageChoice): string {
  return imageUnder("/api/articles", articleId, query, kind, format, o);
}

const KIND_TITLE: Record<EmbedKind, string> = { timeline: "Timeline", graph: "Actor graph", table: "Events and relations" };

/** The HTML a reader pastes into a page: the iframe (titled, lazy, full width) and the resize script. */
export function iframeSnippet(origin: string, articleId: string, query: string, c: EmbedChoice, articleTitle?: string): string {
  const src = origin + embedPath(articleId, query, c);
  const title = `${KIND_TITLE[c.kind]}: ${articleTitle ?? articleId} (Newsline)`;
  return iframeHtml(origin, src, title, c.kind === "graph" ? 560 : c.kind === "table" ? 600 : 480);
}

/** The iframe (titled, lazy, full width) and the resize script that sizes it. */
function iframeHtml(origin: string, src: string, title: string, height: number): string {
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy" width="100%" height="${height}" style="border:0;width:100%" data-newsline-embed></iframe>`,
    `<script src="${escapeHtml(origin)}/embed/resize.js" async></script>`,
  ].join("\n");
}

/**
 * A story's embed and image links: "/embed/stories/<id>/<kind>?<story query>&theme=…" and
 * "/api/stories/<id>/<kind>.<format>?<story query>&width=…&theme=…". The query is the story
 * page's (lib/story-view storyQuery, without "?"). Story embeds have no controls to switch off.
 */
export function storyEmbedPath(storyId: string, query: string, c: { kind: EmbedKind; theme: EmbedTheme }): string {
  const q = withExtras(query, [["theme", c.theme === "light" ? null : c.theme]]);
  return `/embed/stories/${encodeURIComponent(storyId)}/${c.kind}${q ? `?${q}` : ""}`;
}

export function storyImagePath(storyId: string, query: string, kind: "timeline" | "graph", format: "svg" | "png", o: ImageChoice): string {
  return imageUnder("/api/stories", storyId, query, kind, format, o);
}

/** The iframe snippet of a story embed, with the resize script, as `iframeSnippet` for articles. */
export function storyIframeSnippet(origin: string, storyId: string, query: string, c: { kind: EmbedKind; theme: EmbedTheme }, storyTitle?: string): string {
  const src = origin + storyEmbedPath(storyId, query, c);
  const title = `${KIND_TITLE[c.kind]}: ${storyTitle ?? storyId} (Newsline story)`;
  return iframeHtml(origin, src, title, c.kind === "timeline" ? 420 : 600);
}
