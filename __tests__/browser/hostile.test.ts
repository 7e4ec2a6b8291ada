import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser, makeStory, openPage, waitForDashboard } from "./helpers";

/**
 * The hostile article (__tests__/fixtures/hostile/hostile.md, served because
 * scripts/browser-tests.mjs adds it to the server's articles folder) in every view a reader can
 * open. Its payloads call alert() and set window.__xss; a dialog trap, a setter on window.__xss,
 * a Content-Security-Policy violation listener and a DOM check fail the test on any execution or
 * injected element. The text must still be there, as text.
 */
const ID = "hostile";
const TITLE_PAYLOAD = "<script>window.__xss=1;alert(1)</script>";

let browser: Browser;
let base: string;
let story: string;

beforeAll(async () => {
  base = baseUrl();
  const res = await fetch(`${base}/api/articles/${ID}`);
  if (res.status !== 200)
    throw new Error(`GET /api/articles/${ID} answered ${res.status}: is __tests__/fixtures/hostile/ copied into NEWSLINE_ARTICLES_DIR by scripts/browser-tests.mjs?`);
  browser = await launchBrowser();
  // untitled: the story takes its first article's title, the hostile one (published 2025, before the seed)
  story = await makeStory([ID, "us-europe-ukraine-security-guarantees"]);
});

afterAll(async () => {
  await browser?.close();
});

type Trapped = { page: Page; findings: () => Promise<string[]> };

/** A page whose every script execution by the payloads, CSP-blocked injection or dialog is recorded. */
async function trappedPage(): Promise<Trapped> {
  const { page, console: log } = await openPage(browser);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __xssHits: string[]; __csp: string[] };
    w.__xssHits = [];
    w.__csp = [];
    Object.defineProperty(window, "__xss", {
      configurable: false,
      get: () => undefined,
      set: (v: unknown) => w.__xssHits.push(String(v)),
    });
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  const findings = async () => {
    const inPage = await page.evaluate(() => {
      const w = window as unknown as { __xssHits?: string[]; __csp?: string[] };
      const injected = [
        ...document.querySelectorAll(
          'img[src="x"], iframe, [onerror], [onload], [onmouseover], [onfocus], a[href^="javascript:" i], foreignObject',
        ),
      ].map((el) => el.outerHTML.slice(0, 120));
      return [
        ...(w.__xssHits ?? []).map((v) => `window.__xss set to ${v}`),
        ...(w.__csp ?? []).map((v) => `CSP violation: ${v}`),
        ...injected.map((h) => `injected element: ${h}`),
      ];
    });
    return [
      ...dialogs.map((d) => `dialog ${d}`),
      ...inPage,
      ...log.errors().filter((e) => !e.startsWith("http 4")).map((e) => `console: ${e}`),
    ];
  };
  return { page, findings };
}

async function close(page: Page) {
  await page.context().close();
}

/**
 * Hovers the first few elements matching `selector`, so their tooltips are built from article
 * text; returns the text each tooltip showed (read from `tooltip`, if given).
 */
