#!/usr/bin/env node
// `npm run bench:weight`: how much JavaScript each route makes the browser download.
// Builds if the sources changed, starts the production server (or uses NEWSLINE_URL), loads each
// route in a fresh Chromium context and sums the `encodedBodySize` (bytes on the wire, gzip) of
// every script resource (PerformanceResourceTiming). The dashboard is measured on load (its graph is
// the server-drawn SVG) and again after pressing "Pan & zoom", which is when vis-network is fetched.
// Prints a table against the targets of issue 4 and exits 1 if a route is over its target.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { printTable } from "../tools/bench/index.mjs";
import { chromePath, ensureBuild, startServer } from "./lib/server.mjs";

const SEED = process.env.NEWSLINE_SEED ?? "us-europe-ukraine-security-guarantees";
const KB = 1024;
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

const routes = [
  { name: "dashboard", path: `/articles/${SEED}`, target: 250 },
  { name: "dashboard after graph interaction", path: `/articles/${SEED}`, target: 250, after: showGraph },
  { name: "embed timeline", path: `/embed/${SEED}/timeline`, target: 80 },
  { name: "embed graph", path: `/embed/${SEED}/graph`, target: 120 },
  { name: "embed table", path: `/embed/${SEED}/table`, target: 0 },
  // issue 16: a story's page keeps the dashboard's budget (the Paris coverage, made as a user would)
  { name: "story page (8 articles)", path: null, target: 250 },
];

const STORY_FIXTURES = path.join(import.meta.dirname, "..", "__tests__", "fixtures", "stories", "paris-summit");

/** Adds the Paris coverage through the API and makes it a story with the seed; returns its path. */
async function makeStory(base) {
  const ids = [SEED];
  for (const name of readdirSync(STORY_FIXTURES).filter((f) => f.endsWith(".md") && !f.startsWith(SEED))) {
    const form = new FormData();
    form.set("file", new File([readFileSync(path.join(STORY_FIXTURES, name))], name, { type: "text/markdown" }));
    const res = await fetch(`${base}/api/articles`, { method: "POST", body: form });
    if (res.status >= 300) throw new Error(`adding ${name}: HTTP ${res.status}`);
    ids.push((await res.json()).id);
  }
  const res = await fetch(`${base}/api/stories`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "Paris summit", articles: ids }) });
  if (res.status >= 300) throw new Error(`making the story: HTTP ${res.status}`);
  return (await res.json()).url;
}

/** Presses "Pan & zoom" and waits until vis-network has drawn in place of the static graph. */
async function showGraph(page) {
  await page.getByRole("button", { name: "Pan & zoom", exact: true }).click();
  await page.waitForSelector("[data-testid='graph-canvas'] canvas", { state: "attached", timeout: 30_000 });
  await page.waitForSelector("[data-testid='graph-static']", { state: "detached", timeout: 30_000 });
  await page.waitForLoadState("networkidle");
}

async function measure(browser, base, route) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(base + route.path, { waitUntil: "networkidle" });
  if (route.after) await route.after(page);
  const result = await page.evaluate(() => {
    const scripts = performance
      .getEntriesByType("resource")
      .filter((e) => e.initiatorType === "script" || /\.m?js(\?|$)/.test(new URL(e.name).pathname));
    const nav = performance.getEntriesByType("navigation")[0];
    return {
      count: scripts.length,
      encoded: scripts.reduce((n, e) => n + e.encodedBodySize, 0),
      decoded: scripts.reduce((n, e) => n + e.decodedBodySize, 0),
      html: nav ? nav.encodedBodySize : 0,
      csp: window.__csp,
    };
  });
  await context.close();
  return { status: response?.status() ?? 0, ...result };
}

let server = null;
let dataDir = null;
let code = 0;
try {
  let base = process.env.NEWSLINE_URL?.replace(/\/$/, "");
  if (!base) {
    ensureBuild();
    // a throwaway store: the story route writes articles
    dataDir = mkdtempSync(path.join(tmpdir(), "newsline-weight-"));
    server = await startServer({ env: { NEWSLINE_DB: path.join(dataDir, "weight.db") } });
    base = server.url;
  }
  for (const route of routes) if (route.path === null) route.path = await makeStory(base);
  const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: ARGS });
  const rows = [];
  for (const route of routes) {
    const m = await measure(browser, base, route);
    const kb = m.encoded / KB;
    const ok = m.status === 200 && kb <= route.target && m.csp.length === 0;
    if (!ok) code = 1;
    rows.push({
      route: route.name,
      status: m.status,
      scripts: m.count,
      "JS KB (gzip)": kb.toFixed(1),
      "JS KB (raw)": (m.decoded / KB).toFixed(1),
      "target KB": route.target,
      "HTML KB": (m.html / KB).toFixed(1),
      "CSP violations": m.csp.length,
      result: ok ? "ok" : "OVER / FAIL",
    });
    for (const v of m.csp) console.error(`  CSP violation on ${route.path}: ${v}`);
  }
  await browser.close();
  printTable(`JavaScript transferred per route (${base}, article ${SEED})`, Object.keys(rows[0]), rows);
} catch (e) {
  console.error(`\n✖ ${e instanceof Error ? e.message : String(e)}`);
  code = 1;
} finally {
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
