// The benchmarks' measuring tools (plain ESM, so `node scripts/bench/*.mjs` loads it without tsx).
export { isFlat, restRss, restTrend } from "./memory-trend.mjs";
export { cpuTicks, othersCpu, treeMallocHeap, treePids, treeRss, treeStatus } from "./proc.mjs";
export { printTable } from "./table.mjs";
export { createMemoryProbe, GC_SETTLE_MS } from "./memory-probe.mjs";
export { loadavg, mb, MB, printMemory, printMixed, printRuns, summarise } from "./load-report.mjs";
export { runMixed } from "./mixed-load.mjs";
