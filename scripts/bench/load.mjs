#!/usr/bin/env node
// `npm run bench:load`: the production server under autocannon on 127.0.0.1, one route at a time,
// for a fixed time per route. Prints, per route and run: requests/s, p50/p99 latency, p99 against
// its target, errors (timeouts included), non-2xx, and the CPU other processes used meanwhile (a
// busy machine skews every figure). Memory: the server's RSS (VmRSS of its process tree) and its
// heapUsed after a full GC, read after warm-up, after each run and after a pass of distinct query
// strings (which must be absorbed by the bounded caches, not grow memory). Warm-up ends with such a
// pass and one unmeasured run of the full load, so the bounded caches are full and the allocators have
// their working set before run 1: memory is then compared from run 1 to the last run, on a line fitted
// to every reading at rest (see restTrend), and neither a cache filling up to its bound nor malloc's
// first fill is mistaken for growth. --leak checks that a real leak still reads GROWING.
//
// Options: --duration <s> per route (default 10), --connections <n> (50), --runs <n> (3),
// --distinct <n> distinct query strings per image/embed route between runs (300; 0 skips),
// --article <id> (default: the first usable article of GET /api/articles), --only <text> (routes
// whose name or path contains it), --warmup <s> of unmeasured load per route before each
// measurement (default 1, so JIT and connection set-up stay out of the figures), --wait-quiet <s>
// (wait up to this long for the 1-minute load average to drop to --max-load, default 2, before
// each run; default 0: do not wait), --rest <s> idle seconds before memory is read again at rest (15),
// --warmup-runs <n> unmeasured runs of the full load before run 1 (1; see below),
// --leak <bytes> makes the server keep that many bytes of native memory per request it answers (0: none),
// to check that the memory verdict tells a leak from what the allocators keep (it must read GROWING).
// --store sqlite|postgres: the article store the server uses (a temporary SQLite file, or a throwaway
// PostgreSQL server on a Unix socket, scripts/lib/postgres.mjs); --write-rate <n> articles added per
// second during the mixed read/write phase that follows the runs (25; --mixed-seconds 0 skips it).
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import {
  cpuTicks,
  createMemoryProbe,
  GC_SETTLE_MS,
  loadavg,
  mb,
  othersCpu,
  printMemory,
  printMixed,
  printRuns,
  runMixed,
  summarise,
  treePids,
  treeRss,
} from "../../tools/bench/index.mjs";
import { startPostgres } from "../lib/postgres.mjs";
import { ensureBuild, log, startServer } from "../lib/server.mjs";

const { values: opts } = parseArgs({
  options: {
    duration: { type: "string", default: process.env.BENCH_DURATION ?? "10" },
    connections: { type: "string", default: "50" },
    runs: { type: "string", default: "3" },
    distinct: { type: "string", default: "300" },
    article: { type: "string" },
    only: { type: "string" },
    warmup: { type: "string", default: "1" },
    "wait-quiet": { type: "string", default: "0" },
    "max-load": { type: "string", default: "2" },
    rest: { type: "string", default: "15" },
    leak: { type: "string", default: "0" },
    "warmup-runs": { type: "string", default: "1" },
    store: { type: "string", default: "sqlite" },
    "write-rate": { type: "string", default: "25" },
    "mixed-seconds": { type: "string" },
  },
});
if (!["sqlite", "postgres"].includes(opts.store)) throw new Error(`--store must be sqlite or postgres (got ${opts.store})`);
const writeRate = Math.min(500, Math.max(1, Number(opts["write-rate"])));
const duration = Math.min(60, Math.max(1, Number(opts.duration)));
const connections = Math.min(200, Math.max(1, Number(opts.connections)));
const runs = Math.min(10, Math.max(1, Number(opts.runs)));
const warmupRuns = Math.min(5, Math.max(0, Math.floor(Number(opts["warmup-runs"])) || 0));
const distinct = Math.min(2000, Math.max(0, Number(opts.distinct)));
const warmup = Math.min(10, Math.max(0, Number(opts.warmup)));
const waitQuiet = Math.max(0, Number(opts["wait-quiet"]));
const maxLoad = Number(opts["max-load"]);
const leakBytes = Math.min(65536, Math.max(0, Math.floor(Number(opts.leak)) || 0));
const mixedSeconds = Math.min(60, Math.max(0, Number(opts["mixed-seconds"] ?? opts.duration)));

