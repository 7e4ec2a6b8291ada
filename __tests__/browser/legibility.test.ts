// What is drawn must be legible at every size: the boxes the browser gives every node label, edge
// label and caption of the graph, and every event label of the timeline, overlap no other label and
// stay inside the drawing's frame, on the dashboard, in the graph embed and in graph.svg, at desktop,
// embed and phone widths, and the graph's nodes fill its panel there. Screenshots of each for the report go to artifacts/screenshots/.
import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser, openPage, screenshot, waitForDashboard } from "./helpers";

const ARTICLE = "us-europe-ukraine-security-guarantees";
const WIDTHS = [1440, 800, 390] as const;
type Box = { left: number; top: number; right: number; bottom: number };
type Label = { text: string; box: Box };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(width: number): Promise<Page> {
  const phone = width < 500;
  const { page } = await openPage(browser, { viewport: { width, height: phone ? 844 : 900 }, isMobile: phone, hasTouch: phone, deviceScaleFactor: 1 });
  return page;
}

/** The labels drawn inside `root` (a CSS selector) and the frame that may not cut them. */
async function labelsIn(page: Page, root: string, labels: string): Promise<{ frame: Box; labels: Label[] }> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(
    ({ root, labels }) => {
      const host = document.querySelector(root)!;
      const f = host.getBoundingClientRect();
      const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      return {
        frame: box(f),
        labels: [...host.querySelectorAll<SVGTextElement>(labels)]
          .filter((t) => t.getClientRects().length > 0 && (t.textContent ?? "").trim() !== "")
          .map((t) => ({ text: t.textContent!, box: box(t.getBoundingClientRect()) })),
      };
    },
    { root, labels },
  );
}

const overlap = (p: Box, q: Box, slack = 0.5) =>
  p.left < q.right - slack && q.left < p.right - slack && p.top < q.bottom - slack && q.top < p.bottom - slack;
const outside = (b: Box, frame: Box, slack = 0.5) =>
  b.left < frame.left - slack || b.right > frame.right + slack || b.top < frame.top - slack || b.bottom > frame.bottom + slack;

/** Every pair of labels that overlap and every label the frame cuts, in words. */
function problems({ frame, labels }: { frame: Box; labels: Label[] }): string[] {
  const found: string[] = [];
  labels.forEach((p, i) =>
    labels.slice(i + 1).forEach((q) => {
      if (overlap(p.box, q.box)) found.push(`"${p.text}" × "${q.text}"`);
    }),
  );
  for (const l of labels) if (outside(l.box, frame)) found.push(`"${l.text}" cut by the frame`);
  return found;
}

/**
 * How much of the graph's panel its nodes take: the box round every node shape against `panel` (a
 * CSS selector; in an image, the drawing between its heading and its legend), as shares of the
 * panel's width and height.
 */
async function nodeCover(page: Page, svg: string, panel: string | null): Promise<{ width: number; height: number }> {
  return page.evaluate(
    ({ svg, panel }) => {
      const root = document.querySelector(svg)!;
      const shapes = [...root.querySelectorAll("g[data-actor-id] > path")].map((p) => p.getBoundingClientRect()).filter((r) => r.width > 0);
      const nodes = {
        left: Math.min(...shapes.map((r) => r.left)),
        right: Math.max(...shapes.map((r) => r.right)),
        top: Math.min(...shapes.map((r) => r.top)),
        bottom: Math.max(...shapes.map((r) => r.bottom)),
      };
      let frame: { left: number; right: number; top: number; bottom: number };
      if (panel) frame = document.querySelector(panel)!.getBoundingClientRect();
      else {
        // an image: below its heading (the first text) and above its legend
        const all = root.getBoundingClientRect();
        const heading = root.querySelector(":scope > text")!.getBoundingClientRect();
        const legend = root.querySelector(".nl-legend")!.getBoundingClientRect();
        frame = { left: all.left, right: all.right, top: heading.bottom, bottom: legend.top };
      }
      return { width: (nodes.right - nodes.left) / (frame.right - frame.left), height: (nodes.bottom - nodes.top) / (frame.bottom - frame.top) };
    },
    { svg, panel },
  );
}

