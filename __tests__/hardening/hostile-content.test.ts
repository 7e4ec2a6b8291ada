/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { parseArticle } from "@/lib/article";
// the drawing steps, not the publishing surface: its route handlers load the store, whose
// database drivers do not run under jsdom
import { chartSvg } from "@/lib/publish/images";
import { renderEmbed } from "@/lib/publish/page";
import { parseEmbedParams, parseImageParams } from "@/lib/publish/params";
import { analyzeArticle } from "@/lib/extract";
import { layoutGraph, renderGraph } from "@/lib/graph";
import type { Analysis } from "@/lib/model/analysis";
import { toDom, toSvgString } from "@/lib/svg";
import { layoutTimeline, renderTimeline } from "@/lib/timeline";
import { HTML_TAGS, parseSvg, SVG_TAGS, unintended } from "./inert";

/**
 * Hostile article text (__tests__/fixtures/hostile/hostile.md) must come out of every server
 * renderer as text: the SVG strings of the timeline and graph (image routes), their DOM form (the
 * dashboard), and the embed pages. Each output is parsed (jsdom's DOMParser) and searched for what
 * was never drawn on purpose: scripts, event-handler attributes, images, frames, javascript: links.
 */
const ROOT = path.resolve(__dirname, "../..");
const FILE = path.join(ROOT, "__tests__/fixtures/hostile/hostile.md");

const PAYLOADS = [
  "<script>window.__xss=1;alert(1)</script>",
  '<img src=x onerror="window.__xss=2;alert(2)">',
  "javascript:window.__xss=3;alert(3)",
  '<svg onload="window.__xss=4;alert(4)"><a href="javascript:alert(4)">x</a></svg>',
  "</style><script>alert(5)</script>",
  "]]><script>alert(6)</script><![CDATA[",
  '" onmouseover="alert(7)" x="',
  "' onfocus='alert(8)' autofocus='",
  "\u202Egnp.exe\u202C",
  "W".repeat(3000),
];

function load(): Analysis {
  // jsdom's window has no TextDecoder; parseArticle needs Node's to check the UTF-8.
  globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
  const parsed = parseArticle("hostile.md", readFileSync(FILE));
  if (!parsed.ok) throw new Error(parsed.error);
  return analyzeArticle(parsed.article);
}

/** The analysis with a payload added to every string the renderers may print. */
function poisoned(base: Analysis): Analysis {
  const a = JSON.parse(JSON.stringify(base)) as Analysis;
  let i = 0;
  const next = () => PAYLOADS[i++ % PAYLOADS.length]!;
  a.article.title = `${a.article.title.slice(0, 200)} ${next()}`;
  a.article.dek = `${a.article.dek ?? ""} ${next()}`;
  a.article.source = `${a.article.source ?? ""} ${next()}`;
  a.article.url = "javascript:window.__xss=9;alert(9)";
  for (const x of a.actors) {
    x.name = `${x.name} ${next()}`;
    x.aliases.push(next());
  }
  for (const e of a.events) {
    e.label = `${e.label} ${next()}`;
    if (e.time.text !== undefined) e.time.text = `${e.time.text} ${next()}`;
  }
  for (const r of a.relations) r.label = `${r.label} ${next()}`;
  for (const c of a.claims) c.cues = [...(c.cues ?? []), next()];
  return a;
}

/** Every id made hostile, consistently, so it lands in data-* attributes, url(#…) and hrefs. */
function hostileIds(base: Analysis): Analysis {
  const a = JSON.parse(JSON.stringify(base)) as Analysis;
  const map = new Map<string, string>();
  const id = (old: string) => {
    if (!map.has(old)) map.set(old, `${old}"><script>alert(10)</script>'onload=alert(10)`);
    return map.get(old)!;
  };
  for (const x of a.actors) x.id = id(x.id);
  for (const e of a.events) {
    e.id = id(e.id);
    e.actors = e.actors.map(id);
    e.sources = e.sources.map(id);
    if (e.time.anchor) e.time.anchor.event = id(e.time.anchor.event);
  }
  for (const r of a.relations) {
    r.id = id(r.id);
    r.source = id(r.source);
    r.target = id(r.target);
    r.sources = r.sources.map(id);
  }
  for (const c of a.claims) {
    c.id = id(c.id);
    c.sources = c.sources.map(id);
  }
  return a;
}

const allText = (root: Element | Document) => root.textContent ?? "";

const base = load();
const hostile = poisoned(base);
const allEvents = (a: Analysis) => new Set(a.events.map((e) => e.id));
const timelineSvg = (a: Analysis, theme: "light" | "dark" = "light") =>
  renderTimeline(layoutTimeline(a, allEvents(a), { width: 900, lanes: "actor", theme }));
const graphSvg = (a: Analysis, theme: "light" | "dark" = "light") => renderGraph(a, layoutGraph(a), { width: 900, theme });

