import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Frame, Page } from "playwright-core";
import { baseUrl, eventually, launchBrowser, makeStory, openPage, screenshot } from "./helpers";

const SEED = "us-europe-ukraine-security-guarantees";

/**
 * A host page on a second origin (another port of 127.0.0.1), as a reader's CMS page would be:
 * it frames Newsline and includes the resize script, and records the messages it receives.
 */
function hostPage(base: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A report</title>
<style>body{font:16px Georgia,serif;max-width:760px;margin:24px auto;padding:0 16px;color:#222}</style></head><body>
<h1>A report that embeds Newsline</h1>
<p>The paragraphs around the chart belong to the host page; the chart below is an iframe from another origin.</p>
${body}
<p>Text after the chart: it moves down when the iframe takes the chart's height.</p>
<script>window.__heights = []; addEventListener("message", function (e) { if (e.data && e.data.type === "newsline:height") window.__heights.push({ height: e.data.height, origin: e.origin }); });</script>
<script src="${base}/embed/resize.js"></script>
</body></html>`;
}

function iframe(base: string, path: string, id: string, height = 150): string {
  return `<iframe id="${id}" name="${id}" src="${base}${path}" title="Newsline chart" width="100%" height="${height}" style="border:0;width:100%" data-newsline-embed></iframe>`;
}

type Host = { url: string; close(): Promise<void>; pages: Map<string, string> };

async function startHost(): Promise<Host> {
  const pages = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const html = pages.get(req.url ?? "");
    if (req.url === "/favicon.ico") return void res.writeHead(204).end();
    res.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    res.end(html ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, pages, close: () => new Promise((r) => {
    server.closeAllConnections();
    server.close(() => r());
  }) };
}

/** Reads width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(buf.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function childFrame(page: Page, name: string): Frame {
  const frame = page.frames().find((f) => f.name() === name);
  if (!frame) throw new Error(`no frame ${name}`);
  return frame;
}

describe("embeds, framing and static images", () => {
  let browser: Browser;
  let host: Host;
  let base: string;
  let story: string;
  let storyQuery: string;

  beforeAll(async () => {
    base = baseUrl();
    // the seed and the hostile fixture (the server's two articles); hostile.test.ts and url-fuzz.test.ts use the same story
    story = await makeStory([SEED, "hostile"]);
    const analysis = (await (await fetch(`${base}/api/stories/${story}`)).json()) as { events: { id: string }[] };
    storyQuery = `select=event:${analysis.events[0]!.id}&articles=${SEED}`;
    browser = await launchBrowser();
    host = await startHost();
    host.pages.set("/timeline", hostPage(base, iframe(base, `/embed/${SEED}/timeline`, "timeline")));
    host.pages.set("/graph", hostPage(base, iframe(base, `/embed/${SEED}/graph?theme=dark`, "graph")));
    host.pages.set("/story", hostPage(base, iframe(base, `/embed/stories/${story}/timeline?${storyQuery}`, "story")));
    host.pages.set("/dashboard", hostPage(base, iframe(base, `/articles/${SEED}`, "dashboard", 300)));
    host.pages.set(
      "/spoof",
      hostPage(
        base,
        iframe(base, `/embed/${SEED}/table`, "table", 222) +
          `<script>setTimeout(function () { window.postMessage({ type: "newsline:height", height: 999 }, "*"); }, 50);</script>`,
      ),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it("a host page on another origin frames /embed/[id]/timeline and sizes it from the height message", async () => {
    const { page, console: log } = await openPage(browser, { viewport: { width: 900, height: 900 } });
    await page.goto(`${host.url}/timeline`, { waitUntil: "load" });
    const frame = childFrame(page, "timeline");
    await frame.waitForSelector("svg.nl-timeline g.nl-mark");
    await eventually(async () => {
      const heights = await page.evaluate(() => (window as unknown as { __heights: { height: number; origin: string }[] }).__heights);
      expect(heights.length).toBeGreaterThan(0);
      expect(heights.every((h) => h.origin === base)).toBe(true);
      const last = heights[heights.length - 1]!.height;
      const box = await page.locator("#timeline").boundingBox();
      expect(Math.abs(box!.height - Math.min(5000, Math.max(100, last)))).toBeLessThanOrEqual(1);
      expect(box!.height).toBeGreaterThan(150);
    });
    // The iframe is as tall as the embed's content: nothing is cut off, nothing scrolls.
    const inner = await frame.evaluate(() => ({ doc: Math.ceil(document.documentElement.getBoundingClientRect().height), view: window.innerHeight }));
    expect(Math.abs(inner.doc - inner.view)).toBeLessThanOrEqual(1);
    // The script drew the chart at the frame's width.
    const svgWidth = await frame.evaluate(() => document.querySelector("svg.nl-timeline")!.getAttribute("width"));
    expect(Number(svgWidth)).toBe(await frame.evaluate(() => document.getElementById("nl-chart")!.clientWidth));
    await page.waitForTimeout(300);
    const file = await screenshot(page, "embed-in-host");
    expect(file).toMatch(/embed-in-host\.png$/);
    expect(log.errors()).toEqual([]);
    await page.context().close();
  });

  it("the timeline embed: tooltip as text, selection, and the footer link follows the view", async () => {
    const { page, console: log } = await openPage(browser, { viewport: { width: 900, height: 900 } });
    await page.goto(`${base}/embed/${SEED}/timeline?view=timeline&lanes=actor`, { waitUntil: "load" });
    const mark = page.locator("g.nl-mark").first();
    await mark.waitFor();
    const id = await mark.getAttribute("data-event-id");
    await mark.hover();
    await eventually(async () => expect(await page.locator("#nl-tooltip").isVisible()).toBe(true));
    expect(await page.locator("#nl-tooltip strong").textContent()).toBeTruthy();
    await mark.click();
    await eventually(async () => expect(await page.locator(`g.nl-mark[data-event-id="${id}"]`).getAttribute("aria-selected")).toBe("true"));
    expect(await page.locator("#nl-open").getAttribute("href")).toBe(`/articles/${SEED}?view=timeline&select=event:${id}&lanes=actor`);
    expect(log.errors()).toEqual([]);
    await page.context().close();
  });

  it("the graph embed: server-drawn, selectable, with a dashboard link", async () => {
    const { page, console: log } = await openPage(browser, { viewport: { width: 700, height: 900 } });
    await page.goto(`${host.url}/graph`, { waitUntil: "load" });
    const frame = childFrame(page, "graph");
    const node = frame.locator("g.nl-node").first();
    await node.waitFor();
    const id = await node.getAttribute("data-actor-id");
    // the node's shape: the group's centre may fall between the shape and its label
    await node.locator("path").click();
    await eventually(async () => expect(await frame.locator(`g.nl-node[data-actor-id="${id}"]`).getAttribute("aria-pressed")).toBe("true"));
    expect(await frame.locator("#nl-open").getAttribute("href")).toBe(`/articles/${SEED}?select=actor:${id}`);
    await eventually(async () => expect((await page.locator("#graph").boundingBox())!.height).toBeGreaterThan(150));
    expect(log.errors()).toEqual([]);
    await page.context().close();
  });

  it("embeds show their chart with scripts disabled; the table embed has no script at all", async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${base}/embed/${SEED}/timeline`);
    expect(await page.locator("svg.nl-timeline g.nl-mark").count()).toBeGreaterThan(0);
    await page.goto(`${base}/embed/${SEED}/graph`);
    expect(await page.locator("svg g.nl-node").count()).toBeGreaterThan(0);
    const res = await page.goto(`${base}/embed/${SEED}/table`);
    expect(await res!.text()).not.toContain("<script");
    expect(await page.locator("table.nl-table tbody tr").count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it("the resize script ignores a height message from a window other than its iframe", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${host.url}/spoof`, { waitUntil: "load" });
    await page.waitForTimeout(500);
    const style = await page.locator("#table").evaluate((el) => (el as HTMLIFrameElement).style.height);
    expect(style).not.toBe("999px");
    await page.context().close();
  });

  it("a framing attempt of /articles/[id] is refused (headers, and the frame does not render)", async () => {
    const res = await fetch(`${base}/articles/${SEED}`);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const { page } = await openPage(browser);
    await page.goto(`${host.url}/dashboard`, { waitUntil: "load" });
    await page.waitForTimeout(500);
    const frame = childFrame(page, "dashboard");
    // Chromium replaces a refused frame with its error page.
    expect(frame.url()).toMatch(/^chrome-error:/);
    const title = await fetch(`${base}/api/articles/${SEED}`).then((r) => r.json()).then((a) => a.article.title as string);
    const text = await frame.evaluate(() => document.body?.innerText ?? "").catch(() => "");
    expect(text).not.toContain(title);
    await page.context().close();
  });

  it("security headers on every route family", async () => {
    const embed = await fetch(`${base}/embed/${SEED}/graph`);
    expect(embed.headers.get("content-security-policy")).toMatch(/frame-ancestors \*/);
    expect(embed.headers.get("x-frame-options")).toBeNull();
    for (const path of ["/", `/articles/${SEED}`, `/api/articles/${SEED}`, `/api/articles/${SEED}/timeline.svg`, "/no-such-page"]) {
      const r = await fetch(base + path);
      expect([path, r.headers.get("x-frame-options")]).toEqual([path, "DENY"]);
      expect(r.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    }
    for (const path of ["/", `/embed/${SEED}/timeline`, `/api/articles/${SEED}/graph.png`, "/embed/resize.js"]) {
      const r = await fetch(base + path);
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    }
  });

  it("the dashboard and embeds load without Content-Security-Policy violations", async () => {
    for (const path of ["/", `/articles/${SEED}`, `/embed/${SEED}/timeline`, `/embed/${SEED}/graph`, `/embed/${SEED}/table`]) {
      const { page, console: log } = await openPage(browser);
      await page.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(base + path, { waitUntil: "networkidle" });
      const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      expect([path, violations]).toEqual([path, []]);
      expect([path, log.errors()]).toEqual([path, []]);
      await page.context().close();
    }
  });

  it("PNG and SVG endpoints return valid images of the requested width", async () => {
    for (const kind of ["timeline", "graph"]) {
      const png = await fetch(`${base}/api/articles/${SEED}/${kind}.png?width=640&theme=dark`);
      expect(png.status).toBe(200);
      expect(png.headers.get("content-type")).toBe("image/png");
      const size = pngSize(Buffer.from(await png.arrayBuffer()));
      expect(size.width).toBe(640);
      expect(size.height).toBeGreaterThan(100);
      const svg = await fetch(`${base}/api/articles/${SEED}/${kind}.svg?width=720`);
      expect(svg.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      const text = await svg.text();
      expect(text).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="720"/);
      expect(text).toMatch(/<title id="[^"]+">/);
      const clamped = await fetch(`${base}/api/articles/${SEED}/${kind}.png?width=99999`);
      expect(pngSize(Buffer.from(await clamped.arrayBuffer())).width).toBe(2400);
    }
    const bad = await fetch(`${base}/api/articles/${SEED}/timeline.png?width=wide`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/width/);
    const missing = await fetch(`${base}/api/articles/no-such-article/graph.svg`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatch(/no-such-article/);
  });

  it("a host page on another origin frames /embed/stories/[id]/timeline: a static drawing, sized by the height message, its footer link keeping the query", async () => {
    const { page, console: log } = await openPage(browser, { viewport: { width: 900, height: 900 } });
    await page.goto(`${host.url}/story`, { waitUntil: "load" });
    const frame = childFrame(page, "story");
    await frame.waitForSelector("svg [data-story-event]");
    await eventually(async () => {
      const heights = await page.evaluate(() => (window as unknown as { __heights: { height: number; origin: string }[] }).__heights);
      expect(heights.length).toBeGreaterThan(0);
      expect(heights.every((h) => h.origin === base)).toBe(true);
      const box = await page.locator("#story").boundingBox();
      expect(Math.abs(box!.height - heights[heights.length - 1]!.height)).toBeLessThanOrEqual(1);
    });
    expect(await frame.locator("#nl-open").getAttribute("href")).toBe(`/stories/${story}?${storyQuery}`);
    // the story's title (its first article's, the hostile one's) as text
    expect(await frame.locator("footer .nl-title").textContent()).toContain("<script>");
    await page.waitForTimeout(200);
    await screenshot(page, "story-embed-in-host");
    expect(log.errors()).toEqual([]);
    await page.context().close();
  });

  it("story embeds and images: graph and table embeds render, PNG/SVG at the requested width, 400 and 404 as for articles", async () => {
    for (const kind of ["graph", "table"]) {
      const res = await fetch(`${base}/embed/stories/${story}/${kind}?${storyQuery}&theme=dark`);
      expect([kind, res.status]).toEqual([kind, 200]);
      expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors \*/);
      expect(await res.text()).toContain(`href="/stories/${story}?${storyQuery.replace("&", "&amp;")}"`);
    }
    for (const kind of ["timeline", "graph"]) {
      const png = await fetch(`${base}/api/stories/${story}/${kind}.png?width=640&${storyQuery}`);
      expect(png.headers.get("content-type")).toBe("image/png");
      expect(pngSize(Buffer.from(await png.arrayBuffer())).width).toBe(640);
      const svg = await (await fetch(`${base}/api/stories/${story}/${kind}.svg?width=99999`)).text();
      expect(svg).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="2400"/);
    }
    expect((await fetch(`${base}/api/stories/${story}/timeline.png?width=wide`)).status).toBe(400);
    expect((await fetch(`${base}/api/stories/story-nope/graph.svg`)).status).toBe(404);
    expect((await fetch(`${base}/embed/stories/story-nope/table`)).status).toBe(404);
  });

  it("the story page links its embeds and images at the view shown", async () => {
    const { page, console: log } = await openPage(browser);
    await page.goto(`${base}/stories/${story}?${storyQuery}`);
    await page.getByText("Embed and export", { exact: true }).click();
    expect(await page.locator('[data-story-embed="table"]').getAttribute("href")).toBe(`/embed/stories/${story}/table?${storyQuery}`);
    expect(await page.locator('[data-story-image="Timeline PNG"]').getAttribute("href")).toBe(`/api/stories/${story}/timeline.png?${storyQuery}&width=1200`);
    expect(log.errors()).toEqual([]);
    await page.context().close();
  });
});
