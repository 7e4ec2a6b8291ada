#!/usr/bin/env node
// `npm run bench:load`: the production server under autocannon on loopback, one route family at a time.
// Prints requests/s, p50/p99 latency, errors and non-2xx per route, and the server's RSS before and
// after. Options: --duration <s> per route (default 10), --connections <n> (default 50),
// --article <id> (default: the first article of GET /api/articles), --only <text> (routes whose
// name or path contains it, e.g. --only api).
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { ensureBuild, log, printTable, startServer, treeRss } from "../lib/server.mjs";

const { values: opts } = parseArgs({
  options: {
    duration: { type: "string", default: process.env.BENCH_DURATION ?? "10" },
    connections: { type: "string", default: "50" },
    article: { type: "string" },
    only: { type: "string" },
  },
});
const duration = Number(opts.duration);
const connections = Number(opts.connections);
const mb = (bytes) => (bytes === null ? "n/a" : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

ensureBuild();
const server = await startServer();
try {
  const list = await (await fetch(`${server.url}/api/articles`)).json();
  const id = opts.article ?? (list.articles ?? list).find((a) => a.ok !== false)?.id;
  if (!id) throw new Error("no article to benchmark: GET /api/articles lists none that is usable");
  const enc = encodeURIComponent(id);

  // Every route family of the app; those this build does not have are skipped with a note.
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
  for (const [name, path] of candidates) {
    if (opts.only && !`${name} ${path}`.includes(opts.only)) continue;
    // the first request also warms the route (compilation of the analysis, image rendering)
    const res = await fetch(`${server.url}${path}`);
    await res.arrayBuffer();
    if (res.ok) routes.push([name, path]);
    else skipped.push(`${name} (${path}): ${res.status}, skipped`);
  }
  for (const note of skipped) log(note);

  const rssStart = treeRss(server.pid);
  const rows = [];
  for (const [name, path] of routes) {
    log(`${name}: ${connections} connections for ${duration} s on ${path}`);
    const rssBefore = treeRss(server.pid);
    const r = await autocannon({ url: `${server.url}${path}`, connections, duration });
    const rssAfter = treeRss(server.pid);
    rows.push({
      route: `${name}  ${path.replace(enc, ":id")}`,
      "req/s": r.requests.average.toFixed(0),
      "p50 ms": r.latency.p50,
      "p99 ms": r.latency.p99,
      requests: r.requests.total,
      errors: r.errors + r.timeouts,
      "non-2xx": r.non2xx,
      "RSS before": mb(rssBefore),
      "RSS after": mb(rssAfter),
    });
  }
  const rssEnd = treeRss(server.pid);

  console.log(
    `bench:load  article ${id}, ${connections} connections, ${duration} s per route, 127.0.0.1, next start`,
  );
  printTable("Load (autocannon)", Object.keys(rows[0] ?? { route: "" }), rows);
  console.log(
    `\nServer RSS: ${mb(rssStart)} before the first route, ${mb(rssEnd)} after the last.`,
  );
  for (const note of skipped) console.log(`skipped: ${note}`);
} finally {
  await server.close();
}
