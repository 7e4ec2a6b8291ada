// Clicks like a person: real mouse clicks (and taps on a phone) at the centre of what a reader clicks,
// an event's label, a node, an edge, on the seed article as a new reader meets it, and what a drawing
// must be at a glance: no label over another label or a connector, the hover card beside what it
// describes, the graph framed in its panel.
import type { Browser, Page } from "playwright-core";
import type { Analysis } from "@/lib/model/analysis";
import { canvasGeometry } from "./canvas-geometry";
import { DESKTOP, PHONE, baseUrl, dashboard as sel, eventually, fetchAnalysis, launchBrowser, openPage, screenshot, waitForDashboard } from "./helpers";

const ARTICLE = "us-europe-ukraine-security-guarantees";
const DASHBOARD = `/articles/${ARTICLE}`;
const TIMELINE = "section.nl-timeline-view";
type Box = { left: number; top: number; right: number; bottom: number };
type Device = { name: string; viewport: { width: number; height: number }; touch: boolean };
const DEVICES: Device[] = [
  { name: "1440x900 (mouse)", viewport: DESKTOP, touch: false },
  { name: "390x844 (tap)", viewport: PHONE, touch: true },
];

let browser: Browser;
let analysis: Analysis;

beforeAll(async () => {
  browser = await launchBrowser();
  analysis = await fetchAnalysis(ARTICLE);
  expect(analysis.events.length).toBeGreaterThan(2);
  expect(analysis.relations.length).toBeGreaterThan(2);
});

afterAll(async () => {
  await browser?.close();
});

async function open(device: Device): Promise<Page> {
  const { page } = await openPage(browser, {
    viewport: device.viewport,
    isMobile: device.touch,
    hasTouch: device.touch,
    deviceScaleFactor: 1,
  });
  return page;
}

