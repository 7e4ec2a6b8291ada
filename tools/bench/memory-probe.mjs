// How `npm run bench:load` reads the server's memory without adding a route to the app: the server
// loads a probe (NODE_OPTIONS --import) that, on SIGUSR2, runs a full GC and writes
// process.memoryUsage() to a file; RSS and its parts come from /proc (proc.mjs).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { treeMallocHeap, treePids, treeRss, treeStatus } from "./proc.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * V8 hands the pages a full GC freed back to the system from its worker threads, after gc()
 * returns: RSS read at once still counts them (docs/performance.md).
 */
export const GC_SETTLE_MS = 1000;

// --leak: every request the server answers keeps LEAK_BYTES more bytes of native memory (written, so
// resident), packed into 64 KB buffers so that the leak is native memory, not V8 heap: it must show as
// RSS growing at rest.
const LEAK_PROBE = `import http from "node:http";
const kept = [];
let used = 65536;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  for (let left = event === "request" ? LEAK_BYTES : 0; left > 0; ) {
    if (used === 65536) (kept.push(Buffer.allocUnsafeSlow(65536)), (used = 0));
    const n = Math.min(left, 65536 - used);
    kept[kept.length - 1].fill(1, used, used + n);
    used += n;
    left -= n;
  }
  return emit.call(this, event, ...args);
};
`;

function probeSource(dir, leakBytes) {
  return `import { writeFileSync } from "node:fs";
process.on("SIGUSR2", () => {
  globalThis.gc?.();
  writeFileSync(${JSON.stringify(dir)} + "/" + process.pid + ".json", JSON.stringify(process.memoryUsage()));
});
${leakBytes > 0 ? LEAK_PROBE.replace("LEAK_BYTES", String(leakBytes)) : ""}`;
}

/**
 * A probe in a new temporary folder (which the bench may use for its own files too): `nodeOptions`
 * for the server, `read(pid, phase)` for one reading of its process tree, `dispose()` at the end.
 * @param {{ leakBytes: number }} options
 */
export function createMemoryProbe({ leakBytes }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsline-load-"));
  const file = path.join(dir, "probe.mjs");
  writeFileSync(file, probeSource(dir, leakBytes));
  return {
    dir,
    nodeOptions: [process.env.NODE_OPTIONS, "--expose-gc", `--import=${new URL(`file://${file}`).href}`].filter(Boolean).join(" "),
    read: (pid, phase) => readMemory(dir, pid, phase),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Asks every process of the tree for its memoryUsage() and waits (at most 5 s) for the answers. */
async function heapUsage(dir, pids) {
  for (const pid of pids) rmSync(path.join(dir, `${pid}.json`), { force: true });
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGUSR2");
    } catch {
      // exited
    }
  }
  const usage = [];
  const deadline = Date.now() + 5000;
  for (const pid of pids) {
    for (;;) {
      try {
        usage.push(JSON.parse(readFileSync(path.join(dir, `${pid}.json`), "utf8")));
        break;
      } catch {
        if (Date.now() > deadline) break;
        await sleep(50);
      }
    }
  }
  return usage;
}

/** One reading of a process tree's memory: RSS first, then heap figures after a full GC in each process. */
async function readMemory(dir, pid, phase) {
  const pids = treePids(pid);
  const rss = treeRss(pid);
  const usage = await heapUsage(dir, pids);
  const sum = (k) => (usage.length ? usage.reduce((n, u) => n + u[k], 0) : null);
  await sleep(GC_SETTLE_MS);
  return {
    phase,
    rss,
    // anonymous memory (what the process allocated) and file-backed (code and mapped files)
    anon: treeStatus(pid, "RssAnon"),
    file: treeStatus(pid, "RssFile"),
    // the part of anon in malloc's main heap, where native fragmentation would show (V8's heap is heapTotal)
    mallocHeap: treeMallocHeap(pid),
    rssAfterGc: treeRss(pid),
    heapTotal: sum("heapTotal"),
    heapUsed: sum("heapUsed"),
    external: sum("external"),
    arrayBuffers: sum("arrayBuffers"),
  };
}
