import { XMLValidator } from "fast-xml-parser";
import { jsonForScript } from "@/lib/text";
import { parseEmbedParams } from "@/lib/publish/params";
import { renderEmbed, TIMELINE_EMBED_WIDTHS } from "@/lib/publish/page";
import { respondEmbed } from "@/lib/publish/respond";
import type { Analysis } from "@/lib/model/analysis";
import { getAnalysis } from "@/lib/store";

const SEED = "us-europe-ukraine-security-guarantees";
const NONCE = "bm9uY2Vub25jZW5vbmNlMQ==";

async function seed(): Promise<Analysis> {
  const found = await getAnalysis(SEED);
  if (found.kind !== "ok") throw new Error(`seed not available: ${found.kind}`);
  return found.stored.analysis;
}

function hostile(a: Analysis): Analysis {
  const h = structuredClone(a);
  h.article.title = '</script><script>alert("title")</script>';
  h.actors[0]!.name = "<img src=x onerror=alert(1)>\u2028";
  h.events[0]!.label = "</style><svg onload=alert(1)>";
  return h;
}

describe("renderEmbed(kind, analysis, params, nonce)", () => {
  it("timeline: server SVG, footer link at the same view, data block, one script by nonce", async () => {
    const html = renderEmbed("timeline", await seed(), parseEmbedParams("view=timeline&lanes=actor&theme=dark"), NONCE);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" data-theme="dark">/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    // lanes by actor are not the seed's default (one actor would hold most events), so the link keeps them
    expect(html).toContain(`<a id="nl-open" href="/articles/${SEED}?view=timeline&amp;lanes=actor" target="_blank" rel="noopener">`);
    expect(html).toContain('<script type="application/json" id="nl-data">');
    expect(html.match(/<script(?! type="application\/json")[^>]*>/g)).toEqual([`<script src="/embed/timeline.js" nonce="${NONCE}" defer>`]);
    expect(html.match(/<style[^>]*>/g)).toEqual([`<style nonce="${NONCE}">`]);
    expect(html).not.toMatch(/ style="/);
  });

  it("timeline: one drawing per width band, each shown unscaled only in frames of its band", async () => {
    const a = await seed();
    const html = renderEmbed("timeline", a, parseEmbedParams(""), NONCE);
    const drawings = [...html.matchAll(/<div class="nl-drawing" data-width="(\d+)"><svg [^>]*width="(\d+)" height="(\d+)"/g)];
    expect(drawings.map((d) => Number(d[1]))).toEqual([...TIMELINE_EMBED_WIDTHS]);
    // each drawing is laid out at its own width, with that width's height (narrower: taller or equal)
    expect(drawings.map((d) => d[2])).toEqual(drawings.map((d) => d[1]));
    const heights = drawings.map((d) => Number(d[3]));
    for (let i = 1; i < heights.length; i++) expect(heights[i]!).toBeLessThanOrEqual(heights[i - 1]!);
    for (const w of TIMELINE_EMBED_WIDTHS) {
      const ids = [...html.matchAll(new RegExp(`id="(nl-timeline-${w}-[^"]+)"`, "g"))].map((m) => m[1]);
      expect(ids.length).toBeGreaterThan(0);
    }
    expect(html).toContain(".nl-drawing{display:none}");
    expect(html).toContain('@media (max-width:399.98px){.nl-drawing[data-width="360"]{display:block}}');
    expect(html).toContain('@media (min-width:400px) and (max-width:559.98px){.nl-drawing[data-width="400"]{display:block}}');
    expect(html).toContain('@media (min-width:720px){.nl-drawing[data-width="720"]{display:block}}');
    expect(renderEmbed("graph", a, parseEmbedParams(""), NONCE)).not.toContain("nl-drawing");
  });

  it("graph: the seeded layout and a script; table: no script at all", async () => {
    const a = await seed();
    expect(renderEmbed("graph", a, parseEmbedParams(""), NONCE)).toContain('<script src="/embed/graph.js"');
    const table = renderEmbed("table", a, parseEmbedParams("certainty=fact"), NONCE);
    expect(table).not.toContain("<script");
    expect(table).toContain("<caption>Events (");
  });

  it("shows malformed parameters as notices and hides the controls when controls=0", async () => {
    const html = renderEmbed("timeline", await seed(), parseEmbedParams("controls=0&kinds=wizard"), NONCE);
    expect(html).toContain('<span class="nl-notice" role="status">ignored: kinds=wizard</span>');
    expect(html).toContain('aria-label="Chart controls" hidden>');
  });

  it.each(["timeline", "graph", "table"] as const)("%s: hostile article text stays inert", async (kind) => {
    const html = renderEmbed(kind, hostile(await seed()), parseEmbedParams(""), NONCE);
    expect(html).not.toMatch(/<script>alert|<img src=x|<svg onload|<\/style><svg/);
    for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) expect(XMLValidator.validate(svg)).toBe(true);
    const data = /<script type="application\/json" id="nl-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
    if (data) expect(JSON.parse(data).analysis.article.title).toBe('</script><script>alert("title")</script>');
  });
});

describe("jsonForScript(value)", () => {
  it("cannot close the script element or start markup, and parses back to the value", () => {
    const value = { s: "</script><!-- & \u2028\u2029 >" };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe("respondEmbed(kind, request, id)", () => {
  it("answers the page with a nonce policy that allows framing by anyone", async () => {
    const res = await respondEmbed("timeline", new Request(`http://localhost/embed/${SEED}/timeline`), SEED);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = res.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(csp).toContain("frame-ancestors *");
    expect(csp).toContain("default-src 'none'");
    expect(await res.text()).toContain(`nonce="${nonce}"`);
  });

  it("uses the proxy's nonce and leaves the policy header to the proxy", async () => {
    const res = await respondEmbed("graph", new Request(`http://localhost/embed/${SEED}/graph`, { headers: { "x-nonce": NONCE } }), SEED);
    expect(res.headers.get("content-security-policy")).toBeNull();
    expect(await res.text()).toContain(`nonce="${NONCE}"`);
  });

  it("answers 404 with an escaped message for an unknown or hostile id", async () => {
    const res = await respondEmbed("table", new Request("http://localhost/embed/x/table"), "<b>x</b>");
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(body).not.toContain("<b>");
  });
});
