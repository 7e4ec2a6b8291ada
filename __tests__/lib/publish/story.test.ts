import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { parseArticle } from "@/lib/article/parse";
import { analyzeArticle } from "@/lib/extract";
import type { Analysis } from "@/lib/model/analysis";
import { BusyError } from "@/lib/publish/limit";
import { resetRenderCaches } from "@/lib/publish/cache";
import { respondStoryEmbed, respondStoryImage, type StoryDeps } from "@/lib/publish/story";
import { storyEmbedPath, storyImagePath } from "@/lib/share";
import type { StoredStory, StoryLookup } from "@/lib/store";
import { mergeStory } from "@/lib/story";

const DIR = path.join(__dirname, "../../fixtures/stories/paris-summit");
function analyse(name: string): Analysis {
  const parsed = parseArticle(name, readFileSync(path.join(DIR, name)));
  if (!parsed.ok) throw new Error(parsed.error);
  return analyzeArticle(parsed.article);
}

const ID = "story-paris-summit-abc123";
const analysis = mergeStory(["tass-paris-to-host-coalition-meeting.md", "meduza-zelensky-arrives-in-paris.md", "lbc-uk-france-military-hubs.md"].map(analyse));
const json = JSON.stringify(analysis);
const stored: StoredStory = {
  record: { id: ID, title: "The Paris summit", createdAt: "2026-01-08T00:00:00Z", articles: analysis.articles.map((a) => a.id) },
  analysis,
  json,
  body: new TextEncoder().encode(json),
  etag: '"story-test-etag"',
};
const summit = analysis.events.find((e) => e.articles.length >= 2)!;
const [first, second] = analysis.articles.map((a) => a.id);

const lookup = async (id: string): Promise<StoryLookup> => {
  if (id === ID) return { kind: "ok", stored };
  if (id === "story-gone") return { kind: "problem", id, problem: "An article of this story was deleted", articles: ["x"] };
  return { kind: "missing", id };
};
const fakePng = async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
const deps: StoryDeps = { lookup, render: fakePng };
const url = (p: string) => new Request(`http://localhost${p}`);

beforeEach(() => resetRenderCaches());

describe("respondStoryImage(kind, request, id, format)", () => {
  it.each(["timeline", "graph"] as const)("GET /api/stories/<id>/%s.svg → 200 valid SVG, titled with the story, width 1200 by default", async (kind) => {
    const res = await respondStoryImage(kind, url(`/api/stories/${ID}/${kind}.svg`), ID, "svg", deps);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(res.headers.get("cache-control")).toMatch(/max-age/);
    const svg = await res.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*\swidth="1200"/);
    expect(svg).toContain("The Paris summit");
    expect(svg).toMatch(/<title id="[^"]+">[^<]*The Paris summit/);
    expect(svg).toContain("3 articles");
  });

  it("the timeline image marks the summit with the number of articles reporting it, and rings the selected event", async () => {
    const plain = await (await respondStoryImage("timeline", url(`/x`), ID, "svg", deps)).text();
    expect(plain).toContain(`data-story-event="${summit.id}"`);
    const selected = await (await respondStoryImage("timeline", url(`/x?select=event:${summit.id}`), ID, "svg", deps)).text();
    expect(selected).not.toBe(plain);
    expect(selected).toMatch(/stroke-width="3"/);
  });

  it("width is clamped to 320–2400; theme=dark recolours; a bad width, theme or view parameter is 400 with a message", async () => {
    const wide = await (await respondStoryImage("graph", url(`/x?width=99999`), ID, "svg", deps)).text();
    expect(wide).toMatch(/<svg[^>]*\swidth="2400"/);
    const narrow = await (await respondStoryImage("timeline", url(`/x?width=1`), ID, "svg", deps)).text();
    expect(narrow).toMatch(/<svg[^>]*\swidth="320"/);
    const dark = await (await respondStoryImage("timeline", url(`/x?theme=dark`), ID, "svg", deps)).text();
    expect(dark).toContain("#0d1117");
    for (const q of ["width=12abc", "theme=pink", "select=nonsense", "articles=%3Cscript%3E", "lanes=zigzag"]) {
      const res = await respondStoryImage("timeline", url(`/x?${q}`), ID, "svg", deps);
      expect([q, res.status]).toEqual([q, 400]);
      expect((await res.json()).error).toEqual(expect.any(String));
    }
  });

  it("ids the story lacks (a stale selection, an article not in it) are dropped, not refused", async () => {
    const res = await respondStoryImage("timeline", url(`/x?select=event:e999&articles=article-not-here`), ID, "svg", deps);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(await (await respondStoryImage("timeline", url(`/x`), ID, "svg", deps)).text());
  });

  it("articles=<one> draws that article's story alone (credit names one article)", async () => {
    const one = await (await respondStoryImage("graph", url(`/x?articles=${first}`), ID, "svg", deps)).text();
    expect(one).toContain("1 article");
    expect(one).not.toContain("3 articles");
    const two = await (await respondStoryImage("timeline", url(`/x?articles=${second},${first}`), ID, "svg", deps)).text();
    expect(two).toContain("2 articles");
  });

  it("404 for an unknown or malformed id (JSON, naming it), 422 when an article is gone", async () => {
    for (const id of ["story-nope", "%3Cscript%3E", "a".repeat(300)]) {
      const res = await respondStoryImage("graph", url(`/x`), id, "png", deps);
      expect(res.status).toBe(404);
      expect((await res.json()).error).toContain(id.slice(0, 20));
    }
    const gone = await respondStoryImage("graph", url(`/x`), "story-gone", "svg", deps);
    expect(gone.status).toBe(422);
  });

  it("PNG: 200 image/png through the renderer, cached by content hash and canonical parameters; 503 when busy", async () => {
    let renders = 0;
    const render = async (svg: string) => {
      renders++;
      expect(svg).toMatch(/<svg/);
      return fakePng();
    };
    const a = await respondStoryImage("timeline", url(`/x?width=640&select=event:${summit.id}`), ID, "png", { lookup, render });
    expect(a.status).toBe(200);
    expect(a.headers.get("content-type")).toBe("image/png");
    // the same canonical view, spelled differently, is the same cache entry
    await respondStoryImage("timeline", url(`/x?select=event%3A${summit.id}&width=640&theme=light`), ID, "png", { lookup, render });
    expect(renders).toBe(1);
    const busy = await respondStoryImage("graph", url(`/x?width=700`), ID, "png", { lookup, render: async () => Promise.reject(new BusyError()) });
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("2");
  });
});

