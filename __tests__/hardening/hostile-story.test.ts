/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { parseArticle } from "@/lib/article";
import { analyzeArticle } from "@/lib/extract";
import type { Analysis } from "@/lib/model/analysis";
// the drawing steps, not the route handlers (their store's database drivers do not run under jsdom)
import { parseStoryEmbedParams, parseStoryImageParams } from "@/lib/publish/story-params";
import { renderStoryEmbed, storyChartSvg } from "@/lib/publish/story-render";
import { mergeStory, type StoryAnalysis } from "@/lib/story";
import type { StoryView } from "@/lib/story-view";
import { HTML_TAGS, parseSvg, SVG_TAGS, unintended } from "./inert";

/**
 * The hostile article (__tests__/fixtures/hostile/hostile.md) in a story with a real Paris-summit
 * article: the story images and embeds print its title, outlet, actor names and event labels as
 * text, never as markup, also when every story string and id is poisoned after the merge.
 */
const ROOT = path.resolve(__dirname, "../..");
const TITLE_PAYLOAD = "<script>window.__xss=1;alert(1)</script>";

function load(file: string): Analysis {
  globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
  const parsed = parseArticle(path.basename(file), readFileSync(path.join(ROOT, file)));
  if (!parsed.ok) throw new Error(parsed.error);
  return analyzeArticle(parsed.article);
}

const hostileArticle = load("__tests__/fixtures/hostile/hostile.md");
const merged = mergeStory([hostileArticle, load("__tests__/fixtures/stories/paris-summit/meduza-zelensky-arrives-in-paris.md")]);

/** Every string the story drawings print, and every id, poisoned. */
function poisoned(story: StoryAnalysis): StoryAnalysis {
  const s = JSON.parse(JSON.stringify(story)) as StoryAnalysis;
  const bad = `"><img src=x onerror=alert(20)>'<script>alert(21)</script>`;
  const ids = new Map<string, string>();
  const id = (old: string) => ids.get(old) ?? (ids.set(old, `${old}${bad}`), `${old}${bad}`);
  for (const a of s.articles) a.source = `${a.source ?? ""}${bad}`;
  for (const a of s.actors) [a.name, a.id] = [`${a.name}${bad}`, id(a.id)];
  for (const e of s.events) [e.label, e.id] = [`${e.label}${bad}`, id(e.id)];
  for (const r of s.relations) [r.id, r.source, r.target] = [id(r.id), id(r.source), id(r.target)];
  return s;
}

const stored = (analysis: StoryAnalysis) => ({
  record: { id: "story-hostile-abc123", title: hostileArticle.article.title, createdAt: "2026-01-01T00:00:00Z", articles: analysis.articles.map((a) => a.id) },
  analysis,
  json: "",
  body: new Uint8Array(),
  etag: '"x"',
});

describe("hostile.md in a story", () => {
  it("the merged story keeps the payloads as text", () => {
    expect(merged.articles.some((a) => a.title.includes(TITLE_PAYLOAD))).toBe(true);
    expect(merged.actors.some((a) => a.name.includes("<") || a.name.includes("Evil"))).toBe(true);
  });
});

describe.each([
  ["as merged", merged],
  ["every story string and id poisoned", poisoned(merged)],
])("story images and embeds (%s)", (_, analysis) => {
  const story = stored(analysis);
  const summit = analysis.events.find((e) => e.articles.length > 1) ?? analysis.events[0]!;
  // a poisoned id is no URL id, so the selection is set on the parsed view, as if the URL held it
  const selecting = <T extends { view: StoryView }>(p: T): T => ({ ...p, view: { ...p.view, state: { ...p.view.state, select: { kind: "event", id: summit.id } } } });

  it.each(["timeline", "graph"] as const)("storyChartSvg('%s', …) is an inert SVG document with the title as text", (kind) => {
    for (const theme of ["light", "dark"]) {
      const params = parseStoryImageParams(new URLSearchParams(`width=800&theme=${theme}`), analysis);
      if (!params.ok) throw new Error(params.error);
      const svg = storyChartSvg(kind, story, selecting(params.value));
      const root = parseSvg(svg);
      expect(unintended(root, SVG_TAGS)).toEqual([]);
      expect(root.querySelector("title")?.textContent).toContain(TITLE_PAYLOAD);
      expect(svg).not.toMatch(/<(script|img|iframe|foreignObject|a|style)[\s>/]/i);
    }
  });

  it.each(["timeline", "graph", "table"] as const)("renderStoryEmbed('%s', …) has only its height script, the title and names as text", (kind) => {
    const nonce = "dGVzdC1ub25jZS0xMjM0NTY=";
    const params = parseStoryEmbedParams(new URLSearchParams("theme=dark"), analysis);
    const html = renderStoryEmbed(kind, story, selecting(params), nonce);
    const doc = new DOMParser().parseFromString(html, "text/html");
    const ownScript = (el: Element) => el.getAttribute("nonce") === nonce && el.getAttribute("src") === "/embed/height.js" && el.textContent === "";
    expect(unintended(doc.documentElement, new Set([...HTML_TAGS, ...SVG_TAGS]), ownScript)).toEqual([]);
    expect(doc.querySelectorAll("script")).toHaveLength(1);
    expect(doc.querySelectorAll("img, iframe, foreignObject")).toHaveLength(0);
    expect(doc.title).toContain(TITLE_PAYLOAD);
    expect(doc.querySelector("footer")?.textContent).toContain(TITLE_PAYLOAD);
    for (const a of doc.querySelectorAll("a")) expect(a.getAttribute("href")).toMatch(/^\/stories\/story-hostile-abc123(\?|$)/);
    const names = analysis.actors.map((a) => a.name).filter((n) => n.includes("<"));
    if (kind !== "timeline" && names.length > 0) expect(doc.body.textContent).toContain(names[0]!.slice(0, 20));
  });
});
