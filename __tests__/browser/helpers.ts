import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import type { Analysis } from "@/lib/model/analysis";

/** Where scripts/browser-tests.mjs started the production server. */
export function baseUrl(): string {
  const url = process.env.NEWSLINE_URL;
  if (!url)
    throw new Error("NEWSLINE_URL is not set: run the browser tests with `npm run test:browser`.");
  return url.replace(/\/$/, "");
}

/** Debian's Chromium, headless and quiet; playwright gives every launch a fresh user-data-dir. */
/** The analysis the server answers for `id`, failing the test when it does not answer 200. */
export async function fetchAnalysis(id: string): Promise<Analysis> {
  const res = await fetch(`${baseUrl()}/api/articles/${id}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Analysis;
}

export const CHROME_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROME_ARGS,
  });
}

export const DESKTOP = { width: 1440, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** A page in its own context (own storage, viewport, colour scheme) with its console watched. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; console: ConsoleLog }> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  return { page, console: watchConsole(page) };
}

export type ConsoleLog = {
  /** console.error and console.warn messages, uncaught exceptions and failed requests, as text */
  problems: string[];
  errors(): string[];
};

/** Collects console errors/warnings, uncaught page errors and failed same-origin requests. */
export function watchConsole(page: Page): ConsoleLog {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning")
      problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  page.on("requestfailed", (req) => {
    // navigations away abort pending prefetches; those are not failures of the page
    if (req.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ""}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`http ${res.status()}: ${res.url()}`);
  });
  return { problems, errors: () => problems.filter((p) => !p.startsWith("console.warning")) };
}

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
};

/** Runs axe-core in the page (injected from node_modules) and returns its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** Violations that fail a page: serious and critical ones. */
export function severe(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** One line per violation and offending node, readable in a failed expectation. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(" ")}`),
  );
}

export const SCREENSHOT_DIR = path.resolve(__dirname, "..", "..", "artifacts", "screenshots");

/**
 * Saves PNGs under artifacts/screenshots/ (git-ignored): `<name>.png` of the viewport (the size the
 * issue asks for) and `<name>-full.png` of the whole page. Returns the viewport picture's path.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, animations: "disabled" });
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}-full.png`),
    fullPage: true,
    animations: "disabled",
  });
  return file;
}

/** Retries an assertion until it passes or `timeoutMs` runs out (then its last failure is thrown). */
export async function eventually(
  assertion: () => Promise<void> | void,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * What the dashboard exposes for tests and assistive technology. The timeline is served as static
 * SVG (`.nl-timeline-static`, one drawing per width and theme) and replaced by the live d3 chart
 * when the reader first reaches for it (pointer, focus, wheel, touch) or the view state changes; the actor graph is served as static SVG (`graph-static`) and replaced by
 * vis-network (`graph-canvas`) once someone reaches for pan and zoom.
 */
export const dashboard = {
  staticTimeline: "section.nl-timeline-view .nl-timeline-static",
  /** marks of the live chart (once hydrated, the only timeline drawing in the panel) */
  mark: "section.nl-timeline-view svg [data-event-id]",
  markById: (id: string) => `section.nl-timeline-view svg [data-event-id="${id}"]`,
  lane: "section.nl-timeline-view svg [data-lane]",
  staticGraph: "[data-testid='graph-static']",
  staticNode: (id: string) => `[data-testid='graph-static'] svg g[data-actor-id="${id}"]`,
  staticNodes: "[data-testid='graph-static'] svg g[data-actor-id]",
  staticTooltip: "[data-testid='graph-static'] > [role='tooltip']",
  graphCanvas: "[data-testid='graph-canvas'] canvas",
  graphTooltip: ".nl-graph > [role='tooltip']",
  graphActor: (id: string) => `nav[aria-label='Actors in the graph'] button[data-actor-id="${id}"]`,
  mention: "[data-testid='article-text'] button.mention",
  tableRow: "table tr[data-event-id]",
  details: "[data-testid='details-panel']",
} as const;

/**
 * Resolves once the dashboard has hydrated and the live timeline is up: the server's static timeline
 * stays after hydration until the reader reaches for it, so the pointer is moved onto the timeline's
 * controls (when the static drawing is still there) and the live chart must then replace it; the static
 * graph (when shown) is hydrated. The graph stays static: nothing here reaches for pan and zoom.
 */
export async function waitForDashboard(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll("section.nl-timeline-view")].every((s) => s.hasAttribute("data-hydrated")), null, {
    polling: 50,
    timeout: 30_000,
  });
  const timeline = page.locator("section.nl-timeline-view:not([data-live])");
  const reach = (await timeline.count()) > 0;
  if (reach) await timeline.hover({ position: { x: 2, y: 2 } });
  await page.waitForFunction(
    () => {
      const timeline = document.querySelector("section.nl-timeline-view");
      if (timeline && (timeline.querySelector(".nl-timeline-static") || !timeline.querySelector("svg [data-event-id]"))) return false;
      const graphs = [...document.querySelectorAll("[data-testid='graph-static']")];
      return graphs.every((g) => g.hasAttribute("data-hydrated") && g.querySelectorAll("svg").length === 1);
    },
    null,
    { polling: 50, timeout: 30_000 },
  );
  // the pointer goes back where a fresh page has it, so what a test hovers next starts from there
  if (reach) await page.mouse.move(0, 0);
}

/** Presses "Pan & zoom" and waits until vis-network has drawn and the static graph has left. */
export async function openGraphCanvas(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Pan & zoom", exact: true }).click();
  await page.waitForSelector(dashboard.graphCanvas, { state: "attached", timeout: 30_000 });
  await page.waitForSelector(dashboard.staticGraph, { state: "detached", timeout: 30_000 });
}

export type MarkState = {
  id: string;
  selected: string | null;
  dimmed: boolean;
  emphasised: boolean;
  certainty: string | null;
  lane: string | null;
  transform: string | null;
};

/** Per mark of the live timeline: id, aria-selected, whether it is dimmed, and whether its label is emphasised. */
export async function markStates(page: Page): Promise<MarkState[]> {
  return page.$$eval(dashboard.mark, (els) =>
    els.map((el) => ({
      id: el.getAttribute("data-event-id")!,
      selected: el.getAttribute("aria-selected"),
      dimmed: el.hasAttribute("opacity") && Number(el.getAttribute("opacity")) < 1,
      emphasised: el.querySelector("text.nl-label")?.getAttribute("font-weight") === "600",
      certainty: el.getAttribute("data-certainty"),
      lane: el.closest("[data-lane]")?.getAttribute("data-lane") ?? null,
      transform: el.getAttribute("transform"),
    })),
  );
}

/** A story of the server's articles (the seed and the hostile fixture are always there): POST /api/stories, the same set again is the same story. */
export async function makeStory(articles: readonly string[], title?: string): Promise<string> {
  const res = await fetch(`${baseUrl()}/api/stories`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ articles, ...(title ? { title } : {}) }),
  });
  const body = (await res.json()) as { id?: string; error?: string };
  if (!body.id) throw new Error(`POST /api/stories answered ${res.status}: ${body.error}`);
  return body.id;
}
