import { seededRandom } from "@/lib/random";
import { isFlat, restTrend } from "@/tools/bench/index.mjs";

const MB = 1024 * 1024;
const REQUESTS_PER_RUN = 400_000;

/**
 * The readings of a bench of `runs` runs, shaped like bench:load's (after each run, and after a
 * distinct pass between runs), with RSS at rest from `rssAt(run)` plus seeded noise of ±`noiseMb`.
 */
function readings(runs: number, rssAt: (run: number) => number, noiseMb: number, seed = 1) {
  const random = seededRandom(seed);
  const noise = () => (random() * 2 - 1) * noiseMb * MB;
  const mem = [{ phase: "after warm-up", served: 0, rest: { rss: 150 * MB } }];
  for (let run = 1; run <= runs; run++) {
    const served = run * REQUESTS_PER_RUN;
    mem.push({ phase: `after run ${run}`, served, rest: { rss: rssAt(run) + noise() } });
    if (run < runs) mem.push({ phase: "after 300 distinct queries", served: served + 2_000, rest: { rss: rssAt(run) + noise() } });
  }
  return mem;
}

describe("bench:load memory verdict", () => {
  it("reads a working set that holds, with readings 8 % apart, as flat", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const trend = restTrend(readings(5, () => 280 * MB, 11, seed));
      expect(trend).not.toBeNull();
      expect(isFlat(trend!, 2 * MB)).toBe(true);
    }
  });

  it("reads a native leak of 30 MB per run (about 75 bytes per request) as growing in three runs, though the heap is flat", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const trend = restTrend(readings(3, (run) => 270 * MB + run * 30 * MB, 11, seed))!;
      expect(isFlat(trend, 0)).toBe(false);
    }
  });

  it("catches a slower leak over more runs: 5 MB per run in ten", () => {
    for (let seed = 1; seed <= 20; seed++) {
      expect(isFlat(restTrend(readings(10, (run) => 270 * MB + run * 5 * MB, 11, seed))!, 0)).toBe(false);
      expect(isFlat(restTrend(readings(10, () => 280 * MB, 11, seed))!, 0)).toBe(true);
    }
  });

  it("measures the leak per request served", () => {
    const trend = restTrend(readings(4, (run) => 250 * MB + run * REQUESTS_PER_RUN * 64, 0))!;
    expect(trend.bytesPerRequest).toBeCloseTo(64, 0);
    expect(trend.readings).toBe(7);
  });

  it("reads a heap that keeps objects as growing, whatever RSS does", () => {
    const trend = restTrend(readings(3, () => 280 * MB, 0))!;
    expect(isFlat(trend, 12 * MB)).toBe(false);
  });

  it("leaves out the readings before run 1 and needs three readings", () => {
    const mem = readings(2, () => 280 * MB, 0);
    mem[0]!.rest.rss = 10 * MB;
    expect(restTrend(mem)!.start).toBeCloseTo(280 * MB, -3);
    expect(restTrend(mem.slice(0, 3))).toBeNull();
    expect(restTrend(mem.filter((m) => m.phase !== "after run 1"))).toBeNull();
  });
});
