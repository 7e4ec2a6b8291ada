// @ts-check
/**
 * The production server (`npm start`, the browser tests and the benchmarks): Next's request handler
 * behind two things `next start` cannot do cheaply:
 *   - a 400 for paths that cannot be percent-decoded (Next 16 answers 500), see request-guard.mjs;
 *   - a shared cache for responses that opt in with `s-maxage` (the analyses, the images), see
 *     shared-cache.mjs: a hit costs a Map lookup instead of a trip through Next's router;
 *   - a bound on the requests Next works on at once, see render-gate.mjs: the rest wait their turn
 *     (or get 503 when the queue is full), so a burst costs time, not memory the process keeps.
 * Everything else (pages, embeds, proxy.ts with its per-request CSP nonce) is Next's, unchanged.
 *
 * Usage: node server/index.mjs [--port 3000] [--hostname 127.0.0.1]   (PORT works too; by default the
 * server listens on every interface, like `next start`). NEWSLINE_MAX_RENDERS (default 8) bounds the
 * requests in Next at once, NEWSLINE_MAX_QUEUE (default 1000) those waiting for a place.
 */
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { refuseMalformed } from "./request-guard.mjs";
import { createRenderGate } from "./render-gate.mjs";
import { createSharedCache } from "./shared-cache.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;

async function main() {
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = createSharedCache();
  const gate = createRenderGate({
    concurrency: Number(process.env.NEWSLINE_MAX_RENDERS ?? 8),
    queue: Number(process.env.NEWSLINE_MAX_QUEUE ?? 1000),
  });
  const run = (/** @type {http.IncomingMessage} */ req, /** @type {http.ServerResponse} */ res) =>
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal server error");
    });
  const server = http.createServer((req, res) => {
    if (refuseMalformed(req, res)) return;
    // The write guard (lib/guard) reads the client's address here, never from what a client sends.
    req.headers["x-newsline-client-ip"] = req.socket.remoteAddress ?? "";
    if (cache.serve(req, res)) return;
    cache.record(req, res);
    // Build assets are files on disk: they never wait behind page renders.
    if (req.url?.startsWith("/_next/static/")) run(req, res);
    else gate.admit(req, res, () => run(req, res));
  });
  server.listen(port, hostname, () => console.error(`Newsline on http://${hostname ?? "localhost"}:${port}`));
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.once(signal, () => server.close(() => process.exit(0)).closeAllConnections());
  }
}

await main();