describe("respondStoryEmbed(kind, request, id)", () => {
  it.each(["timeline", "graph", "table"] as const)("GET /embed/stories/<id>/%s → a static page with its own policy, the height script by nonce, the footer link keeping the query", async (kind) => {
    const query = `select=event:${summit.id}&articles=${first},${second}`;
    const res = await respondStoryEmbed(kind, url(`/embed/stories/${ID}/${kind}?${query}`), ID, deps);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toMatch(/frame-ancestors \*/);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    const html = await res.text();
    expect(html).toContain(`<script src="/embed/height.js" nonce="${nonce}" defer></script>`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain(`href="/stories/${ID}?select=event%3A${summit.id}&amp;articles=${first},${second}"`.replace("event%3A", "event:"));
    expect(html).toContain("The Paris summit");
    if (kind === "table") expect(html).toContain(`<tr data-story-event="${summit.id}" class="nl-selected"`);
    else expect(html).toContain("<svg");
  });

  it("the nonce changes per request while the page comes from the cache; x-nonce from the proxy is used and no policy is added", async () => {
    const a = await (await respondStoryEmbed("graph", url(`/embed/stories/${ID}/graph`), ID, deps)).text();
    const req = new Request(`http://localhost/embed/stories/${ID}/graph`, { headers: { "x-nonce": "abcdefghijklmnopqrstuv==" } });
    const res = await respondStoryEmbed("graph", req, ID, deps);
    expect(res.headers.get("content-security-policy")).toBeNull();
    const b = await res.text();
    expect(b).toContain('nonce="abcdefghijklmnopqrstuv=="');
    expect(a.replace(/nonce="[^"]+"/g, "")).toBe(b.replace(/nonce="[^"]+"/g, ""));
  });

  it("bad parameters never fail the embed: they are named in the footer, escaped", async () => {
    const html = await (await respondStoryEmbed("timeline", url(`/x?theme=%3Cscript%3Ex&select=event:zzz&articles=nope`), ID, deps)).text();
    expect(html).toContain('role="status"');
    expect(html).not.toContain("<script>x");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toMatch(/articles=nope/);
  });

  it("404 page for an unknown story, 422 when an article is gone; both with a policy", async () => {
    const missing = await respondStoryEmbed("table", url(`/x`), "story-nope", deps);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("story-nope");
    expect(missing.headers.get("content-security-policy")).toMatch(/frame-ancestors/);
    const bad = await respondStoryEmbed("table", url(`/x`), "<b>", deps);
    expect(bad.status).toBe(404);
    expect(await bad.text()).not.toContain("<b>");
    expect((await respondStoryEmbed("graph", url(`/x`), "story-gone", deps)).status).toBe(422);
  });
});

describe("story links (lib/share)", () => {
  it("storyEmbedPath and storyImagePath put the story query first, then theme and width", () => {
    expect(storyEmbedPath("story-a", "select=event:e1", { kind: "graph", theme: "dark" })).toBe("/embed/stories/story-a/graph?select=event:e1&theme=dark");
    expect(storyEmbedPath("story-a", "", { kind: "table", theme: "light" })).toBe("/embed/stories/story-a/table");
    expect(storyImagePath("story-a", "articles=x,y", "timeline", "png", { width: 800, theme: "light" })).toBe("/api/stories/story-a/timeline.png?articles=x,y&width=800");
  });
});