describe("hostile.md through the pipeline", () => {
  it("parses and keeps its payloads as text in the analysis", () => {
    expect(base.article.title).toContain("<script>window.__xss=1;alert(1)</script>");
    expect(base.article.dek).toContain("</style>");
    expect(base.article.text).toContain('<img src=x onerror="window.__xss=9;alert(9)">');
    expect(base.article.text).toContain("\u202E");
    expect(base.actors.some((a) => a.name.includes("<script>"))).toBe(true);
  });
});

describe.each([
  ["the article as analysed", base],
  ["every string poisoned", hostile],
  ["every id poisoned too", hostileIds(hostile)],
])("server drawings of hostile.md (%s)", (_, analysis) => {
  it.each(["light", "dark"] as const)("toSvgString(renderTimeline(…, %s)) draws nothing unintended and keeps the text", (theme) => {
    const svg = toSvgString(timelineSvg(analysis, theme));
    const root = parseSvg(svg);
    expect(unintended(root, SVG_TAGS)).toEqual([]);
    expect(root.querySelector("title")?.textContent).toContain("<script>window.__xss=1;alert(1)</script>");
    expect(svg).not.toMatch(/<(script|img|iframe|foreignObject|a|style)[\s>/]/i);
  });

  it.each(["light", "dark"] as const)("toSvgString(renderGraph(…, %s)) draws nothing unintended and keeps the text", (theme) => {
    const svg = toSvgString(graphSvg(analysis, theme));
    const root = parseSvg(svg);
    expect(unintended(root, SVG_TAGS)).toEqual([]);
    expect(allText(root)).toContain("<script>");
    expect(svg).not.toMatch(/<(script|img|iframe|foreignObject|a|style)[\s>/]/i);
  });

  it("toDom(renderTimeline(…)) and toDom(renderGraph(…)) build only the intended elements", () => {
    for (const tree of [timelineSvg(analysis), graphSvg(analysis)]) {
      const host = document.createElement("div");
      host.appendChild(toDom(tree, document));
      const svg = host.firstElementChild!;
      expect(unintended(svg, SVG_TAGS)).toEqual([]);
      expect(host.querySelectorAll("script, img, iframe, foreignObject")).toHaveLength(0);
    }
  });

  it.each(["timeline", "graph"] as const)("chartSvg('%s', …) (the image routes) is an inert SVG document", (kind) => {
    const params = parseImageParams("width=800&theme=dark");
    if (!params.ok) throw new Error(params.error);
    const svg = chartSvg(kind, analysis, params.value);
    const root = parseSvg(svg);
    expect(unintended(root, SVG_TAGS)).toEqual([]);
    expect(allText(root)).toContain("<");
  });

  it.each(["timeline", "graph", "table"] as const)("renderEmbed('%s', …) has only its own nonce'd script and inert data", (kind) => {
    const nonce = "dGVzdC1ub25jZS0xMjM0NTY=";
    const html = renderEmbed(kind, analysis, parseEmbedParams("theme=dark"), nonce);
    const doc = new DOMParser().parseFromString(html, "text/html");
    const ownScript = (el: Element) =>
      (el.getAttribute("type") === "application/json" && el.id === "nl-data" && el.children.length === 0) ||
      (el.getAttribute("nonce") === nonce && /^\/embed\/[a-z]+\.js$/.test(el.getAttribute("src") ?? "") && el.textContent === "");
    expect(unintended(doc.documentElement, new Set([...HTML_TAGS, ...SVG_TAGS]), ownScript)).toEqual([]);
    expect(doc.querySelectorAll("script").length).toBeLessThanOrEqual(2);
    // the data block is valid JSON whatever the article said, and gives the payloads back as text
    const data = doc.getElementById("nl-data");
    if (data) expect(JSON.stringify(JSON.parse(data.textContent ?? ""))).toContain("<script>");
    // the title and footer show the article title as text
    expect(doc.title.length).toBeGreaterThan(0);
    expect(doc.querySelector("footer")?.textContent).toContain("<script>window.__xss=1;alert(1)</script>");
    for (const a of doc.querySelectorAll("a")) expect(a.getAttribute("href")).toMatch(/^\/articles\//);
  });
});

describe("the checker itself", () => {
  it("flags scripts, handlers, images, frames and javascript: links that a renderer might let through", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">' +
      '<script>alert(2)</script><foreignObject><img xmlns="http://www.w3.org/1999/xhtml" src="x"/></foreignObject>' +
      '<a href="javascript:alert(3)"><text>x</text></a><use xlink:href="https://evil.example/x.svg#a"/><g style="background:url(javascript:alert(4))"/></svg>';
    expect(unintended(parseSvg(svg), SVG_TAGS)).toEqual([
      "<svg onload>",
      "<script>",
      "<script>alert(2)",
      "<foreignObject>",
      "<img>",
      "<a>",
      '<a href="javascript:alert(3)">',
      '<a href="javascript:alert(3)">',
      "<use>",
      '<use xlink:href="https://evil.example/x.svg#a">',
      '<g style="background:url(javascript:alert(4))">',
    ]);
  });
});
