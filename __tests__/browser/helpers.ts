import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

/** Where scripts/browser-tests.mjs started the production server. */
export function baseUrl(): string {
  const url = process.env.NEWSLINE_URL;
  if (!url)
    throw new Error("NEWSLINE_URL is not set: run the browser tests with `npm run test:browser`.");
  return url.replace(/\/$/, "");
}

/** Debian's Chromium, headless and quiet; playwright gives every launch a fresh user-data-dir. */
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
