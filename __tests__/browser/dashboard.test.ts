import type { Browser, Locator, Page } from "playwright-core";
import type { Analysis } from "@/lib/model/analysis";
import { actorKindStyle, palettes } from "@/lib/graph/style";
import {
  DESKTOP,
  PHONE,
  baseUrl,
  dashboard as sel,
  describeViolations,
  eventually,
  fetchAnalysis,
  launchBrowser,
  markStates,
  openGraphCanvas,
  openPage,
  runAxe,
  screenshot,
  severe,
  waitForDashboard,
  type ConsoleLog,
} from "./helpers";

const ARTICLE = "us-europe-ukraine-security-guarantees";
const DASHBOARD = `/articles/${ARTICLE}`;

let browser: Browser;
let analysis: Analysis;

beforeAll(async () => {
  browser = await launchBrowser();
  analysis = await fetchAnalysis(ARTICLE);
  // the checks below follow whatever the pipeline extracted; they need something to follow
  expect(analysis.events.length).toBeGreaterThan(2);
  expect(analysis.actors.length).toBeGreaterThan(1);
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Opens the dashboard and waits until it has hydrated: the live timeline is drawn and the graph is
 * its static, server-rendered drawing (vis-network is not fetched until someone pans or zooms).
 */
async function openDashboard(
  options: Parameters<typeof openPage>[1] = {},
  query = "",
): Promise<{ page: Page; console: ConsoleLog }> {
  const opened = await openPage(browser, options);
  await opened.page.goto(`${baseUrl()}${DASHBOARD}${query}`, { waitUntil: "networkidle" });
  await waitForDashboard(opened.page);
  return opened;
}

async function close(page: Page): Promise<void> {
  await page.context().close();
}

function expectNoErrors(console: ConsoleLog): void {
  expect(console.errors()).toEqual([]);
}

/** The actor with the most events that is not in every event, so following it is visible. */
function actorToFollow(): { id: string; name: string; events: Set<string> } {
  const ranked = analysis.actors
    .map((a) => ({
      id: a.id,
      name: a.name,
      events: new Set(analysis.events.filter((e) => e.actors.includes(a.id)).map((e) => e.id)),
    }))
    .filter((a) => a.events.size > 0 && a.events.size < analysis.events.length)
    .sort((a, b) => b.events.size - a.events.size || a.id.localeCompare(b.id));
  expect(ranked.length).toBeGreaterThan(0);
  return ranked[0]!;
}

/**
 * Where an actor's node is on the vis-network canvas (which has no DOM per node): a sweep of
 * pointer moves dispatched in the page notes where the graph's hover card names the actor, and the
 * median of those points is on the node. The sweep runs in the page because a real mouse move
 * costs a round trip per point; the click that follows is a real one.
 */
async function findNode(page: Page, actorName: string): Promise<{ x: number; y: number }> {
  await page.locator(sel.graphCanvas).scrollIntoViewIfNeeded();
  const hits = await page.evaluate(
    ({ canvasSelector, tooltipSelector }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(canvasSelector)!;
      const tip = document.querySelector<HTMLElement>(tooltipSelector)!;
      const box = canvas.getBoundingClientRect();
      const seen: { x: number; y: number; heading: string }[] = [];
      const step = 6;
      for (let y = box.top + step / 2; y < box.bottom; y += step) {
        for (let x = box.left + step / 2; x < box.right; x += step) {
          const init = { clientX: x, clientY: y, bubbles: true, cancelable: true };
          canvas.dispatchEvent(new PointerEvent("pointermove", { ...init, pointerType: "mouse" }));
          canvas.dispatchEvent(new MouseEvent("mousemove", init));
          const heading = tip.hidden ? null : tip.querySelector("strong")?.textContent;
          if (heading) seen.push({ x, y, heading });
        }
      }
      return seen;
    },
    { canvasSelector: sel.graphCanvas, tooltipSelector: sel.graphTooltip },
  );
  const mine = hits.filter((h) => h.heading === actorName);
  if (mine.length === 0) {
    const seen = [...new Set(hits.map((h) => h.heading))].join(" | ");
    throw new Error(`no node named ${actorName} under the pointer; hover cards seen: ${seen}`);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const point = { x: median(mine.map((h) => h.x)), y: median(mine.map((h) => h.y)) };
  // the real pointer agrees: hovering there shows the actor's card
  await page.mouse.move(point.x, point.y);
  await eventually(async () =>
    expect(await page.textContent(`${sel.graphTooltip} strong`)).toBe(actorName),
  );
  return point;
}

/** After selecting `actor`: its events stand out on the timeline, the rest dim; its mentions are highlighted in the text. */
async function expectFollowing(
  page: Page,
  actor: { id: string; events: Set<string> },
): Promise<void> {
  const others = analysis.events.filter((e) => !actor.events.has(e.id)).map((e) => e.id);
  await eventually(async () => {
    const dimmed = (await markStates(page)).filter((m) => m.dimmed).map((m) => m.id);
    expect(dimmed.sort()).toEqual(others.sort());
  });
  const marks = await markStates(page);
  for (const m of marks) {
    expect({ id: m.id, emphasised: m.emphasised, selected: m.selected }).toEqual({
      id: m.id,
      emphasised: actor.events.has(m.id),
      selected: "false",
    });
  }

  const mentions = await page.$$eval(sel.mention, (els) =>
    els.map((el) => ({
      actor: el.getAttribute("data-actor-id"),
      pressed: el.getAttribute("aria-pressed"),
      highlighted: el.querySelector("mark.evidence") !== null,
    })),
  );
  const own = mentions.filter((m) => m.actor === actor.id);
  expect(own.length).toBeGreaterThan(0);
  expect(own.every((m) => m.pressed === "true" && m.highlighted)).toBe(true);
  expect(mentions.filter((m) => m.actor !== actor.id && m.pressed === "true")).toEqual([]);
}

async function openFilter(page: Page, legend: string): Promise<Locator> {
  const details = page
    .locator("[role='group'][aria-label='Filters'] details")
    .filter({ has: page.locator(`summary:has-text("${legend}")`) });
  await details.locator("summary").click();
  return details;
}

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

describe("dashboard linked views", () => {
  it("clicking an actor's node in the static graph brings its events forward on the timeline and its mentions in the text", async () => {
    const { page, console } = await openDashboard();
    const actor = actorToFollow();
    expect(await page.locator(sel.graphCanvas).count()).toBe(0);
    // note where the click lands: on the server-drawn node, not on a canvas that replaced it
    await page.evaluate(() => {
      const w = window as unknown as { __clickedStatic?: boolean };
      document.addEventListener(
        "click",
        (e) => {
          w.__clickedStatic = e.target instanceof Element && e.target.closest("[data-testid='graph-static'] svg g[data-actor-id]") !== null;
        },
        { capture: true, once: true },
      );
    });
    // the node's shape: the group's centre may fall between the shape and its label
    await page.locator(`${sel.staticNode(actor.id)} path`).click();
    expect(await page.evaluate(() => (window as unknown as { __clickedStatic?: boolean }).__clickedStatic)).toBe(true);
    await expectFollowing(page, actor);
    await eventually(async () =>
      expect(await page.getAttribute(sel.graphActor(actor.id), "aria-pressed")).toBe("true"),
    );
    // the pointer entering the graph fetched vis-network: it takes over at the same view, keeping the selection
    await page.waitForSelector(sel.staticGraph, { state: "detached", timeout: 30_000 });
    await page.waitForSelector(sel.graphCanvas, { state: "attached" });
    await expectFollowing(page, actor);
    await page.mouse.move(0, 0);
    await screenshot(page, "dashboard-1440x900-actor-selected");
    expectNoErrors(console);
    await close(page);
  });

  it('after "Pan & zoom", clicking an actor\'s node on the vis-network canvas selects it in every view', async () => {
    const { page, console } = await openDashboard();
    await openGraphCanvas(page);
    const actor = actorToFollow();
    const node = await findNode(page, actor.name);
    await page.mouse.click(node.x, node.y);
    await expectFollowing(page, actor);
    await eventually(async () =>
      expect(await page.getAttribute(sel.graphActor(actor.id), "aria-pressed")).toBe("true"),
    );
    await page.mouse.move(0, 0);
    await screenshot(page, "dashboard-1440x900-canvas-actor-selected");
    expectNoErrors(console);
    await close(page);
  });

  it("the static graph is one tab stop: arrow keys move between nodes, Enter selects, without fetching vis-network", async () => {
    const { page, console } = await openDashboard();
    const actor = actorToFollow();
    const stops = () =>
      page.$$eval(`${sel.staticNodes}[tabindex="0"]`, (els) => els.map((el) => el.getAttribute("data-actor-id")));
    const focused = () =>
      page.evaluate(
        () => document.activeElement?.closest("[data-testid='graph-static'] [data-actor-id]")?.getAttribute("data-actor-id") ?? null,
      );
    expect((await stops()).length).toBe(1);
    await page.focus(`${sel.staticNodes}[tabindex="0"]`);
    const order = await page.$$eval(sel.staticNodes, (els) => els.map((el) => el.getAttribute("data-actor-id")!));
    expect(order).toContain(actor.id);
    // walk with the arrow keys to the actor to follow; the single tab stop moves with the focus
    let at = await focused();
    expect(at).not.toBeNull();
    for (let i = 0; i < order.length && at !== actor.id; i++) {
      await page.keyboard.press(order.indexOf(at!) < order.indexOf(actor.id) ? "ArrowRight" : "ArrowLeft");
      const next = await focused();
      expect(next).not.toBe(at);
      at = next;
      await eventually(async () => expect(await stops()).toEqual([at]));
    }
    expect(at).toBe(actor.id);
    // focus shows the same hover card as the pointer, filled with text
    await eventually(async () => expect(await page.textContent(`${sel.staticTooltip} strong`)).toBe(actor.name));
    await page.keyboard.press("Enter");
    await expectFollowing(page, actor);
    expect(await page.getAttribute(sel.staticNode(actor.id), "aria-pressed")).toBe("true");
    expect(await page.locator(sel.graphCanvas).count()).toBe(0);
    await page.keyboard.press("Escape");
    await eventually(async () =>
      expect((await markStates(page)).filter((m) => m.dimmed).length).toBe(0),
    );
    expectNoErrors(console);
    await close(page);
  });

  it("the graph's actor list selects an actor from the keyboard", async () => {
    const { page, console } = await openDashboard();
    const actor = actorToFollow();
    await page.focus(sel.graphActor(actor.id));
    await eventually(async () => expect(await page.isVisible(sel.graphActor(actor.id))).toBe(true));
    await page.keyboard.press("Enter");
    await expectFollowing(page, actor);
    await page.keyboard.press("Escape");
    await eventually(async () =>
      expect((await markStates(page)).filter((m) => m.dimmed).length).toBe(0),
    );
    expectNoErrors(console);
    await close(page);
  });

  it("keyboard on the timeline: Tab reaches an event, ArrowRight moves on, Enter selects, Escape clears", async () => {
    const { page, console } = await openDashboard();
    await page.focus("[role='group'][aria-label='Lanes'] button:last-of-type");
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute("data-event-id") ?? null);
    // the chart itself may take focus first (for its zoom keys); the next stop is an event
    let first: string | null = null;
    for (let i = 0; i < 3 && first === null; i++) {
      await page.keyboard.press("Tab");
      first = await focused();
    }
    expect(first).not.toBeNull();
    expect(await page.getAttribute(sel.markById(first!), "tabindex")).toBe("0");

    await page.keyboard.press("ArrowRight");
    const second = await focused();
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    // roving tabindex: exactly one mark is in the tab order, the focused one
    expect(
      await page.$$eval(`${sel.mark}[tabindex="0"]`, (els) =>
        els.map((el) => el.getAttribute("data-event-id")),
      ),
    ).toEqual([second]);

    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toBe(first);
    await page.keyboard.press("ArrowRight");

    await page.keyboard.press("Enter");
    await eventually(async () =>
      expect(await page.getAttribute(sel.markById(second!), "aria-selected")).toBe("true"),
    );
    expect((await markStates(page)).filter((m) => m.selected === "true").map((m) => m.id)).toEqual([
      second,
    ]);
    const label = analysis.events.find((e) => e.id === second)!.label;
    await eventually(async () =>
      expect(await page.textContent("[data-testid='details-panel']")).toContain(label),
    );
    expect(await focused()).toBe(second);

    await page.keyboard.press("Escape");
    await eventually(async () =>
      expect((await markStates(page)).filter((m) => m.selected === "true").length).toBe(0),
    );
    expectNoErrors(console);
    await close(page);
  });

  it("lanes switch between actors and certainty", async () => {
    const lanes = "[role='group'][aria-label='Lanes']";
    const { page, console } = await openDashboard();
    const lanesOf = async () => [...new Set((await markStates(page)).map((m) => m.lane))].sort();
    // the seed opens with lanes by certainty (one actor would hold most events), and no lanes in the URL
    expect((await lanesOf()).some((l) => l?.startsWith("certainty:"))).toBe(true);
    expect(new URL(page.url()).searchParams.get("lanes")).toBeNull();
    await page.click(`${lanes} button:has-text('By actor')`);
    await eventually(async () => expect((await lanesOf()).some((l) => l?.startsWith("actor:"))).toBe(true));
    expect(new URL(page.url()).searchParams.get("lanes")).toBe("actor");
    const before = await markStates(page);

    await page.click(`${lanes} button:has-text('By certainty')`);
    await eventually(async () =>
      expect(
        await page.getAttribute(`${lanes} button:has-text('By certainty')`, "aria-pressed"),
      ).toBe("true"),
    );
    await eventually(async () =>
      expect((await lanesOf()).some((l) => l?.startsWith("certainty:"))).toBe(true),
    );
    const byCertainty = await lanesOf();
    expect(byCertainty.some((l) => l?.startsWith("actor:"))).toBe(false);
    // dated events sit in the lane of their certainty
    for (const m of await markStates(page)) {
      if (m.lane?.startsWith("certainty:")) expect(m.lane).toBe(`certainty:${m.certainty}`);
    }
    expect(await markStates(page)).not.toEqual(before);
    // back to the article's default: the URL drops the parameter
    await eventually(() => expect(new URL(page.url()).searchParams.get("lanes")).toBeNull());

    await page.click(`${lanes} button:has-text('By actor')`);
    await eventually(async () => expect(await lanesOf()).toEqual([...new Set(before.map((m) => m.lane))].sort()));
    expectNoErrors(console);
    await close(page);
  });

  it("the certainty filter keeps only the events of the chosen certainty", async () => {
    const { page, console } = await openDashboard();
    const counts = new Map<string, number>();
    for (const e of analysis.events) counts.set(e.certainty, (counts.get(e.certainty) ?? 0) + 1);
    // the rarest certainty present, so the filter visibly removes marks
    const [certainty, n] = [...counts.entries()].sort(
      (a, b) => a[1] - b[1] || a[0].localeCompare(b[0]),
    )[0]!;
    expect(n).toBeLessThan(analysis.events.length);

    const filter = await openFilter(page, "Certainty");
    await filter
      .locator("label")
      .filter({ hasText: new RegExp(`^${certainty}\\b`) })
      .click();
    await eventually(async () => expect((await markStates(page)).length).toBe(n));
    expect((await markStates(page)).every((m) => m.certainty === certainty)).toBe(true);
    expect(page.url()).toContain(certainty);

    await filter
      .locator("label")
      .filter({ hasText: new RegExp(`^${certainty}\\b`) })
      .click();
    await eventually(async () =>
      expect((await markStates(page)).length).toBe(analysis.events.length),
    );
    expectNoErrors(console);
    await close(page);
  });

  it("the table view lists every event with its date, certainty and actors", async () => {
    const { page, console } = await openDashboard();
    await page.click("[role='group'][aria-label='View'] button:has-text('Tables')");
    await page.waitForSelector(sel.tableRow);
    const rows = await page.$$eval(sel.tableRow, (els) =>
      els.map((tr) => ({
        id: tr.getAttribute("data-event-id")!,
        cells: [...tr.children].map((c) => c.textContent?.trim() ?? ""),
      })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(analysis.events.map((e) => e.id).sort());
    const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
    for (const e of analysis.events) {
      const row = rows.find((r) => r.id === e.id)!;
      expect(row.cells.join(" | ")).toContain(e.label);
      expect(row.cells).toContain(e.certainty);
      for (const a of e.actors) expect(row.cells.join(" | ")).toContain(names.get(a) ?? a);
    }
    const relations = await page.$$eval("table tr[data-relation-id]", (els) =>
      els.map((tr) => tr.getAttribute("data-relation-id")!),
    );
    expect(relations.sort()).toEqual(analysis.relations.map((r) => r.id).sort());
    await screenshot(page, "dashboard-1440x900-tables");
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
