import type { Browser } from "playwright-core";
import type { Analysis } from "@/lib/model/analysis";
import { actorKindStyle, palettes } from "@/lib/graph/style";
import {
  baseUrl,
  dashboard as sel,
  describeViolations,
  DESKTOP,
  openGraphCanvas,
  openPage,
  PHONE,
  runAxe,
  screenshot,
  severe,
  waitForDashboard,
} from "./helpers";
import { DASHBOARD, close, expectNoErrors, openDashboard, startDashboard, stopDashboard } from "./dashboard-session";

// The dashboard served without JavaScript and as drawn by the server, its accessibility, and its screenshots.
let browser: Browser;
let analysis: Analysis;

beforeAll(async () => {
  ({ browser, analysis } = await startDashboard());
});

afterAll(stopDashboard);

describe("GET /articles/[id] without JavaScript", () => {
  it("serves the article's title and text, every event on the timeline and the whole actor graph in the HTML", async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl()}${DASHBOARD}`);
    expect(res?.status()).toBe(200);
    expect(await page.title()).toContain(analysis.article.title);
    expect((await page.textContent("h1"))?.trim()).toBe(analysis.article.title);
    const firstSentence = analysis.article.text.split(/(?<=[.!?])\s/)[0]!.trim();
    const text = await page.textContent("main");
    expect(text?.replace(/\s+/g, " ")).toContain(firstSentence.replace(/\s+/g, " "));

    // the first paint is complete: the timeline as SVG, every event drawn with its label…
    const drawn = await page.$$eval(`${sel.staticTimeline} svg [data-event-id]`, (els) =>
      els.map((el) => `${el.getAttribute("aria-label") ?? ""} ${el.textContent ?? ""}`),
    );
    const missing = analysis.events
      .filter((e) => !drawn.some((d) => d.includes(e.label)))
      .map((e) => `${e.id} ${e.label}`);
    expect(missing).toEqual([]);

    // …and the actor graph as SVG: every actor a node, every relation an edge, nothing left to load
    const nodes = await page.$$eval(sel.staticNodes, (els) => [
      ...new Set(els.map((el) => el.getAttribute("data-actor-id")!)),
    ]);
    expect(nodes.sort()).toEqual(analysis.actors.map((a) => a.id).sort());
    const edges = await page.$$eval(`${sel.staticGraph} svg [data-relation-id]`, (els) => [
      ...new Set(els.map((el) => el.getAttribute("data-relation-id")!)),
    ]);
    expect(edges.sort()).toEqual(analysis.relations.map((r) => r.id).sort());
    expect(await page.locator(sel.graphCanvas).count()).toBe(0);
    expect(await page.locator("[aria-busy='true']").count()).toBe(0);
    await close(page);
  });
});

describe("the timeline's server drawing", () => {
  it("stays after hydration; focus on its mark brings up the live chart with focus on the same mark", async () => {
    const { page, console } = await openPage(browser);
    await page.goto(`${baseUrl()}${DASHBOARD}`, { waitUntil: "networkidle" });
    await page.waitForSelector("section.nl-timeline-view[data-hydrated]", { timeout: 30_000 });
    await page.waitForTimeout(500);
    // hydrated and idle: nothing has replaced the server's drawing
    expect(await page.locator(sel.staticTimeline).count()).toBe(1);
    expect(await page.locator("section.nl-timeline-view[data-live]").count()).toBe(0);
    // focus lands on the drawing's tabbable mark (the one of the drawing shown at this width)
    const id = await page.evaluate(() => {
      const marks = [...document.querySelectorAll<SVGGElement>(".nl-timeline-static svg [data-event-id][tabindex='0']")];
      const shown = marks.find((m) => m.getClientRects().length > 0)!;
      shown.focus();
      return shown.getAttribute("data-event-id");
    });
    await page.waitForSelector(sel.staticTimeline, { state: "detached", timeout: 30_000 });
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return { id: el?.getAttribute("data-event-id") ?? null, live: el?.closest(".nl-timeline-static") === null && el?.closest("section.nl-timeline-view") !== null };
    });
    expect(focused).toEqual({ id, live: true });
    // and the chart answers the keyboard at once
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"))).not.toBe(focused.id);
    expectNoErrors(console);
    await close(page);
  });
});

describe("pages load cleanly and accessibly", () => {
  it.each([
    ["/", "light"],
    [DASHBOARD, "light"],
    ["/", "dark"],
    [DASHBOARD, "dark"],
  ] as const)("%s in %s mode has no console errors and no serious or critical axe violations", async (path, colorScheme) => {
    const { page, console } = await openPage(browser, { colorScheme });
    await page.goto(`${baseUrl()}${path}`, { waitUntil: "networkidle" });
    if (path === DASHBOARD) await waitForDashboard(page);
    expect(describeViolations(severe(await runAxe(page)))).toEqual([]);
    if (path === DASHBOARD) {
      // the static graph is drawn light once; the page's colour scheme recolours it by CSS
      const painted = await page.evaluate(() => {
        const svg = document.querySelector("[data-testid='graph-static'] svg")!;
        const node = svg.querySelector("g[data-actor-id] path")!;
        return { outline: getComputedStyle(node).stroke, node: getComputedStyle(node).fill, drawn: node.getAttribute("fill") };
      });
      const rgb = (c: string) => `rgb(${[1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)).join(", ")})`;
      const kind = Object.values(actorKindStyle).find((k) => k.color.light === painted.drawn);
      expect(painted.outline).toBe(rgb(palettes[colorScheme].background));
      expect(painted.node).toBe(rgb(kind!.color[colorScheme]));
      // and again once vis-network has replaced the static graph
      await openGraphCanvas(page);
      expect(describeViolations(severe(await runAxe(page)))).toEqual([]);
    }
    expectNoErrors(console);
    await close(page);
  });
});

describe("screenshots", () => {
  it.each([
    ["1440x900", "light", DESKTOP],
    ["1440x900", "dark", DESKTOP],
    ["390x844", "light", PHONE],
    ["390x844", "dark", PHONE],
  ] as const)("dashboard at %s in %s mode", async (size, colorScheme, viewport) => {
    const phone = viewport.width < 500;
    const { page, console } = await openDashboard({
      viewport,
      colorScheme,
      isMobile: phone,
      hasTouch: phone,
      deviceScaleFactor: 1,
    });
    // the first paint as a reader sees it (live timeline, static graph), once fonts have settled
    await page.evaluate(() =>
      document.fonts.ready.then(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      ),
    );
    const file = await screenshot(page, `dashboard-${size}-${colorScheme}`);
    expect(file).toMatch(/\.png$/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    // views stack on a phone: nothing may push the page sideways
    expect(overflow).toBeLessThanOrEqual(0);
    expectNoErrors(console);
    await close(page);
  });

  it("home page at 1440x900 and 390x844", async () => {
    for (const [size, viewport] of [
      ["1440x900", DESKTOP],
      ["390x844", PHONE],
    ] as const) {
      const { page, console } = await openPage(browser, { viewport });
      await page.goto(`${baseUrl()}/`, { waitUntil: "networkidle" });
      await screenshot(page, `home-${size}`);
      expectNoErrors(console);
      await close(page);
    }
  });
});
