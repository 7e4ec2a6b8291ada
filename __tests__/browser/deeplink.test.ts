import type { Browser, Page } from "playwright-core";
import type { Analysis, Event } from "@/lib/model/analysis";
import {
  baseUrl,
  dashboard as sel,
  eventually,
  fetchAnalysis,
  launchBrowser,
  markStates,
  openPage,
  waitForDashboard,
  type ConsoleLog,
} from "./helpers";

/**
 * Deep links (issue 4): a URL restores the view it was copied from (selection, filters, timeline
 * window, lanes, graph focus, view), on the server's first paint and in the live dashboard; Back
 * and Forward step through selection and view changes, not through zoom frames.
 */
const ARTICLE = "us-europe-ukraine-security-guarantees";
const DASHBOARD = `/articles/${ARTICLE}`;
const DAY = 86_400_000;

let browser: Browser;
let analysis: Analysis;

beforeAll(async () => {
  browser = await launchBrowser();
  analysis = await fetchAnalysis(ARTICLE);
});

afterAll(async () => {
  await browser?.close();
});

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * The link under test, built from what the pipeline extracted: e2 (the summit) when it is a dated
 * point, as in the issue, else the first event with a start date (its mark starts there).
 */
function deepLink() {
  const point = (e: Event) => e.time.type === "date" && e.time.start !== undefined;
  const event = analysis.events.find((e) => e.id === "e2" && point(e)) ?? analysis.events.find(point) ?? analysis.events.find((e) => e.time.start !== undefined);
  if (!event) throw new Error("the seed analysis has no dated event to select and frame");
  const at = Date.parse(`${event.time.start!.slice(0, 10)}T00:00:00Z`);
  // a window the event sits a quarter of the way into: a full view would put it elsewhere
  const window = { from: isoDay(at - DAY), to: isoDay(at + 3 * DAY) };
  const other = [...new Set(analysis.events.map((e) => e.certainty))].filter((c) => c !== event.certainty).sort()[0];
  const certainty: string[] = [event.certainty, ...(other ? [other] : [])];
  // an actor whose neighbourhood leaves some actors out, so the focus is visible
  const neighbourhood = (id: string) =>
    new Set([id, ...analysis.relations.flatMap((r) => (r.source === id ? [r.target] : r.target === id ? [r.source] : []))]);
  const focus = analysis.actors
    .map((a) => ({ actor: a, near: neighbourhood(a.id) }))
    .filter((x) => x.near.size > 1 && x.near.size < analysis.actors.length)
    .sort((a, b) => b.near.size - a.near.size || a.actor.id.localeCompare(b.actor.id))[0];
  if (!focus) throw new Error("no actor with a neighbourhood smaller than the graph");
  const params = new URLSearchParams({
    view: "timeline",
    select: `event:${event.id}`,
    certainty: certainty.join(","),
    from: window.from,
    to: window.to,
    // by actor: on the seed the default is by certainty, which a canonical URL leaves out
    lanes: "actor",
    focus: focus.actor.id,
  });
  return { event, at, window, certainty, focus: focus.actor, near: focus.near, query: `?${params.toString().replace(/%2C/g, ",").replace(/%3A/g, ":")}` };
}

async function close(page: Page): Promise<void> {
  await page.context().close();
}

function expectNoErrors(console: ConsoleLog): void {
  expect(console.errors()).toEqual([]);
}

const pressed = (page: Page, group: string, name: string) =>
  page.getAttribute(`[role='group'][aria-label='${group}'] button:has-text('${name}')`, "aria-pressed");

/** The URL's view parameters as a plain object (list values sorted), for comparing links in any order. */
function paramsOf(url: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(url).searchParams) out[k] = k === "certainty" ? v.split(",").sort().join(",") : v;
  return out;
}

