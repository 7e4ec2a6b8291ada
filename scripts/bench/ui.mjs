#!/usr/bin/env node
// `npm run bench:ui`: the dashboard in real Chromium (playwright-core) with synthetic analyses of
// growing size, served by the production server with NEWSLINE_SYNTHETIC=1 (ids
// `synthetic-e<events>-a<actors>-r<relations>`, see tools/synthetic/source.ts). Per size it prints:
//   - first contentful paint, the time the timeline's marks are in the DOM (the server's static
//     drawing) and the time the timeline panel is hydrated (ms after navigation start); the live d3
//     chart replaces the static drawing when the reader reaches for the timeline, so a real pointer is
//     then moved onto it and the time until the live chart's first frame is done is printed;
//   - the time the actor graph is placed and interactive: the server-drawn static graph's nodes are
//     in the DOM and hydrated (click handlers attached), two animation frames later, on a view after the
//     first (printed apart: the first view is a deep link to an analysis the server has not made yet, so
//     it also makes the analysis and lays its graph out); then a click on
//     a node is timed until the actor is selected (dispatched in the page: a real pointer entering
//     the graph would fetch vis-network);
//   - separately, the time from pressing "Pan & zoom" until vis-network has drawn and replaced the
//     static graph (chunk fetch, network creation, first frame), plus two animation frames;
//   - timeline zoom: a scripted wheel zoom (in, then out), one wheel step per animation frame. The
//     zoom frame time is the main thread's cost of a step: from dispatching the wheel event in the
//     frame's rAF callback until that frame's rendering is done (zoom handler, style, layout, paint);
//     the frame interval is the time between frames as the page saw it (vsync-bound: 16.7 ms at best).
// Options: --sizes e100-a50-r5000,e1000-a500-r5000,e100-a1000-r5000,e10000-a1000-r5000  --steps 40 (zoom steps each way).
// The sizes cross the two axes: events for the timeline, actors/relations for the graph; e100-a1000-r5000
// is the graph target's size (1,000 actors, 5,000 relations) without 10,000 events loading the same page.
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { printTable } from "../../tools/bench/index.mjs";
import { chromePath, ensureBuild, log, startServer } from "../lib/server.mjs";

const { values: opts } = parseArgs({
  options: {
    sizes: { type: "string", default: "e100-a50-r5000,e1000-a500-r5000,e100-a1000-r5000,e10000-a1000-r5000" },
    steps: { type: "string", default: "40" },
  },
});
const sizes = opts.sizes.split(",").map((s) => s.trim());
const steps = Number(opts.steps);

const CHROME_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

// Installed before any page script: notes when the timeline marks first appear (server HTML), when the
// timeline panel is hydrated (takes interactions), when the reader's pointer first enters it, when the
// live chart has replaced the static one (it mounts on that first interaction) and when the first frame
// after that swap is done; and when the static graph is hydrated and takes clicks.
function installProbes() {
  const probe = { marks: null, hydrated: null, pointer: null, live: null, liveFrame: null, graphStatic: null, graphReady: null };
  window.__nlBench = probe;
  addEventListener(
    "pointerover",
    (e) => {
      if (probe.pointer === null && e.target instanceof Element && e.target.closest("section.nl-timeline-view")) probe.pointer = performance.now();
    },
    { capture: true },
  );
  const check = () => {
    const now = performance.now();
    const timeline = document.querySelector("section.nl-timeline-view");
    if (probe.marks === null && timeline?.querySelector("svg [data-event-id]")) probe.marks = now;
    if (probe.hydrated === null && timeline?.hasAttribute("data-hydrated")) probe.hydrated = now;
    if (probe.live === null && timeline && !timeline.querySelector(".nl-timeline-static") && timeline.querySelector("svg [data-event-id]")) {
      probe.live = now;
      // a message posted during a frame's rAF callbacks arrives once that frame's rendering is done
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (probe.liveFrame = performance.now());
        channel.port2.postMessage(0);
      });
    }
    // hydrated: the component marks itself once hydrated (counting its SVGs, the server's two themes
    // against the hydrated one, fired too early on big pages: while the parser had read only the first)
    const graph = document.querySelector("[data-testid='graph-static'][data-hydrated]");
    if (probe.graphStatic === null && graph?.querySelector("svg g[data-actor-id]")) {
      probe.graphStatic = now;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => (probe.graphReady = performance.now())),
      );
    }
    if (probe.live !== null && probe.graphStatic !== null) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-hydrated"] });
}