/** Latency targets (issue 5): only the cached API route has one; every route must have no errors. */
const P99_TARGET_MS = { "API analysis": 50 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Seconds the server is left idle before its memory is read again "at rest" (--rest): long enough for
 * V8 to shrink the heap it grew under load and glibc to trim what was freed (docs/performance.md).
 */
const REST_S = Math.min(120, Math.max(0, Number(opts.rest)));

const probe = createMemoryProbe({ leakBytes });
ensureBuild();
const postgres = opts.store === "postgres" ? await startPostgres({ log }) : null;
const storeEnv = postgres ? { DATABASE_URL: postgres.url } : { NEWSLINE_DB: path.join(probe.dir, "bench.db") };
const server = await startServer({
  env: { NODE_OPTIONS: probe.nodeOptions, ...storeEnv, NEWSLINE_WRITE_RATE: "1000000", NEWSLINE_PREVIEW_RATE: "1000000" },
});
const host = new URL(server.url).hostname;
if (host !== "127.0.0.1") throw new Error(`refusing to load anything but loopback (got ${host})`);

const memoryRows = [];
const results = [];
/** Requests the server has answered so far (warm-up load, measured load, distinct queries). */
let served = 0;

/**
 * Waits until the server has finished the requests autocannon abandoned when its time was up
 * (its CPU use below 5% of a core over 300 ms), so they do not slow the next route; at most 30 s.
 */
async function drain() {
  const started = Date.now();
  while (Date.now() - started < 30_000) {
    const a = cpuTicks(treePids(server.pid));
    await sleep(300);
    const b = cpuTicks(treePids(server.pid));
    if (!a || !b || (b.mine - a.mine) / 100 / ((b.at - a.at) / 1000) < 0.05) break;
  }
  return (Date.now() - started) / 1000;
}

async function waitForQuiet() {
  if (waitQuiet === 0 || os.loadavg()[0] <= maxLoad) return;
  log(`load average ${loadavg()} > ${maxLoad}: waiting up to ${waitQuiet} s for a quieter machine`);
  const deadline = Date.now() + waitQuiet * 1000;
  while (Date.now() < deadline && os.loadavg()[0] > maxLoad) await sleep(10_000);
  log(`load average now ${loadavg()}`);
}

/**
 * The server's memory: right after the load (RSS of its process tree, then heap figures after a full
 * GC in each process), and again at rest, after REST_S idle seconds and another full GC. Right after a
 * run the figures still hold the run's transient allocations (V8 gives back heap it reserved under load
 * only a while after, and glibc keeps freed native memory for a while too); at rest tells a leak (memory
 * that stays) from memory in flight.
 */
async function memory(phase) {
  const now = await probe.read(server.pid, phase);
  await sleep(REST_S * 1000);
  const rest = await probe.read(server.pid, phase);
  return { ...now, rest, served };
}

/** `seconds` of autocannon load on one route, counted in `served`. */
async function loadRoute(route, seconds) {
  const r = await autocannon({ url: `${server.url}${route.path}`, connections, duration: seconds });
  served += r.requests.total;
  return r;
}

/** Every route family of the app for one article, each warmed by a first request whose time is kept; those this build lacks are skipped with a note. */
async function discoverRoutes(enc) {
  const candidates = [
    ["API analysis", `/api/articles/${enc}`],
    ["dashboard page", `/articles/${enc}`],
    ["embed timeline", `/embed/${enc}/timeline`],
    ["embed graph", `/embed/${enc}/graph`],
    ["embed table", `/embed/${enc}/table`],
    ["timeline SVG", `/api/articles/${enc}/timeline.svg`],
    ["timeline PNG", `/api/articles/${enc}/timeline.png`],
    ["graph SVG", `/api/articles/${enc}/graph.svg`],
    ["graph PNG", `/api/articles/${enc}/graph.png`],
  ];
  const routes = [];
  const skipped = [];
  for (const [name, urlPath] of candidates) {
    if (opts.only && !`${name} ${urlPath}`.includes(opts.only)) continue;
    // The first request warms the route (the analysis, the drawing, the PNG): its time is printed.
    const started = performance.now();
    const res = await fetch(`${server.url}${urlPath}`);
    await res.arrayBuffer();
    const cold = performance.now() - started;
    if (res.ok) routes.push({ name, path: urlPath, cold });
    else skipped.push(`${name} (${urlPath}): ${res.status}, skipped`);
  }
  for (const note of skipped) log(note);
  return { routes, skipped };
}

/**
 * Unmeasured runs of the same load first: under load the allocators grow to a working set and keep
 * it, so memory compared from a cold start would count that first fill as growth (docs/performance.md).
 */
async function warmUpRuns(routes) {
  for (let w = 1; w <= warmupRuns; w++) {
    for (const route of routes) {
      log(`warm-up run ${w}/${warmupRuns}, ${route.name}: ${connections} connections for ${duration} s (not measured)`);
      await loadRoute(route, duration);
      await drain();
    }
    memoryRows.push(await memory(`after warm-up run ${w} (not measured)`));
  }
}

/** One measured run on one route: its figures, with the machine's load and the CPU others used meanwhile. */
async function measureRoute(run, route, enc) {
  log(`run ${run}/${runs}, ${route.name}: ${connections} connections for ${duration} s on ${route.path}`);
  if (warmup > 0) {
    await loadRoute(route, warmup);
    await drain();
  }
  const load = loadavg();
  const before = cpuTicks([...treePids(server.pid), process.pid]);
  const r = await loadRoute(route, duration);
  const after = cpuTicks([...treePids(server.pid), process.pid]);
  const drained = await drain();
  const target = P99_TARGET_MS[route.name];
  return {
    run,
    route: `${route.name}  ${route.path.replace(enc, ":id")}`,
    "cold ms": run === 1 ? route.cold.toFixed(0) : "",
    "req/s": r.requests.average.toFixed(0),
    "p50 ms": r.latency.p50,
    "p99 ms": r.latency.p99,
    "p99/target": target ? `${(r.latency.p99 / target).toFixed(2)}× ${target} ms` : "—",
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    "non-2xx": r.non2xx,
    "load avg": load,
    "others' CPU": othersCpu(before, after),
    "drain s": drained.toFixed(1),
    "RSS MB": mb(treeRss(server.pid)),
  };
}

/**
 * Distinct, valid query strings on every image and embed route (widths for images, search terms
 * for embeds): each is a new cache key, more than the caches hold, so eviction must keep memory bounded.
 */
async function distinctPass(routes, enc) {
  const families = routes.filter((r) => r.path !== `/api/articles/${enc}` && !r.path.startsWith("/articles/"));
  log(`${distinct} distinct query strings on each of ${families.length} image/embed routes`);
  const statuses = new Map();
  for (const route of families) {
    const image = route.path.startsWith("/api/");
    const urls = Array.from({ length: distinct }, (_, i) =>
      image ? `${route.path}?width=${320 + (i % 2081)}${i >= 2081 ? "&theme=dark" : ""}` : `${route.path}?q=term${i}`,
    );
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < urls.length) {
          const res = await fetch(`${server.url}${urls[next++]}`);
          await res.arrayBuffer();
          served++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        }
      }),
    );
  }
  log(`distinct pass statuses: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(", ")}`);
}

