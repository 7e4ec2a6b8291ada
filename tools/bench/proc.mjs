// What a benchmark reads of a process on Linux (/proc and `ps`): its tree of descendants, their
// memory, and the CPU ticks they and the whole machine used.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** A process and its descendants (Linux `ps`), or just the process where `ps` is missing. */
export function treePids(pid) {
  const list = spawnSync("ps", ["-o", "pid=,ppid=", "-A"], { encoding: "utf8" });
  if (list.status !== 0) return [pid];
  const children = new Map();
  for (const line of list.stdout.trim().split("\n")) {
    const [p, pp] = line.trim().split(/\s+/).map(Number);
    children.set(pp, [...(children.get(pp) ?? []), p]);
  }
  const pids = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    pids.push(p);
    stack.push(...(children.get(p) ?? []));
  }
  return pids;
}

/**
 * `read(p)` summed over a process and its descendants; null when the process itself is gone (a
 * descendant that exits meanwhile counts 0).
 */
function sumOverTree(pid, read) {
  let total = 0;
  for (const p of treePids(pid)) {
    try {
      total += read(p);
    } catch {
      if (p === pid) return null;
    }
  }
  return total;
}

/**
 * The sum of one memory field of /proc/<pid>/status (`VmRSS`, `RssAnon`, `RssFile`…) over a process
 * and its descendants, in bytes; null when the process itself is gone.
 */
export function treeStatus(pid, field) {
  const pattern = new RegExp(`^${field}:\\s+(\\d+) kB$`, "m");
  return sumOverTree(pid, (p) => Number(pattern.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0) * 1024);
}

/**
 * Resident memory of malloc's main heap (the `[heap]` mapping of /proc/<pid>/smaps: what glibc's main
 * arena took with brk) over a process and its descendants, in bytes; null when the process is gone.
 * It can only shrink down to its highest live allocation, so it is where fragmentation shows.
 */
export function treeMallocHeap(pid) {
  return sumOverTree(pid, (p) => {
    let heap = 0;
    let inHeap = false;
    for (const line of readFileSync(`/proc/${p}/smaps`, "utf8").split("\n")) {
      // a mapping's header line ("start-end perms offset dev inode [path]"), then its fields
      if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) inHeap = line.endsWith("[heap]");
      else if (inHeap && line.startsWith("Rss:")) heap += Number(line.split(/\s+/)[1]) * 1024;
    }
    return heap;
  });
}

/** VmRSS of a process and its descendants, in bytes (null when the process is gone). */
export function treeRss(pid) {
  return treeStatus(pid, "VmRSS");
}

/** Busy CPU ticks of the whole machine and of some processes (Linux /proc), to tell how much others used. */
export function cpuTicks(pids) {
  try {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number);
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    const busy = total - fields[3] - fields[4];
    let mine = 0;
    for (const pid of pids) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
        mine += after[11] + after[12];
      } catch {
        // exited
      }
    }
    return { busy, mine, at: Date.now() };
  } catch {
    return null;
  }
}

/** CPU used by processes other than the server and this benchmark, in % of one core, between two readings. */
export function othersCpu(a, b) {
  if (!a || !b) return "n/a";
  const ticksPerSecond = 100;
  const seconds = (b.at - a.at) / 1000;
  return `${Math.max(0, ((b.busy - a.busy - (b.mine - a.mine)) / ticksPerSecond / seconds) * 100).toFixed(0)}%`;
}
