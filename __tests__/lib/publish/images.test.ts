import { XMLValidator } from "fast-xml-parser";
import { chartSvg } from "@/lib/publish/images";
import { parseImageParams, type ImageParams } from "@/lib/publish/params";
import { svgToPng } from "@/lib/publish/png";
import { respondImage } from "@/lib/publish/respond";
import type { Analysis } from "@/lib/model/analysis";
import { getAnalysis } from "@/lib/store";
import { expectGoldenSvg } from "../../helpers/golden";

const SEED = "us-europe-ukraine-security-guarantees";

async function seed(): Promise<Analysis> {
  const found = await getAnalysis(SEED);
  if (found.kind !== "ok") throw new Error(`seed not available: ${found.kind}`);
  return found.stored.analysis;
}

function params(query: string): ImageParams {
  const p = parseImageParams(query);
  if (!p.ok) throw new Error(p.error);
  return p.value;
}

/** Reads a PNG's IHDR: width and height. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(bytes);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("chartSvg(kind, seed, params)", () => {
  it("matches timeline-seed-light.svg (900 px, the seed's default lanes: by certainty, since one actor holds most events)", async () => {
    expectGoldenSvg("timeline-seed-light.svg", chartSvg("timeline", await seed(), params("width=900")));
  });

  it("matches timeline-seed-dark-certainty.svg (640 px, certainty lanes, dark)", async () => {
    expectGoldenSvg("timeline-seed-dark-certainty.svg", chartSvg("timeline", await seed(), params("lanes=certainty&width=640&theme=dark")));
  });

  it("matches graph-seed-light.svg (900 px)", async () => {
    expectGoldenSvg("graph-seed-light.svg", chartSvg("graph", await seed(), params("width=900")));
  });

  it("matches graph-seed-dark-focus.svg (640 px, dark, focused on the most connected actor)", async () => {
    const a = await seed();
    const degree = (id: string) => a.relations.filter((r) => r.source === id || r.target === id).length;
    const hub = [...a.actors].sort((x, y) => degree(y.id) - degree(x.id) || x.id.localeCompare(y.id))[0]!.id;
    expectGoldenSvg("graph-seed-dark-focus.svg", chartSvg("graph", a, params(`focus=${hub}&width=640&theme=dark`)));
  });

  it("is a well-formed SVG document with title, desc, source credit and rounded numbers", async () => {
    const a = await seed();
    for (const kind of ["timeline", "graph"] as const) {
      const svg = chartSvg(kind, a, params("width=700"));
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="700"/);
      expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
      expect(svg).toContain(`Source: ${a.article.source}`);
      expect(svg).not.toMatch(/\d\.\d{3,}/);
    }
  });

  it("draws the article's title as a visible heading on the timeline image as on the graph's, whole on two lines where one is too narrow", async () => {
    const a = await seed();
    const visible = (svg: string) => svg.replace(/<title[^>]*>[^<]*<\/title>|<desc[^>]*>[^<]*<\/desc>/g, "");
    // the heading: the 14 px bold line at the top (the credit at the foot names the title too, smaller)
    const headingOf = (svg: string) => /<text[^>]*font-size="14" font-weight="600"[^>]*>(.*?)<\/text>/s.exec(svg)?.[1]?.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
    for (const kind of ["timeline", "graph"] as const) expect(headingOf(visible(chartSvg(kind, a, params("width=1200"))))).toContain(a.article.title);
    // at 640 px the timeline's heading wraps rather than ending cut with an ellipsis
    const narrow = visible(chartSvg("timeline", a, params("width=640")));
    expect(headingOf(narrow)).toBe(`Timeline of events in “${a.article.title}”`);
  });

  it("names the image in the root <svg>'s own <title> and draws its heading with the graph's code (text.nl-heading, 14 px bold, at the margin)", async () => {
    const a = await seed();
    const headings = (["timeline", "graph"] as const).map((kind) => {
      const svg = chartSvg(kind, a, params("width=700"));
      // the root's first child: viewers that read only the outer element find the image's name there
      const root = /^<\?xml[^>]*>\n<svg [^>]*>\n?<title(?: id="[^"]+")?>([^<]+)<\/title>/.exec(svg);
      expect(root?.[1]).toContain(a.article.title);
      const heading = /<text class="nl-heading" x="[\d.]+" y="[\d.]+" (font-size="14" font-weight="600") fill="#[0-9a-f]{6}">/.exec(svg);
      expect(heading).not.toBeNull();
      return heading![1];
    });
    expect(new Set(headings).size).toBe(1);
  });

  it("drops ids the analysis does not have instead of failing", async () => {
    const a = await seed();
    expect(chartSvg("timeline", a, params("select=event:no-such-event"))).toBe(chartSvg("timeline", a, params("")));
  });

  it("escapes hostile article text", async () => {
    const a = structuredClone(await seed());
    a.article.title = '</title><script>alert(1)</script>';
    a.actors[0]!.name = '<img src=x onerror="alert(1)">';
    a.events[0]!.label = "]]><svg onload=alert(1)>";
    for (const kind of ["timeline", "graph"] as const) {
      const svg = chartSvg(kind, a, params(""));
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).not.toMatch(/<script|<img|<svg onload/);
    }
  });
});

describe("respondImage(kind, request, id, format)", () => {
  const get = (path: string, png = false) =>
    respondImage(path.includes("graph") ? "graph" : "timeline", new Request(`http://localhost${path}`), path.split("/")[3]!, png ? "png" : "svg");

  it("answers an SVG of the requested width", async () => {
    const res = await get(`/api/articles/${SEED}/timeline.svg?width=700`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(await res.text()).toContain('width="700"');
  });

  it("answers a PNG of the requested width, clamped to 320–2400", async () => {
    const res = await get(`/api/articles/${SEED}/graph.png?width=100`, true);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(pngSize(new Uint8Array(await res.arrayBuffer())).width).toBe(320);
  });

  it("timeline.png and graph.png rasterise the titled image: its <title> and visible heading, at the SVG's size", async () => {
    for (const kind of ["timeline", "graph"] as const) {
      let drawn = "";
      const res = await respondImage(kind, new Request(`http://localhost/api/articles/${SEED}/${kind}.png?width=733`), SEED, "png", async (svg) => {
        drawn = svg;
        return svgToPng(svg);
      });
      expect(res.status).toBe(200);
      const title = (await seed()).article.title;
      expect(/<title[^>]*>([^<]+)<\/title>/.exec(drawn)?.[1]).toContain(title);
      const visible = /<text class="nl-heading"[^>]*>(.*?)<\/text>/s.exec(drawn)?.[1]?.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
      expect(visible).toContain(kind === "timeline" ? `Timeline of events in “${title}”` : "Actors and relations: US and Europe");
      const size = pngSize(new Uint8Array(await res.arrayBuffer()));
      expect(size).toEqual({ width: 733, height: Number(/<svg [^>]*height="(\d+)"/.exec(drawn)![1]) });
    }
  });

  it("answers 400 JSON for bad parameters and 404 JSON for an unknown id", async () => {
    const bad = await get(`/api/articles/${SEED}/timeline.svg?width=wide`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'width must be a whole number of pixels (got "wide")' });
    const missing = await get(`/api/articles/no-such-article/timeline.svg`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'No article with id "no-such-article"' });
    const hostileId = await respondImage("graph", new Request("http://localhost/x"), "<script>");
    expect(hostileId.status).toBe(404);
  });
});
