#!/usr/bin/env node
// `npm run bench:web`: Lighthouse 12.2.3 (pinned: 13 needs Node 22) against the production build:
// `/`, the dashboard and each embed that exists, printing performance and accessibility scores,
// LCP, TBT and CLS. Chromium comes from CHROME_PATH (default /usr/bin/chromium), headless.
// Options: --preset mobile|desktop|both (default both; mobile is Lighthouse's default, with
// simulated slow 4G and a 4× slower CPU), --article <id>.
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { chromePath, ensureBuild, log, printTable, startServer } from "../lib/server.mjs";

const { values: opts } = parseArgs({
  options: {
    preset: { type: "string", default: "both" },
    article: { type: "string" },
  },
});
const presets = opts.preset === "both" ? ["mobile", "desktop"] : [opts.preset];
if (presets.some((p) => p !== "mobile" && p !== "desktop"))
  throw new Error(`--preset must be mobile, desktop or both`);

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

ensureBuild();
const server = await startServer();
const chrome = await chromeLauncher.launch({
  chromePath: chromePath(),
  chromeFlags: CHROME_FLAGS,
  logLevel: "silent",
});
const rows = [];
const skipped = [];
try {
  const list = await (await fetch(`${server.url}/api/articles`)).json();
  const id = opts.article ?? (list.articles ?? list).find((a) => a.ok !== false)?.id;
  if (!id) throw new Error("no article to measure: GET /api/articles lists none that is usable");
  const enc = encodeURIComponent(id);
  const candidates = [
    ["home", "/"],
    ["dashboard", `/articles/${enc}`],
    ["embed timeline", `/embed/${enc}/timeline`],
    ["embed graph", `/embed/${enc}/graph`],
    ["embed table", `/embed/${enc}/table`],
  ];
  const pages = [];
  for (const [name, path] of candidates) {
    const res = await fetch(`${server.url}${path}`);
    await res.arrayBuffer();
    if (res.ok) pages.push([name, path]);
    else skipped.push(`${name} (${path}): ${res.status}`);
  }
  for (const note of skipped) log(`skipping ${note}`);

  for (const preset of presets) {
    for (const [name, path] of pages) {
      log(`lighthouse ${preset}: ${path}`);
      const flags = {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      };
      const result = await lighthouse(
        `${server.url}${path}`,
        flags,
        preset === "desktop" ? desktopConfig : undefined,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`lighthouse returned nothing for ${path}`);
      if (lhr.runtimeError) log(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const audit = (k) => lhr.audits[k];
      const score = (c) =>
        lhr.categories[c]?.score === null
          ? "n/a"
          : Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const failedA11y = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score === 0 &&
            lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0),
        )
        .map((a) => a.id);
      rows.push({
        page: `${name}  ${path.replace(enc, ":id")}`,
        preset,
        performance: score("performance"),
        accessibility: score("accessibility"),
        "LCP ms": Math.round(audit("largest-contentful-paint")?.numericValue ?? NaN),
        "TBT ms": Math.round(audit("total-blocking-time")?.numericValue ?? NaN),
        CLS: (audit("cumulative-layout-shift")?.numericValue ?? NaN).toFixed(3),
        "failed a11y audits": failedA11y.join(" ") || "-",
      });
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

console.log(
  `bench:web  Lighthouse 12.2.3, Chromium ${chromePath()} headless, production build on 127.0.0.1`,
);
console.log(
  "mobile = Lighthouse default (simulated slow 4G, 4× CPU slowdown, 412×823); desktop = its desktop preset",
);
printTable("Page performance (Lighthouse)", Object.keys(rows[0] ?? { page: "" }), rows);
for (const note of skipped) console.log(`skipped: ${note}`);
