// What `npm run bench:load` prints once it has measured: the load tables per run, the memory table,
// the verdicts (latency target, errors, memory at rest) and the mixed read/write table.
import os from "node:os";
import { isFlat, restRss, restTrend } from "./memory-trend.mjs";
import { printTable } from "./table.mjs";

export const MB = 1024 * 1024;
export const mb = (bytes) => (bytes === null || bytes === undefined ? "n/a" : (bytes / MB).toFixed(0));
export const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

/** One table per measured run, its rows in route order. */
export function printRuns(results, runs) {
  for (let run = 1; run <= runs; run++) {
    const rows = results.filter((r) => r.run === run);
    const columns = Object.keys(rows[0] ?? { route: "" }).filter((c) => c !== "run");
    printTable(`Load, run ${run} of ${runs} (autocannon)`, columns, rows);
  }
}

/** Every memory reading, right after the load and at rest. */
export function printMemory(memoryRows, { gcSettleMs, restS }) {
  printTable(
    `Server memory (RSS: VmRSS of the process tree, then ${gcSettleMs / 1000} s after a full GC; heap figures after the GC; at rest: again after ${restS} s idle and a full GC)`,
    ["phase", "RSS MB", "RSS after GC MB", "heapTotal MB", "heapUsed MB", "external MB", "arrayBuffers MB", "at rest: RSS MB", "at rest: anon MB", "at rest: file MB", "at rest: malloc heap MB", "at rest: heapTotal MB", "at rest: heapUsed MB"],
    memoryRows.map((m) => ({
      phase: m.phase,
      "RSS MB": mb(m.rss),
      "RSS after GC MB": mb(m.rssAfterGc),
      "heapTotal MB": mb(m.heapTotal),
      "heapUsed MB": mb(m.heapUsed),
      "external MB": mb(m.external),
      "arrayBuffers MB": mb(m.arrayBuffers),
      "at rest: RSS MB": mb(restRss(m.rest)),
      "at rest: anon MB": mb(m.rest.anon),
      "at rest: file MB": mb(m.rest.file),
      "at rest: malloc heap MB": mb(m.rest.mallocHeap),
      "at rest: heapTotal MB": mb(m.rest.heapTotal),
      "at rest: heapUsed MB": mb(m.rest.heapUsed),
    })),
  );
}

/** The memory verdict from run 1 to the last; with an injected leak, a flat verdict fails the bench. */
function memoryVerdict(mem, { runs, restS, warmupRuns, leakBytes }) {
  const first = mem.find((m) => m.phase === "after run 1")?.rest;
  const last = mem[mem.length - 1].rest;
  const trend = restTrend(mem);
  if (!(first && last && first !== last && trend)) return;
  const pct = (from, to) => `${to >= from ? "+" : ""}${(((to - from) / from) * 100).toFixed(1)}%`;
  const heapGrowth = last.heapUsed !== null && first.heapUsed !== null ? last.heapUsed - first.heapUsed : null;
  const flat = isFlat(trend, heapGrowth);
  console.log(
    `Memory at rest from run 1 to run ${runs} (${restS} s idle, full GC${warmupRuns ? `; after ${warmupRuns} unmeasured warm-up run(s)` : ""}): ` +
      `RSS read ${mb(restRss(first))} → ${mb(restRss(last))} MB (${pct(restRss(first), restRss(last))}); ` +
      `fitted over ${trend.readings} readings (least squares against requests served) ${mb(trend.start)} → ${mb(trend.end)} MB ` +
      `(${pct(trend.start, trend.end)}; ${(trend.perRun / MB).toFixed(1)} MB per run, ${trend.bytesPerRequest.toFixed(1)} bytes per request); ` +
      `heapUsed ${mb(first.heapUsed)} → ${mb(last.heapUsed)} MB (${heapGrowth === null ? "n/a" : `${(heapGrowth / MB).toFixed(1)} MB`}): ` +
      (flat ? "flat (fitted RSS < +10%, heap < +10 MB)" : "GROWING"),
  );
  if (leakBytes > 0) {
    console.log(`Injected leak of ${leakBytes} bytes per request: ${flat ? "NOT DETECTED (the verdict is too lenient)" : "detected"}`);
    if (flat) process.exitCode = 1;
  }
}

/** The verdicts: the API's p99 against its target, errors over all routes, memory at rest, peak RSS. */
export function summarise(mem, rows, settings) {
  console.log("");
  for (const row of rows.filter((r) => r.route.startsWith("API analysis")))
    console.log(`API analysis, run ${row.run}: p99 ${row["p99 ms"]} ms = ${row["p99/target"]} (target p99 < 50 ms)`);
  const bad = rows.reduce((n, r) => n + r.errors + r["non-2xx"], 0);
  console.log(`Errors + non-2xx over all routes and runs: ${bad} (target 0)`);
  memoryVerdict(mem, settings);
  const peak = Math.max(...mem.flatMap((m) => [m.rss ?? 0, m.rest.rss ?? 0]));
  console.log(`Peak RSS read: ${mb(peak)} MB; load average at the end: ${loadavg()}`);
}

/** The mixed read/write phase's reads and writes, each against its target. */
export function printMixed(m, { store, connections, writeRate }) {
  const share = (m.writes.total / (m.writes.total + m.reads.total)) * 100;
  printTable(
    `Mixed read/write on ${store} (${connections} connections reading a user article's analysis; ${writeRate} adds/s requested, ${share.toFixed(1)} % of requests were writes)`,
    ["requests", "req/s", "p50 ms", "p99 ms", "total", "errors", "non-2xx", "target"],
    [
      { requests: "reads (GET /api/articles/:id)", "req/s": m.reads.rps.toFixed(0), "p50 ms": m.reads.p50, "p99 ms": m.reads.p99, total: m.reads.total, errors: m.reads.errors, "non-2xx": m.reads.non2xx, target: `p99 < 50 ms ${m.reads.p99 < 50 ? "✓" : "✗"}, 0 errors ${m.reads.errors + m.reads.non2xx === 0 ? "✓" : "✗"}` },
      { requests: "writes (POST /api/articles)", "req/s": m.writes.rps.toFixed(1), "p50 ms": m.writes.p50.toFixed(0), "p99 ms": m.writes.p99.toFixed(0), total: m.writes.total, errors: m.writes.errors, "non-2xx": m.writes.non2xx, target: `0 errors ${m.writes.errors + m.writes.non2xx === 0 ? "✓" : "✗"}` },
    ],
  );
}