/** Warm-up, the unmeasured runs, then the measured runs, with memory read after each. */
async function measure(routes, enc) {
  memoryRows.push(await memory("after warm-up"));
  if (distinct > 0) {
    await distinctPass(routes, enc);
    memoryRows.push(await memory(`after warm-up and ${distinct} distinct queries per image/embed route (caches full)`));
  }
  await warmUpRuns(routes);
  for (let run = 1; run <= runs; run++) {
    await waitForQuiet();
    for (const route of routes) results.push(await measureRoute(run, route, enc));
    memoryRows.push(await memory(`after run ${run}`));
    if (run < runs && distinct > 0) {
      await distinctPass(routes, enc);
      memoryRows.push(await memory(`after ${distinct} distinct queries per image/embed route`));
    }
  }
}

/** The tables and verdicts, then the mixed read/write phase and its table. */
async function report(id, skipped) {
  console.log(
    `bench:load  article ${id}; ${connections} connections, ${duration} s per route, ${runs} run(s); server/index.mjs on ${server.url}; ` +
      `node ${process.version}, ${os.cpus().length} CPUs` +
      (leakBytes > 0 ? `; WITH AN INJECTED LEAK of ${leakBytes} bytes per request (--leak)` : ""),
  );
  printRuns(results, runs);
  printMemory(memoryRows, { gcSettleMs: GC_SETTLE_MS, restS: REST_S });
  summarise(memoryRows, results, { runs, restS: REST_S, warmupRuns, leakBytes });
  for (const note of skipped) console.log(`skipped: ${note}`);
  if (mixedSeconds > 0) {
    await drain();
    const m = await runMixed({ url: server.url, duration: mixedSeconds, connections, writeRate, log });
    printMixed(m, { store: opts.store, connections, writeRate });
  }
}

try {
  const list = await (await fetch(`${server.url}/api/articles`)).json();
  const id = opts.article ?? (list.articles ?? list).find((a) => a.ok !== false)?.id;
  if (!id) throw new Error("no article to benchmark: GET /api/articles lists none that is usable");
  const enc = encodeURIComponent(id);
  const { routes, skipped } = await discoverRoutes(enc);
  await measure(routes, enc);
  await report(id, skipped);
} finally {
  await server.close();
  await postgres?.stop();
  probe.dispose();
}
