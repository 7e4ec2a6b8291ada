#!/usr/bin/env node
// `npm run bench:web`: Lighthouse 12.2.3 (pinned: 13 needs Node 22) against the production build:
// `/`, the dashboard and each embed that exists, printing performance and accessibility scores,
// LCP, TBT and CLS. Chromium comes from CHROME_PATH (default /usr/bin/chromium), headless.
// Options: --preset mobile|desktop|both (default both; mobile is Lighthouse's default, with
// simulated slow 4G and a 4× slower CPU), --article <id>, --only <text> (pages whose name or path
// contains it), --runs <n> (Lighthouse runs per page and preset, default 1: with more, the figures are
// medians and every run's performance score is listed, since single runs swing on a busy machine).
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { printTable } from "../../tools/bench/index.mjs";
import { chromePath, ensureBuild, log, startServer } from "../lib/server.mjs";

const { values: opts } = parseArgs({
  options: {
    preset: { type: "string", default: "both" },
    article: { type: "string" },
    only: { type: "string" },
    runs: { type: "string", default: "1" },
  },
});
const runs = Math.min(9, Math.max(1, Number(opts.runs) || 1));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
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
    if (opts.only && !`${name} ${path}`.includes(opts.only)) continue;
    const res = await fetch(`${server.url}${path}`);
    await res.arrayBuffer();
    if (res.ok) pages.push([name, path]);
    else skipped.push(`${name} (${path}): ${res.status}`);
  }
  for (const note of skipped) log(`skipping ${note}`);

  for (const preset of presets) {
    for (const [name, path] of pages) {
      const measured = [];
      for (let run = 1; run <= runs; run++) {
        log(`lighthouse ${preset}: ${path}${runs > 1 ? ` (run ${run}/${runs})` : ""}`);
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
        measured.push({
          performance: score("performance"),
          accessibility: score("accessibility"),
          lcp: audit("largest-contentful-paint")?.numericValue ?? NaN,
          tbt: audit("total-blocking-time")?.numericValue ?? NaN,
          cls: audit("cumulative-layout-shift")?.numericValue ?? NaN,
          failedA11y,
        });
      }
      const num = (k) => median(measured.map((m) => (typeof m[k] === "number" ? m[k] : NaN)));
      rows.push({
        page: `${name}  ${path.replace(enc, ":id")}`,
        preset,
        performance: Math.round(num("performance")),
        accessibility: Math.round(num("accessibility")),
        "LCP ms": Math.round(num("lcp")),
        "TBT ms": Math.round(num("tbt")),
        CLS: num("cls").toFixed(3),
        ...(runs > 1
          ? { "performance per run": measured.map((m) => m.performance).join(" ") }
          : {}),
        "failed a11y audits": [...new Set(measured.flatMap((m) => m.failedA11y))].join(" ") || "-",
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
  "mobile = Lighthouse default (simulated slow 4G, 4× CPU slowdown, 412×823); desktop = its desktop preset" +
    (runs > 1 ? `; ${runs} runs per page and preset, figures are medians` : ""),
);
printTable("Page performance (Lighthouse)", Object.keys(rows[0] ?? { page: "" }), rows);
for (const note of skipped) console.log(`skipped: ${note}`);
