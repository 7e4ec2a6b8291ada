// Shared by `npm start`, the browser tests and the benchmarks: find Chromium, keep the production build current,
// and run the production server (server/index.mjs) on a free loopback port, stopping it whatever happens to the caller.
// (What the benchmarks measure with, process memory and result tables, is in tools/bench.)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const serverEntry = path.join(root, "server", "index.mjs");
const BUILD_SOURCES = [
  "app",
  "components",
  "lib",
  "seeds",
  "next.config.js",
  "proxy.ts",
  "server",
  "tools",
  "instrumentation.ts",
  "package.json",
  "postcss.config.mjs",
];

export const log = (...parts) => console.error("[newsline]", ...parts);

/** The Chromium every browser run uses: `CHROME_PATH`, else Debian's. */
export function chromePath() {
  return process.env.CHROME_PATH?.trim() || "/usr/bin/chromium";
}

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Why a build is needed, or null when `.next/BUILD_ID` is newer than every source (CI always builds). */
export function buildReason() {
  if (process.env.CI === "true") return "CI=true: building from scratch";
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no production build yet";
  const built = statSync(buildId).mtimeMs;
  const stale = BUILD_SOURCES.find((s) => newestMtime(path.join(root, s)) > built);
  return stale ? `${stale} changed since the last build` : null;
}

/** Runs `next build` when the sources changed; its output goes to stderr so stdout stays for results. */
export function ensureBuild({ force = false } = {}) {
  const reason = force ? "build forced" : buildReason();
  if (!reason) {
    log("production build is current: skipping `next build`");
    return;
  }
  log(`${reason}: running \`next build\`…`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: ["ignore", 2, 2],
    env: process.env,
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status ?? r.signal})`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A port the kernel just handed out on 127.0.0.1 (free at the time of asking). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The environment of the production server, here and in `npm start`. Two settings of glibc's malloc,
 * which glibc reads only at process start (hence here, not in server/index.mjs):
 *   - MALLOC_ARENA_MAX=2: malloc otherwise keeps one arena per thread that ever allocated (libuv's
 *     pool, resvg's renderers), which RSS never gives back.
 *   - MALLOC_MMAP_THRESHOLD_=32768: the 20-100 KB buffers of Next's render streams, which die young,
 *     get their own mapping, returned when freed, instead of piling up in the main heap, which cannot
 *     shrink past its live tail (figures in docs/performance.md, "Serving").
 */
export const SERVER_ENV = { NODE_ENV: "production", MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "32768" };

/**
 * Starts the production server (server/index.mjs: Next behind its request guard and shared cache) on 127.0.0.1 and resolves once `/` answers. The server runs in its own process
 * group so that stopping it also stops anything it spawned; it is stopped on exit and on SIGINT/SIGTERM.
 */
export async function startServer({ env = {}, timeoutMs = 90_000, quiet = true } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [serverEntry, "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, ...SERVER_ENV, ...env },
    stdio: ["ignore", quiet ? "ignore" : 2, 2],
    detached: true,
  });
  let exited = null;
  child.on("exit", (code, signal) => {
    exited = { code, signal };
  });

  const stop = () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const onSignal = (sig) => {
    stop();
    process.exit(sig === "SIGINT" ? 130 : 143);
  };
  process.on("exit", stop);
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited)
      throw new Error(
        `the server exited before answering (code ${exited.code}, signal ${exited.signal})`,
      );
    try {
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        stop();
        throw new Error(`the server did not answer on ${url} within ${timeoutMs / 1000} s`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  log(`server answering on ${url} (pid ${child.pid})`);

  return {
    url,
    pid: child.pid,
    async close() {
      stop();
      if (!exited) await new Promise((r) => child.once("exit", r));
    },
  };
}