/** Clicks the first node of the static graph and times until its actor is selected. */
async function clickStaticNode(page) {
  return page.evaluate(async () => {
    const nodes = [...document.querySelectorAll("[data-testid='graph-static'] svg g[data-actor-id]")];
    const node = nodes[0];
    const id = node.getAttribute("data-actor-id");
    const selected = () =>
      document.querySelector(`nav[aria-label='Actors in the graph'] button[data-actor-id="${CSS.escape(id)}"]`)?.getAttribute("aria-pressed") === "true";
    const t0 = performance.now();
    (node.querySelector("path") ?? node).dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window }));
    const deadline = t0 + 60_000;
    while (!selected()) {
      if (performance.now() > deadline) return null;
      await new Promise((r) => requestAnimationFrame(r));
    }
    const ms = performance.now() - t0;
    // back to the whole graph, nothing selected, for the measurement that follows
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    [...document.querySelectorAll("button")].find((b) => b.textContent?.startsWith("Show whole graph"))?.click();
    return ms;
  });
}

/** Presses "Pan & zoom" and times until vis-network has drawn and the static graph has gone (+2 frames). */
async function panAndZoom(page) {
  await page.waitForFunction(() => ![...document.querySelectorAll("button")].some((b) => b.textContent?.startsWith("Show whole graph")), null, {
    timeout: 60_000,
  });
  return page.evaluate(async () => {
    const button = [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === "Pan & zoom");
    if (!button) return null;
    const t0 = performance.now();
    button.click();
    const deadline = t0 + 180_000;
    while (document.querySelector("[data-testid='graph-static']") || !document.querySelector("[data-testid='graph-canvas'] canvas")) {
      if (performance.now() > deadline) return null;
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  });
}

async function scriptedZoom(page, stepsEachWay) {
  return page.evaluate(async (n) => {
    const svg = document.querySelector("section.nl-timeline-view svg");
    svg.scrollIntoView({ block: "center" });
    const box = svg.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + Math.min(40, box.height / 2);
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    // a message posted during a frame's rAF callbacks arrives once that frame's rendering is done
    const channel = new MessageChannel();
    const afterFrame = () =>
      new Promise((r) => ((channel.port1.onmessage = r), channel.port2.postMessage(0)));
    const intervals = [];
    const costs = [];
    let last = await frame();
    for (let i = 0; i < 2 * n; i++) {
      const t = await frame();
      if (i > 0) intervals.push(t - last);
      last = t;
      const t0 = performance.now();
      svg.dispatchEvent(
        new WheelEvent("wheel", {
          clientX: x,
          clientY: y,
          deltaY: i < n ? -120 : 120,
          deltaMode: 0,
          bubbles: true,
          cancelable: true,
        }),
      );
      await afterFrame();
      costs.push(performance.now() - t0);
    }
    return { intervals, costs };
  }, stepsEachWay);
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const ms = (n) => (Number.isFinite(n) ? n.toFixed(1) : "n/a");

/** Loads the dashboard with the probes installed; resolves once the timeline and the graph are hydrated. */
async function loadDashboard(page, url, errors) {
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(installProbes);
  const started = Date.now();
  await page.goto(url, { waitUntil: "load", timeout: 180_000 });
  await page.waitForFunction(() => window.__nlBench.hydrated !== null && window.__nlBench.graphReady !== null, null, {
    timeout: 180_000,
    polling: 100,
  });
  const loadWall = Date.now() - started;
  const probe = await page.evaluate(() => ({
    ...window.__nlBench,
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    htmlBytes: performance.getEntriesByType("navigation")[0]?.encodedBodySize ?? null,
    domNodes: document.getElementsByTagName("*").length,
  }));
  return { probe, loadWall };
}

ensureBuild();
const server = await startServer({ env: { NEWSLINE_SYNTHETIC: "1" } });
const browser = await chromium.launch({
  executablePath: chromePath(),
  headless: true,
  args: CHROME_ARGS,
});
const rows = [];
try {
  const probeId = "synthetic-e2-a3-r2";
  const probeRes = await fetch(`${server.url}/api/articles/${probeId}`);
  await probeRes.arrayBuffer();
  if (!probeRes.ok)
    throw new Error(`GET /api/articles/${probeId} answered ${probeRes.status} (is NEWSLINE_SYNTHETIC honoured by lib/store?)`);
  for (const size of sizes) {
    const id = `synthetic-${size}`;
    // The first view is a deep link to an analysis the server has not made yet: it makes the analysis,
    // lays its graph out (computed once per analysis, then shared by every page, embed and image) and
    // renders the page. Timed on its own; the measured view follows.
    log(`${id}: first view of the dashboard (the server makes the analysis and lays the graph out)`);
    const first = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const firstView = await loadDashboard(await first.newPage(), `${server.url}/articles/${id}`, []);
    await first.close();

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    log(`${id}: loading the dashboard`);
    const { probe, loadWall } = await loadDashboard(page, `${server.url}/articles/${id}`, errors);
    // the live chart mounts when the reader reaches for the timeline: a real pointer moves onto it
    // (the scripted zoom below needs the live chart), timed until the first frame after the swap is done
    log(`${id}: moving the pointer onto the timeline`);
    const box = await page.locator("section.nl-timeline-view").boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(80, box.height / 2));
    await page.waitForFunction(() => window.__nlBench.liveFrame !== null, null, { timeout: 180_000, polling: 50 });
    const live = await page.evaluate(() => window.__nlBench);
    log(`${id}: scripted zoom, ${steps} wheel steps in and ${steps} out`);
    const zoom = await scriptedZoom(page, steps);
    log(`${id}: clicking a node of the static graph`);
    const click = await clickStaticNode(page);
    log(`${id}: pressing "Pan & zoom" until vis-network has drawn`);
    const vis = await panAndZoom(page);
    rows.push({
      size: id.replace("synthetic-", ""),
      "FCP ms": ms(probe.fcp),
      "timeline ms": ms(probe.marks),
      "timeline hydrated ms": ms(probe.hydrated),
      "live after pointer ms": ms(live.liveFrame - (live.pointer ?? NaN)),
      "graph ready, first view ms": ms(firstView.probe.graphReady),
      "graph ready ms": ms(probe.graphReady),
      "node click ms": ms(click ?? NaN),
      "vis-network after press ms": ms(vis ?? NaN),
      "zoom frame p50": ms(quantile(zoom.costs, 0.5)),
      "zoom frame p95": ms(quantile(zoom.costs, 0.95)),
      "frame interval p50": ms(quantile(zoom.intervals, 0.5)),
      "frame interval p95": ms(quantile(zoom.intervals, 0.95)),
      "DOM nodes": probe.domNodes,
      "HTML KB": probe.htmlBytes === null ? "n/a" : (probe.htmlBytes / 1024).toFixed(0),
      "load wall s": (loadWall / 1000).toFixed(1),
      "page errors": errors.length,
    });
    for (const e of errors) log(`${id}: page error: ${e}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `bench:ui  Chromium ${chromePath()}, 1440×900, production build, times in ms after navigation start`,
);
console.log(
  "graph ready = static graph's nodes in the DOM and hydrated + 2 animation frames; node click = click on a static node until the actor is selected;\n" +
    'vis-network after press = "Pan & zoom" pressed until vis-network has drawn in place of the static graph + 2 frames; zoom frame = main-thread cost of one wheel step, rAF to end of rendering;\n' +
    "timeline hydrated = the panel takes interactions; live after pointer = a real pointer enters the timeline until the first frame after the live chart replaced the server drawing is done (the zoom starts right after)",
);
printTable(
  "Dashboard at scale (synthetic analyses: events-actors-relations)",
  Object.keys(rows[0]),
  rows,
);