/** Loads the dashboard and waits for hydration only: the timeline is still the server's drawing, as a new reader meets it. */
async function goto(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}${DASHBOARD}`, { waitUntil: "networkidle" });
  await page.waitForSelector(`${TIMELINE}[data-hydrated]`, { timeout: 30_000 });
  await page.waitForSelector(`${sel.staticGraph}[data-hydrated]`, { timeout: 30_000 });
}

/** The centre of the visible element matching `selector` (of the drawing shown at this width), scrolled into view. */
async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const handle = (await page.$$(selector)).find(Boolean);
  const shown = await page.$$eval(selector, (els) => els.findIndex((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().width > 0));
  expect(shown).toBeGreaterThanOrEqual(0);
  const el = (await page.$$(selector))[shown] ?? handle!;
  await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Where a reader clicks an edge: its handle, the point of its line the drawing keeps clear of nodes
 * (their shapes and labels) with the most room round it, which must be the edge's own there.
 */
async function edgePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const g = `${sel.staticGraph} svg g[data-relation-id="${id}"]`;
  await page.locator(g).scrollIntoViewIfNeeded();
  return page.$eval(g, (el) => {
    const handle = el.querySelector<SVGCircleElement>("circle.nl-edge-handle");
    if (!handle) return { id: el.getAttribute("data-relation-id"), error: "no handle" } as never;
    const r = handle.getBoundingClientRect();
    const at = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    const hit = document.elementFromPoint(at.x, at.y)?.closest("[data-relation-id], [data-actor-id]");
    if (hit !== el) return { id: el.getAttribute("data-relation-id"), error: `covered by ${hit?.outerHTML.slice(0, 80)}` } as never;
    return at;
  });
}

async function press(page: Page, device: Device, at: { x: number; y: number }): Promise<void> {
  if (device.touch) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** What a click that selected `select` leaves: the item in the URL and nothing of a pan. */
async function expectSelected(page: Page, select: string, heading: string): Promise<void> {
  await eventually(() => expect(query(page).get("select")).toBe(select));
  expect({ from: query(page).get("from"), to: query(page).get("to") }).toEqual({ from: null, to: null });
  await eventually(async () => expect(await page.textContent(sel.details)).toContain(heading));
}

describe.each(DEVICES)("hit targets at $name", (device) => {
  it("a click at the centre of every event's label (or glyph) selects it, from the server's drawing on; the timeline and the other views follow; no click moves the window", async () => {
    const page = await open(device);
    await goto(page);
    expect(await page.locator(sel.staticTimeline).count()).toBe(1);
    const drawn = await page.$$eval(`${sel.staticTimeline} svg [data-event-id]`, (els) => [...new Set(els.map((el) => el.getAttribute("data-event-id")!))]);
    expect(drawn.sort()).toEqual(analysis.events.map((e) => e.id).sort());
    let first = true;
    for (const event of analysis.events) {
      // the first click lands on the server's drawing (the live chart replaces it as the pointer arrives), the others on the chart
      const scope = first ? sel.staticTimeline : `${TIMELINE} > div > div:not(.nl-timeline-static)`;
      const mark = `${scope} svg [data-event-id="${event.id}"]`;
      const hasLabel = (await page.$$eval(`${mark} text.nl-label`, (els) => els.filter((el) => el.getClientRects().length > 0).length)) > 0;
      const at = await centreOf(page, hasLabel ? `${mark} text.nl-label` : `${mark} :is(circle, path, rect:not(.nl-hit))`);
      await press(page, device, at);
      first = false;
      await expectSelected(page, `event:${event.id}`, event.label);
      await eventually(async () => expect(await page.getAttribute(sel.markById(event.id), "aria-selected")).toBe("true"));
      const selected = await page.$$eval(`${sel.mark}[aria-selected="true"]`, (els) => els.map((el) => el.getAttribute("data-event-id")));
      expect(selected).toEqual([event.id]);
      // the article text follows: the event's evidence is highlighted
      expect(await page.locator("[data-testid='article-text'] mark.evidence").count()).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it("a click at the centre of every node's label and of every edge on the server-drawn graph selects it; the timeline follows", async () => {
    const page = await open(device);
    const labelled = (kind: "actor" | "relation", id: string) =>
      `${sel.staticGraph} svg g[data-${kind}-id="${id}"] text`;
    for (const actor of analysis.actors) {
      await goto(page);
      await press(page, device, await centreOf(page, labelled("actor", actor.id)));
      await expectSelected(page, `actor:${actor.id}`, actor.name);
      await eventually(async () => expect(await page.getAttribute(sel.graphActor(actor.id), "aria-pressed")).toBe("true"));
    }
    // every edge, at its handle: a click, or a tap the browser does not snap to a node beside it
    for (const relation of analysis.relations) {
      await goto(page);
      const at = await edgePoint(page, relation.id);
      expect(at).toEqual({ x: expect.any(Number), y: expect.any(Number) });
      await press(page, device, at);
      const source = analysis.actors.find((a) => a.id === relation.source)!.name;
      await expectSelected(page, `relation:${relation.id}`, source);
      // the timeline follows: the relation's events stand out, the others dim
      await eventually(async () => expect(await page.locator(`${sel.mark}[opacity]`).count()).toBeGreaterThan(0));
    }
    await page.context().close();
  });
});

describe.each(DEVICES)("hit targets on the vis-network canvas at $name: nodes", (device) => {
  it("a press at the centre of every node's shape and every node's label selects it", async () => {
    const page = await open(device);
    type Target = { select: string; heading: string; at: { x: number; y: number } };
    // where the static drawing puts each shape (the canvas takes over at the same view) and where vis-network draws each label
    const targets = async (): Promise<Target[]> => {
      const { labels } = await canvasGeometry(page, analysis);
      const centre = (b: { left: number; top: number; right: number; bottom: number }) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
      const out: Target[] = [];
      for (const a of analysis.actors) {
        const shape = await page.$eval(`${sel.staticGraph} svg g[data-actor-id="${a.id}"] path`, (el) => el.getBoundingClientRect());
        out.push({ select: `actor:${a.id}`, heading: a.name, at: centre(shape) });
        if (labels[a.id]) out.push({ select: `actor:${a.id}`, heading: a.name, at: centre(labels[a.id]!) });
      }
      return out;
    };
    await goto(page);
    const all = await targets();
    for (const target of all) {
      await goto(page);
      await page.locator(sel.staticGraph).scrollIntoViewIfNeeded();
      expect(await targets()).toEqual(all);
      await page.getByRole("button", { name: "Pan & zoom", exact: true }).click();
      await page.waitForSelector(sel.staticGraph, { state: "detached", timeout: 30_000 });
      await press(page, device, target.at);
      await expectSelected(page, target.select, target.heading);
    }
    await page.context().close();
  });
});

describe.each(DEVICES)("hit targets on the vis-network canvas at $name: edges", (device) => {
  it("a press on every edge's line, clear of shapes and labels, selects the relation, not the node beside it", async () => {
    const page = await open(device);
    await goto(page);
    const points = (await canvasGeometry(page, analysis)).edges;
    expect(Object.keys(points).sort()).toEqual(analysis.relations.map((r) => r.id).sort());
    for (const relation of analysis.relations) {
      const at = points[relation.id]!;
      // a line a reader can click: some of it clear of every node and label, away from other lines
      expect({ id: relation.id, clear: at.room >= 3 }).toEqual({ id: relation.id, clear: true });
      await goto(page);
      expect((await canvasGeometry(page, analysis)).edges).toEqual(points);
      await page.getByRole("button", { name: "Pan & zoom", exact: true }).click();
      await page.waitForSelector(sel.staticGraph, { state: "detached", timeout: 30_000 });
      await press(page, device, at);
      const source = analysis.actors.find((a) => a.id === relation.source)!.name;
      await expectSelected(page, `relation:${relation.id}`, source);
    }
    await page.context().close();
  });
});

describe("a press on the timeline", () => {
  it("a click that drifts under the threshold selects and leaves the window; a drag from a label pans and selects nothing", async () => {
    const page = await open(DEVICES[0]!);
    await goto(page);
    await waitForDashboard(page);
    const [a, b] = analysis.events.filter((e) => e.time.type === "date" || e.time.type === "range");
    const at = await centreOf(page, `${sel.markById(a!.id)} text.nl-label`);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 2, at.y + 1);
    await page.mouse.up();
    await expectSelected(page, `event:${a!.id}`, a!.label);

    const from = await centreOf(page, `${sel.markById(b!.id)} text.nl-label`);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(from.x - i * 15, from.y);
    await page.mouse.up();
    await eventually(() => expect(query(page).get("from")).not.toBeNull());
    expect(query(page).get("select")).toBe(`event:${a!.id}`);
    await page.context().close();
  });
});

/** Label boxes and connector points of the live timeline, in page coordinates. */
async function timelineGeometry(page: Page): Promise<{ labels: { id: string; box: Box }[]; connectors: { from: string; to: string; points: { x: number; y: number }[] }[] }> {
  return page.evaluate((root) => {
    const host = document.querySelector(root)!;
    const labels = [...host.querySelectorAll<SVGTextElement>("svg [data-event-id] > text.nl-label")]
      .filter((t) => t.getClientRects().length > 0)
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { id: t.parentElement!.getAttribute("data-event-id")!, box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
      });
    const connectors = [...host.querySelectorAll<SVGPathElement>("svg path.nl-connector")].map((p) => {
      const m = p.getScreenCTM()!;
      const length = p.getTotalLength();
      const points: { x: number; y: number }[] = [];
      for (let s = 0; s <= length; s += 1) {
        const q = p.getPointAtLength(s);
        points.push({ x: m.a * q.x + m.c * q.y + m.e, y: m.b * q.x + m.d * q.y + m.f });
      }
      return { from: p.getAttribute("data-from")!, to: p.getAttribute("data-to")!, points };
    });
    return { labels, connectors };
  }, TIMELINE);
}

const intersects = (p: Box, q: Box, slack = 0.5) =>
  p.left < q.right - slack && q.left < p.right - slack && p.top < q.bottom - slack && q.top < p.bottom - slack;
const inside = (pt: { x: number; y: number }, b: Box, slack = 0.5) =>
  pt.x > b.left + slack && pt.x < b.right - slack && pt.y > b.top + slack && pt.y < b.bottom - slack;

describe.each([1440, 1024, 768, 390])("legible at a glance at %i px", (width) => {
  it("no event label overlaps another label or a connector; the hover card leaves its mark uncovered; the whole graph is framed in its panel", async () => {
    const phone = width < 500;
    const { page } = await openPage(browser, { viewport: { width, height: phone ? 844 : 900 }, isMobile: phone, hasTouch: phone, deviceScaleFactor: 1 });
    await page.goto(`${baseUrl()}${DASHBOARD}`, { waitUntil: "networkidle" });
    await waitForDashboard(page);
    const { labels, connectors } = await timelineGeometry(page);
    expect(labels.length).toBeGreaterThan(analysis.events.length / 2);
    const overlaps: string[] = [];
    labels.forEach((p, i) =>
      labels.slice(i + 1).forEach((q) => {
        if (intersects(p.box, q.box)) overlaps.push(`${p.id} × ${q.id}`);
      }),
    );
    for (const c of connectors)
      for (const l of labels) if (c.points.some((pt) => inside(pt, l.box))) overlaps.push(`connector ${c.from}→${c.to} × label ${l.id}`);
    expect(overlaps).toEqual([]);

    // the hover card beside the mark, never over it
    for (const id of labels.map((l) => l.id).slice(0, 6)) {
      const at = await centreOf(page, `${sel.markById(id)} text.nl-label`);
      await page.mouse.move(at.x, at.y);
      const tip = `${TIMELINE} [role='tooltip']`;
      await eventually(async () => expect(await page.isVisible(tip)).toBe(true));
      const card = (await page.locator(tip).boundingBox())!;
      const mark = (await page.locator(sel.markById(id)).boundingBox())!;
      const box = (b: { x: number; y: number; width: number; height: number }) => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });
      expect({ id, covers: intersects(box(card), box(mark)) }).toEqual({ id, covers: false });
    }
    await page.mouse.move(0, 0);

    // the graph fills its panel from the top: every node inside it, no empty band above the drawing
    const frame = await page.evaluate((s) => {
      const panel = document.querySelector(s)!.getBoundingClientRect();
      const nodes = [...document.querySelectorAll(`${s} svg g[data-actor-id]`)].map((g) => g.getBoundingClientRect());
      return {
        panel: { left: panel.left, top: panel.top, right: panel.right, bottom: panel.bottom },
        nodes: { left: Math.min(...nodes.map((n) => n.left)), top: Math.min(...nodes.map((n) => n.top)), right: Math.max(...nodes.map((n) => n.right)), bottom: Math.max(...nodes.map((n) => n.bottom)) },
      };
    }, sel.staticGraph);
    expect(frame.nodes.left).toBeGreaterThanOrEqual(frame.panel.left - 0.5);
    expect(frame.nodes.right).toBeLessThanOrEqual(frame.panel.right + 0.5);
    expect(frame.nodes.top).toBeGreaterThanOrEqual(frame.panel.top - 0.5);
    expect(frame.nodes.bottom).toBeLessThanOrEqual(frame.panel.bottom + 0.5);
    // the drawing starts at the panel's top (its padding of 16 px of 400, scaled), not in the middle of a tall box
    expect(frame.nodes.top - frame.panel.top).toBeLessThan(0.1 * (frame.panel.right - frame.panel.left));

    await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `dashboard-${width}`);
    await page.context().close();
  });
});