/**
 * The graph fills its panel: the side that binds (the layout's proportions are kept) at least 80 %
 * covered by the nodes, the other at least 55 %. Measured on the seed (node shapes only, labels
 * excluded): before the fit (lib/graph/fit.ts) graph.svg's nodes took 25 % of its width at 1440 px
 * and 45 % at 800, the dashboard's 52 % of its panel's width at 800; with it 60–67 % of the width
 * and 82–94 % of the height everywhere.
 */
function expectFills(cover: { width: number; height: number }): void {
  expect(Math.max(cover.width, cover.height)).toBeGreaterThanOrEqual(0.8);
  expect(Math.min(cover.width, cover.height)).toBeGreaterThanOrEqual(0.55);
}

const GRAPH_LABELS = "g[data-actor-id] > text, g[data-relation-id] > text, text.nl-group-caption";
const EVENT_LABELS = "svg [data-event-id] > text.nl-label";

/**
 * The reference-date guide (its line, in however many pieces, and its label) against the timeline's
 * fixed text: tick labels, lane names, the conditional and undated headings. `root` holds the drawing
 * (the first such element that is displayed). A line's box is widened by half its stroke.
 */
async function referenceClashes(page: Page, root: string): Promise<{ lines: number; label: string; clashes: string[] }> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((root) => {
    const shown = (e: Element) => e.getClientRects().length > 0;
    const host = [...document.querySelectorAll(root)].find(shown)!;
    const marker = host.querySelector("g.nl-reference-marker")!;
    type B = { left: number; top: number; right: number; bottom: number };
    const box = (e: Element, pad = 0): B => {
      const r = e.getBoundingClientRect();
      return { left: r.left - pad, top: r.top, right: r.right + pad, bottom: r.bottom };
    };
    const lines = [...marker.querySelectorAll("line, path")].filter(shown);
    const label = [...marker.querySelectorAll("text")].find(shown);
    const guide = [
      ...lines.map((l) => ({ what: "the reference line", box: box(l, Number(l.getAttribute("stroke-width") ?? 1) / 2) })),
      ...(label ? [{ what: `the reference label "${label.textContent}"`, box: box(label) }] : []),
    ];
    const fixed = [...host.querySelectorAll("g.nl-tick text, g.nl-lane text, g.nl-conditional-area text, g.nl-undated-strip text")]
      .filter((t) => shown(t) && (t.textContent ?? "").trim() !== "")
      .map((t) => ({ text: t.textContent!, box: box(t) }));
    const meet = (p: B, q: B) => p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5;
    const clashes = guide.flatMap((g) => fixed.filter((f) => meet(g.box, f.box)).map((f) => `${g.what} × "${f.text}"`));
    return { lines: lines.length, label: label?.textContent ?? "", clashes };
  }, root);
}

/** The lane keys drawn in `root`: "certainty:…" or "actor:…" (and "other"). */
async function laneKeys(page: Page, root: string): Promise<string[]> {
  return page.evaluate((root) => {
    const host = [...document.querySelectorAll(root)].find((e) => e.getClientRects().length > 0)!;
    return [...host.querySelectorAll("g.nl-lane[data-lane]")].map((g) => g.getAttribute("data-lane")!);
  }, root);
}

/** The lane keys a mode draws: every key of one mode's kind. */
const laneKind = (mode: "certainty" | "actor") => (key: string) => (mode === "certainty" ? key.startsWith("certainty:") : !key.startsWith("certainty:"));