async function hoverSome(page: Page, selector: string, count = 4, tooltip?: string): Promise<string[]> {
  const items = page.locator(selector);
  const n = Math.min(count, await items.count());
  const seen: string[] = [];
  for (let i = 0; i < n; i++) {
    // a chart mark's box includes its label; the pointer goes to its glyph
    const glyph = items.nth(i).locator("circle, rect:not(.nl-hit), path").first();
    const target = (await glyph.count()) > 0 ? glyph : items.nth(i);
    const hovered = await target
      .hover({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    await page.waitForTimeout(150);
    if (hovered && tooltip) seen.push((await page.locator(tooltip).first().textContent().catch(() => null)) ?? "");
    else seen.push(hovered ? "(hovered)" : "");
  }
  return seen;
}

describe("the hostile article is inert in every view", () => {
  it("/articles/hostile: the dashboard, its title, text, timeline and graph tooltips", async () => {
    const { page, findings } = await trappedPage();
    await page.goto(`${base}/articles/${ID}`, { waitUntil: "networkidle" });
    await waitForDashboard(page);

    // The page title shows the payload as text.
    expect(await page.title()).toContain(TITLE_PAYLOAD);
    const body = await page.evaluate(() => document.body.textContent ?? "");
    expect(body).toContain('<img src=x onerror="window.__xss=9;alert(9)">');
    expect(body).toContain("<script>window.__xss=8;alert(8)</script>");

    // Timeline marks and the article's actor mentions build their tooltips from article text.
    const marks = await hoverSome(page, "section.nl-timeline-view svg g.nl-mark", 4, "section.nl-timeline-view [role='tooltip']");
    expect(marks.filter((t) => t.length > 0).length).toBeGreaterThan(0);
    await hoverSome(page, "[data-testid='article-text'] button.mention");

    // The graph is first the server-drawn SVG: keyboard focus on its nodes shows their hover cards
    // (focus, unlike the pointer, does not fetch vis-network).
    const staticNodes = page.locator("[data-testid='graph-static'] svg g[data-actor-id]");
    const cards: string[] = [];
    for (let i = 0; i < Math.min(4, await staticNodes.count()); i++) {
      await staticNodes.nth(i).focus();
      cards.push((await page.locator("[data-testid='graph-static'] > [role='tooltip']").textContent()) ?? "");
    }
    expect(cards.filter((t) => t.length > 0).length).toBeGreaterThan(0);
    // Then vis-network on "Pan & zoom": its canvas is swept coarsely so it shows hover cards for nodes.
    await page.getByRole("button", { name: "Pan & zoom", exact: true }).click();
    await page.waitForSelector("[data-testid='graph-static']", { state: "detached", timeout: 30_000 });
    const canvas = page.locator("[data-testid='graph-canvas'] canvas");
    if ((await canvas.count()) > 0) {
      await canvas.scrollIntoViewIfNeeded();
      const box = await canvas.boundingBox();
      if (box)
        for (let y = box.y + 10; y < box.y + box.height; y += 28)
          for (let x = box.x + 10; x < box.x + box.width; x += 28) await page.mouse.move(x, y);
    }
    // Selecting an actor re-renders every view with its emphasis.
    // (the list of actors sits under the canvas for keyboard and screen-reader users: use the keyboard)
    const actorButton = page.locator("nav[aria-label='Actors in the graph'] button[data-actor-id]").first();
    if ((await actorButton.count()) > 0) {
      await actorButton.focus();
      await page.keyboard.press("Enter");
    }
    await page.waitForTimeout(300);

    expect(await findings()).toEqual([]);
    await close(page);
  });

  it.each(["timeline", "graph", "table"])("/embed/hostile/%s: tooltips, title and footer", async (kind) => {
    const { page, findings } = await trappedPage();
    const res = await page.goto(`${base}/embed/${ID}/${kind}`, { waitUntil: "networkidle" });
    expect(res?.status()).toBe(200);
    expect(await page.title()).toContain("<");
    expect(await page.locator("footer").textContent()).toContain(TITLE_PAYLOAD);
    if (kind !== "table") {
      const marks = kind === "timeline" ? "#nl-chart g.nl-mark" : "#nl-chart g.nl-node";
      await page.locator(marks).first().waitFor();
      const tips = await hoverSome(page, marks, 6, "#nl-tooltip");
      // at least one tooltip was built, and it shows article text as text
      expect(tips.filter((t) => t.length > 0).length).toBeGreaterThan(0);
    }
    expect(await findings()).toEqual([]);
    await close(page);
  });

  it.each(["timeline.svg", "graph.svg", "timeline.png", "graph.png"])(
    "/api/articles/hostile/%s opened as a document",
    async (image) => {
      const { page, findings } = await trappedPage();
      const res = await page.goto(`${base}/api/articles/${ID}/${image}?width=900`, { waitUntil: "load" });
      expect(res?.status()).toBe(200);
      expect(res?.headers()["content-type"]).toMatch(image.endsWith(".svg") ? /^image\/svg\+xml/ : /^image\/png$/);
      if (image.endsWith(".svg")) {
        const text = await res!.text();
        expect(text).toContain("&lt;script&gt;");
        expect(text).not.toMatch(/<(script|img|iframe|foreignObject)[\s>/]/i);
      }
      expect(await findings()).toEqual([]);
      await close(page);
    },
  );

  it("the Open Graph image of /articles/hostile is an image and the card title is the text", async () => {
    const { page, findings } = await trappedPage();
    await page.goto(`${base}/articles/${ID}`, { waitUntil: "domcontentloaded" });
    const meta = await page.evaluate(() => ({
      image: document.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? null,
      title: document.querySelector('meta[property="og:title"]')?.getAttribute("content") ?? null,
      twitter: document.querySelector('meta[name="twitter:image"]')?.getAttribute("content") ?? null,
    }));
    expect(meta.image).toBeTruthy();
    expect(meta.title).toContain(TITLE_PAYLOAD);
    const res = await page.goto(new URL(meta.image!, base).href, { waitUntil: "load" });
    expect(res?.status()).toBe(200);
    expect(res?.headers()["content-type"]).toMatch(/^image\//);
    expect(await findings()).toEqual([]);
    await close(page);
  });
});

describe("the hostile article in a story is inert in the story's views", () => {
  it.each(["page", "timeline", "graph", "table"])("/stories/<id> and /embed/stories/<id>/%s: the title and names as text", async (kind) => {
    const { page, findings } = await trappedPage();
    const path = kind === "page" ? `/stories/${story}` : `/embed/stories/${story}/${kind}`;
    const res = await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
    expect(res?.status()).toBe(200);
    expect(await page.title()).toContain("<");
    const where = kind === "page" ? "h1" : "footer";
    expect(await page.locator(where).first().textContent()).toContain(TITLE_PAYLOAD);
    const html = await res!.text();
    expect(html).not.toContain(TITLE_PAYLOAD);
    expect(await findings()).toEqual([]);
    await close(page);
  });

  it.each(["timeline.svg", "graph.svg", "timeline.png", "graph.png"])("/api/stories/<id>/%s opened as a document", async (image) => {
    const { page, findings } = await trappedPage();
    const res = await page.goto(`${base}/api/stories/${story}/${image}?width=900`, { waitUntil: "load" });
    expect(res?.status()).toBe(200);
    if (image.endsWith(".svg")) {
      const text = await res!.text();
      expect(text).toContain("&lt;script&gt;");
      expect(text).not.toMatch(/<(script|img|iframe|foreignObject)[\s>/]/i);
    }
    expect(await findings()).toEqual([]);
    await close(page);
  });
});
