// @ts-check
/**
 * The production server (`npm start`, the browser tests and the benchmarks): Next's request handler
 * behind two things `next start` cannot do cheaply:
 *   - a 400 for paths that cannot be percent-decoded (Next 16 answers 500), see request-guard.mjs;
 *   - a shared cache for responses that opt in with `s-maxage` (the analyses, the images), see
 *     shared-cache.mjs: a hit costs a Map lookup instead of a trip through Next's router.
 * Everything else (pages, embeds, proxy.ts with its per-request CSP nonce) is Next's, unchanged.
 *
 * Usage: node server/index.mjs [--port 3000] [--hostname 127.0.0.1]   (PORT works too; by default the
 * server listens on every interface, like `next start`)
 */
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { refuseMalformed } from "./request-guard.mjs";
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
  const server = http.createServer((req, res) => {
    if (refuseMalformed(req, res)) return;
    if (cache.serve(req, res)) return;
    cache.record(req, res);
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal server error");
    });
  });
  server.listen(port, hostname, () => console.error(`Newsline on http://${hostname ?? "localhost"}:${port}`));
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.once(signal, () => server.close(() => process.exit(0)).closeAllConnections());
  }
}

await main();