describe.each(WIDTHS)("labels at %i px", (width) => {
  it("the dashboard: no graph label or timeline label overlaps another or is cut by its panel", async () => {
    const page = await open(width);
    await page.goto(`${baseUrl()}/articles/${ARTICLE}`, { waitUntil: "networkidle" });
    await waitForDashboard(page);
    await page.locator("[data-testid='graph-static']").scrollIntoViewIfNeeded();
    const graph = await labelsIn(page, "[data-testid='graph-static'] svg", GRAPH_LABELS);
    expect(graph.labels.length).toBeGreaterThanOrEqual(10);
    expect(graph.labels.map((l) => l.text)).toContain("Mentioned, no relation");
    expect(problems(graph)).toEqual([]);
    expectFills(await nodeCover(page, "[data-testid='graph-static'] svg", "[data-testid='graph-static']"));
    const timeline = await labelsIn(page, "section.nl-timeline-view", "svg [data-event-id] > text.nl-label");
    expect(timeline.labels.length).toBeGreaterThan(5);
    expect(problems(timeline)).toEqual([]);
    // labels wrap (a third line, or more width in the undated row) rather than end cut with an ellipsis
    expect(timeline.labels.map((l) => l.text.trim()).filter((t) => t.endsWith("…"))).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `report-dashboard-${width}`);
    await page.context().close();
  });

  it.each(["certainty", "actor"] as const)("the dashboard timeline by %s: no event label overlaps another, is cut by the panel or ends with an ellipsis, and the reference guide crosses no tick label or lane name", async (mode) => {
    const page = await open(width);
    await page.goto(`${baseUrl()}/articles/${ARTICLE}?lanes=${mode}`, { waitUntil: "networkidle" });
    await waitForDashboard(page);
    const root = "section.nl-timeline-view";
    await page.locator(root).scrollIntoViewIfNeeded();
    const keys = await laneKeys(page, root);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !laneKind(mode)(k))).toEqual([]);
    const timeline = await labelsIn(page, root, EVENT_LABELS);
    expect(timeline.labels.length).toBeGreaterThan(5);
    expect(problems(timeline)).toEqual([]);
    expect(timeline.labels.map((l) => l.text.trim()).filter((t) => t.endsWith("…"))).toEqual([]);
    const guide = await referenceClashes(page, `${root} svg.nl-timeline`);
    expect(guide.lines).toBeGreaterThan(0);
    expect(guide.label).not.toBe("");
    expect(guide.clashes).toEqual([]);
    await screenshot(page, `report-dashboard-timeline-${mode}-${width}`);
    await page.context().close();
  });

  it("the graph embed and graph.svg: no label overlaps another or is cut by the image", async () => {
    const page = await open(width);
    await page.goto(`${baseUrl()}/embed/${ARTICLE}/graph`, { waitUntil: "networkidle" });
    const embed = await labelsIn(page, "svg:has(g[data-actor-id])", GRAPH_LABELS);
    expect(embed.labels.length).toBeGreaterThanOrEqual(10);
    expect(problems(embed)).toEqual([]);
    expectFills(await nodeCover(page, "svg:has(g[data-actor-id])", null));
    await screenshot(page, `report-graph-embed-${width}`);

    await page.goto(`${baseUrl()}/api/articles/${ARTICLE}/graph.svg?width=${width}`, { waitUntil: "load" });
    const image = await labelsIn(page, "svg", GRAPH_LABELS);
    expect(image.labels.length).toBeGreaterThanOrEqual(10);
    expect(problems(image)).toEqual([]);
    expectFills(await nodeCover(page, "svg", null));
    await page.goto(`${baseUrl()}/api/articles/${ARTICLE}/graph.png?width=${width}`, { waitUntil: "load" });
    await screenshot(page, `report-graph-png-${width}`);
    await page.context().close();
  });

  it("the timeline embed: no event label overlaps another, is cut by the image or ends cut with an ellipsis, and the reference guide crosses no tick label or lane name", async () => {
    const page = await open(width);
    await page.goto(`${baseUrl()}/embed/${ARTICLE}/timeline`, { waitUntil: "networkidle" });
    const embed = await labelsIn(page, "svg:has([data-event-id])", "[data-event-id] > text.nl-label");
    expect(embed.labels.length).toBeGreaterThan(5);
    expect(problems(embed)).toEqual([]);
    expect(embed.labels.map((l) => l.text.trim()).filter((t) => t.endsWith("…"))).toEqual([]);
    const guide = await referenceClashes(page, "svg.nl-timeline");
    expect(guide.lines).toBeGreaterThan(0);
    expect(guide.label).not.toBe("");
    expect(guide.clashes).toEqual([]);
    await screenshot(page, `report-timeline-embed-${width}`);
    await page.context().close();
  });
});