/** Where a mark's time sits across the plot: 0 at its left edge, 1 at its right (from the chart's clip rectangle). */
async function plotFraction(page: Page, id: string): Promise<number> {
  return page.evaluate((markId) => {
    const svg = document.querySelector<SVGSVGElement>("section.nl-timeline-view svg.nl-timeline")!;
    const clip = svg.querySelector("clipPath rect")!;
    const x0 = Number(clip.getAttribute("x"));
    const width = Number(clip.getAttribute("width"));
    const mark = svg.querySelector(`[data-event-id="${markId}"]`)!;
    const x = Number(/translate\(\s*([-\d.]+)/.exec(mark.getAttribute("transform") ?? "")?.[1]);
    return (x - x0) / width;
  }, id);
}

describe("a deep link restores the view", () => {
  it("the server's first paint (no JavaScript) already shows the linked view", async () => {
    const link = deepLink();
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl()}${DASHBOARD}${link.query}`);
    expect(res?.status()).toBe(200);
    // view=timeline: the timeline and the details, no graph and no article text
    expect(await page.locator("[data-panel='timeline']").count()).toBe(1);
    expect(await page.locator("[data-panel='graph']").count()).toBe(0);
    expect(await page.locator("[data-panel='text']").count()).toBe(0);
    expect(await pressed(page, "View", "Timeline")).toBe("true");
    expect(await pressed(page, "Lanes", "By actor")).toBe("true");
    // every drawing of the static timeline has the event selected and only the linked certainties
    const marks = await page.$$eval(`${sel.staticTimeline} svg [data-event-id]`, (els) =>
      els.map((el) => ({ id: el.getAttribute("data-event-id"), certainty: el.getAttribute("data-certainty"), selected: el.getAttribute("aria-selected") })),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => !link.certainty.includes(m.certainty!))).toEqual([]);
    expect(new Set(marks.filter((m) => m.selected === "true").map((m) => m.id))).toEqual(new Set([link.event.id]));
    expect(await page.textContent(sel.details)).toContain(link.event.label);
    expect(await page.locator("[aria-label='Ignored link parameters']").count()).toBe(0);
    await close(page);
  });

  it("selection, filters, lanes, timeline window and view are restored live; the graph focus once the graph is shown", async () => {
    const link = deepLink();
    const { page, console } = await openPage(browser);
    await page.goto(`${baseUrl()}${DASHBOARD}${link.query}`, { waitUntil: "networkidle" });
    await waitForDashboard(page);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const expected = paramsOf(`${baseUrl()}${link.query}`);
    expect(paramsOf(page.url())).toEqual(expected);

    // view
    expect(await pressed(page, "View", "Timeline")).toBe("true");
    expect(await page.locator("[data-panel='graph']").count()).toBe(0);
    expect(await page.locator("[data-panel='text']").count()).toBe(0);
    // selection
    await eventually(async () =>
      expect((await markStates(page)).filter((m) => m.selected === "true").map((m) => m.id)).toEqual([link.event.id]),
    );
    expect(await page.textContent(sel.details)).toContain(link.event.label);
    // filters: the certainty filter says what it keeps, and the timeline keeps only that
    const summary = page.locator("[role='group'][aria-label='Filters'] summary", { hasText: "Certainty" });
    expect((await summary.textContent())?.replace(/\s+/g, " ")).toContain(`Certainty (${link.certainty.length})`);
    const marks = await markStates(page);
    const kept = analysis.events.filter((e) => link.certainty.includes(e.certainty)).map((e) => e.id).sort();
    expect(marks.map((m) => m.id).sort()).toEqual(kept);
    // lanes
    expect(await pressed(page, "Lanes", "By actor")).toBe("true");
    expect(marks.some((m) => m.lane?.startsWith("actor:"))).toBe(true);
    expect(marks.filter((m) => m.lane?.startsWith("certainty:"))).toEqual([]);
    // timeline window: the event sits a quarter of the way across the plot, as the window puts it
    const from = Date.parse(`${link.window.from}T00:00:00Z`);
    const to = Date.parse(`${link.window.to}T00:00:00Z`);
    const expectedFraction = (link.at - from) / (to - from);
    expect(Math.abs((await plotFraction(page, link.event.id)) - expectedFraction)).toBeLessThan(0.03);

    // the graph focus comes back when the graph is shown: only the focused actor and its neighbours
    await page.click("[role='group'][aria-label='View'] button:has-text('All views')");
    await page.waitForSelector(sel.staticNodes);
    await waitForDashboard(page);
    const nodes = await page.$$eval(sel.staticNodes, (els) => els.map((el) => el.getAttribute("data-actor-id")!));
    expect(nodes).toContain(link.focus.id);
    expect(nodes.filter((id) => !link.near.has(id))).toEqual([]);
    expect(await page.textContent("[data-panel='graph']")).toContain(`now: ${link.focus.name} and neighbours`);
    expect(paramsOf(page.url())).toEqual(Object.fromEntries(Object.entries(expected).filter(([k]) => k !== "view")));
    // the window survived the change of view
    expect(Math.abs((await plotFraction(page, link.event.id)) - expectedFraction)).toBeLessThan(0.03);

    // Back returns to the linked view, in the same document
    await page.goBack();
    await eventually(async () => expect(await pressed(page, "View", "Timeline")).toBe("true"));
    expect(paramsOf(page.url())).toEqual(expected);
    expect(await page.locator("[data-panel='graph']").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expectNoErrors(console);
    await close(page);
  });

  it("malformed values and unknown ids are dropped with a visible notice, the rest of the link still applies", async () => {
    const { page, console } = await openPage(browser);
    const res = await page.goto(`${baseUrl()}${DASHBOARD}?view=table&certainty=maybe&select=event:no-such-event&lanes=sideways`, {
      waitUntil: "networkidle",
    });
    expect(res?.status()).toBe(200);
    const notice = (await page.textContent("[aria-label='Ignored link parameters']")) ?? "";
    for (const ignored of ["certainty=maybe", "no-such-event", "lanes=sideways"]) expect(notice).toContain(ignored);
    expect(await pressed(page, "View", "Tables")).toBe("true");
    expect(await page.locator(sel.tableRow).count()).toBe(analysis.events.length);
    // the link is rewritten to what was applied
    await eventually(() => expect(paramsOf(page.url())).toEqual({ view: "table" }));
    expectNoErrors(console);
    await close(page);
  });
});

describe("Back and Forward", () => {
  it("step through selection and view changes, not through zooms, without reloading", async () => {
    const { page, console } = await openPage(browser);
    await page.goto(`${baseUrl()}${DASHBOARD}`, { waitUntil: "networkidle" });
    await waitForDashboard(page);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const selected = async () => (await markStates(page)).filter((m) => m.selected === "true").map((m) => m.id);
    const start = paramsOf(page.url());
    expect(start).toEqual({});

    // 1. select an event on the timeline (a step)
    const id = (await markStates(page))[0]!.id;
    // force: the glyph's inner circle (of the same mark) takes the click, which playwright counts as covered
    await page.locator(`${sel.markById(id)} circle, ${sel.markById(id)} rect:not(.nl-hit), ${sel.markById(id)} path`).first().click({ force: true });
    await eventually(async () => expect(paramsOf(page.url())).toEqual({ select: `event:${id}` }));
    expect(await selected()).toEqual([id]);

    // 2. zoom in twice: the window goes into the URL, but replaces the current step
    const length = await page.evaluate(() => history.length);
    await page.click("[role='group'][aria-label='Zoom'] button[aria-label='Zoom in']");
    await page.click("[role='group'][aria-label='Zoom'] button[aria-label='Zoom in']");
    await eventually(async () => expect(Object.keys(paramsOf(page.url())).sort()).toEqual(["from", "select", "to"]));
    // the second zoom's window may reach the URL later (animated transition, debounced write): wait
    // until the URL has not changed for 500 ms
    let zoomed = paramsOf(page.url());
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
      await page.waitForTimeout(500);
      const now = paramsOf(page.url());
      if (JSON.stringify(now) === JSON.stringify(zoomed)) break;
      zoomed = now;
    }
    expect(await page.evaluate(() => history.length)).toBe(length);

    // 3. switch to the tables (a step)
    await page.click("[role='group'][aria-label='View'] button:has-text('Tables')");
    await eventually(async () => expect(paramsOf(page.url())).toEqual({ ...zoomed, view: "table" }));
    await page.waitForSelector(sel.tableRow);

    // Back: the view comes back, with the selection and the zoomed window
    await page.goBack();
    await eventually(async () => expect(paramsOf(page.url())).toEqual(zoomed));
    await eventually(async () => expect(await pressed(page, "View", "All views")).toBe("true"));
    await eventually(async () => expect(await selected()).toEqual([id]));
    expect(await page.locator(sel.tableRow).count()).toBe(0);

    // Back: before the selection
    await page.goBack();
    await eventually(async () => expect(paramsOf(page.url())).toEqual({}));
    await eventually(async () => expect(await selected()).toEqual([]));
    expect(await page.textContent(sel.details)).toContain("Nothing selected");

    // Forward twice: the selection, then the tables
    await page.goForward();
    await eventually(async () => expect(paramsOf(page.url())).toEqual(zoomed));
    await eventually(async () => expect(await selected()).toEqual([id]));
    await page.goForward();
    await eventually(async () => expect(paramsOf(page.url())).toEqual({ ...zoomed, view: "table" }));
    await eventually(async () => expect(await pressed(page, "View", "Tables")).toBe("true"));

    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expectNoErrors(console);
    await close(page);
  });
});
