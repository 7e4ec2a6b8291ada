// @ts-check
// The memory verdict of `npm run bench:load`, apart from the benchmark so that it can be unit-tested.

/**
 * @typedef {{ phase: string, served: number, rest: { rss: number | null, rssAfterGc?: number | null } }} MemoryReading
 *   one memory reading of the bench: its phase ("after run 1"…), the requests served until then, and
 *   the RSS at rest in bytes
 */

/**
 * RSS at rest of one reading: read after the full GC had settled, else right away.
 * @param {MemoryReading["rest"]} rest
 */
export const restRss = (rest) => rest.rssAfterGc ?? rest.rss;

/**
 * The least-squares line of RSS at rest against the requests served, over every reading from run 1
 * on (after each run and after each distinct pass), and its values at the first and the last reading:
 * a leak grows with the work done, so it shows as a steady slope, whereas one reading at rest varies
 * by 5-10 % (docs/performance.md), enough to make or break a first-to-last comparison on its own.
 * @param {MemoryReading[]} mem the readings in order
 */
export function restTrend(mem) {
  const from = mem.findIndex((m) => m.phase === "after run 1");
  if (from < 0) return null;
  const tail = mem.slice(from);
  /** @type {[number, number][]} requests served, RSS at rest */
  const points = [];
  for (const m of tail) {
    const rss = restRss(m.rest);
    if (rss !== null) points.push([m.served, rss]);
  }
  if (points.length < 3) return null;
  const mean = (/** @type {0 | 1} */ k) => points.reduce((n, p) => n + p[k], 0) / points.length;
  const [mx, my] = [mean(0), mean(1)];
  const sxx = points.reduce((n, [x]) => n + (x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const slope = points.reduce((n, [x, y]) => n + (x - mx) * (y - my), 0) / sxx;
  const runsCovered = tail.filter((m) => m.phase.startsWith("after run ")).length - 1;
  const [firstX, lastX] = [points[0]?.[0] ?? 0, points.at(-1)?.[0] ?? 0];
  const span = lastX - firstX;
  const at = (/** @type {number} */ x) => my + slope * (x - mx);
  return {
    readings: points.length,
    bytesPerRequest: slope,
    perRun: runsCovered > 0 ? (slope * span) / runsCovered : 0,
    start: at(firstX),
    end: at(lastX),
  };
}

/**
 * The bench's verdict: flat when the fitted line grows by less than 10 % from its first reading to its
 * last and heapUsed by less than 10 MB (a heap that keeps objects is a leak whatever RSS does).
 * @param {{ start: number, end: number }} trend what restTrend returned
 * @param {number | null} heapGrowth heapUsed at the last reading minus at the first, in bytes
 */
export function isFlat(trend, heapGrowth) {
  return (trend.end - trend.start) / trend.start < 0.1 && (heapGrowth === null || heapGrowth < 10 * 1024 * 1024);
}