describe("the evaluative mark on the seed", () => {
  it("on the «coalition of the willing» sentence cited to Bloomberg, the mark stands apart from Bloomberg, names Voennoe Delo and its cue words, and the words are marked in the text", async () => {
    const page = await open(1440);
    await page.goto(`${baseUrl()}/articles/${ARTICLE}`, { waitUntil: "networkidle" });
    await waitForDashboard(page);
    const found = await page.evaluate(() => {
      const row = [...document.querySelectorAll<HTMLElement>("[data-testid='article-text'] [data-claim-id]")].find((r) => r.textContent?.includes("so-called"));
      if (!row) return null;
      const button = row.querySelector("button[aria-pressed]");
      const apart = row.querySelector("[data-testid='evaluative-framing']");
      return {
        source: button?.textContent ?? "",
        badgeInButton: button?.querySelector("[data-testid='evaluative-badge']") !== null,
        owner: apart?.firstElementChild?.textContent ?? null,
        badge: apart?.querySelector("[data-testid='evaluative-badge']")?.textContent ?? null,
        cues: [...row.querySelectorAll(".cue")].map((c) => c.textContent),
        cueMarkup: [...row.querySelectorAll(".cue")].every((c) => c.children.length === 0),
      };
    });
    expect(found).not.toBeNull();
    expect(found!.source).toContain("Bloomberg");
    expect(found!.badgeInButton).toBe(false);
    expect(found!.owner).toBe("Voennoe Delo");
    expect(found!.badge).toContain("so-called");
    expect(found!.badge).toContain("not Bloomberg’s");
    expect(found!.cues).toContain("so-called");
    expect(found!.cueMarkup).toBe(true);
    await page.context().close();
  });
});

describe("a selection on a phone (390 × 844)", () => {
  /** Taps the first visible element matching `selector` at its centre, as a thumb would. */
  async function tapFirst(page: Page, selector: string): Promise<void> {
    const all = page.locator(selector);
    const n = await all.count();
    for (let i = 0; i < n; i++) {
      const el = all.nth(i);
      if (!(await el.isVisible())) continue;
      await el.scrollIntoViewIfNeeded();
      const b = (await el.boundingBox())!;
      await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
      return;
    }
    throw new Error(`nothing visible matches ${selector}`);
  }

  it.each([
    ["a mention in the text", "[data-testid='article-text'] button.mention", "actor:"],
    ["an event of the timeline", "section.nl-timeline-view svg [data-event-id] > text.nl-label", "event:"],
    ["an actor of the graph", "[data-testid='graph-static'] svg g[data-actor-id] > text", "actor:"],
  ])("tapping %s opens its details as a sheet on screen and takes focus; Escape closes it", async (_what, selector, kind) => {
    const page = await open(390);
    await page.goto(`${baseUrl()}/articles/${ARTICLE}`, { waitUntil: "networkidle" });
    await waitForDashboard(page);
    await tapFirst(page, selector);
    await page.waitForFunction((k) => (new URL(location.href).searchParams.get("select") ?? "").startsWith(k), kind);
    const sheet = page.locator("[data-panel='details']");
    await page.waitForFunction(() => document.activeElement?.id === "details-heading");
    const box = (await sheet.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    expect(box.height).toBeGreaterThan(40);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("select"));
    await page.context().close();
  });

  it("gives focus back to the mention tapped when Escape closes the sheet", async () => {
    const page = await open(390);
    await page.goto(`${baseUrl()}/articles/${ARTICLE}`, { waitUntil: "networkidle" });
    await waitForDashboard(page);
    const mention = page.locator("[data-testid='article-text'] button.mention").first();
    await mention.scrollIntoViewIfNeeded();
    await mention.tap();
    await page.waitForFunction(() => document.activeElement?.id === "details-heading");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("select"));
    expect(await mention.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });
});
