import type { Browser, Locator, Page } from "playwright-core";
import type { Analysis } from "@/lib/model/analysis";
import {
  baseUrl,
  type ConsoleLog,
  dashboard as sel,
  eventually,
  fetchAnalysis,
  launchBrowser,
  markStates,
  openPage,
  waitForDashboard,
} from "./helpers";

export const ARTICLE = "us-europe-ukraine-security-guarantees";
export const DASHBOARD = `/articles/${ARTICLE}`;

// one browser and the seed's analysis per test file (jest gives each file its own module state)
let browser: Browser;
let analysis: Analysis;

/** The dashboard tests' shared fixtures: a Chromium and the analysis the page should show. */
export async function startDashboard(): Promise<{ browser: Browser; analysis: Analysis }> {
  browser = await launchBrowser();
  analysis = await fetchAnalysis(ARTICLE);
  // the checks follow whatever the pipeline extracted; they need something to follow
  expect(analysis.events.length).toBeGreaterThan(2);
  expect(analysis.actors.length).toBeGreaterThan(1);
  return { browser, analysis };
}

export async function stopDashboard(): Promise<void> {
  await browser?.close();
}

/**
 * Opens the dashboard and waits until it has hydrated: the live timeline is drawn and the graph is
 * its static, server-rendered drawing (vis-network is not fetched until someone pans or zooms).
 */
export async function openDashboard(
  options: Parameters<typeof openPage>[1] = {},
  query = "",
): Promise<{ page: Page; console: ConsoleLog }> {
  const opened = await openPage(browser, options);
  await opened.page.goto(`${baseUrl()}${DASHBOARD}${query}`, { waitUntil: "networkidle" });
  await waitForDashboard(opened.page);
  return opened;
}

export async function close(page: Page): Promise<void> {
  await page.context().close();
}

export function expectNoErrors(console: ConsoleLog): void {
  expect(console.errors()).toEqual([]);
}

/** The actor with the most events that is not in every event, so following it is visible. */
export function actorToFollow(): { id: string; name: string; events: Set<string> } {
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
export async function findNode(page: Page, actorName: string): Promise<{ x: number; y: number }> {
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
export async function expectFollowing(
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

export async function openFilter(page: Page, legend: string): Promise<Locator> {
  const details = page
    .locator("[role='group'][aria-label='Filters'] details")
    .filter({ has: page.locator(`summary:has-text("${legend}")`) });
  await details.locator("summary").click();
  return details;
}
