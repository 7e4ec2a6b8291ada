import fc from "fast-check";
import { generateAnalysis } from "@/tools/synthetic";
import { candidatesInView, timeIndex } from "@/lib/timeline/layout/cull";
import { markSpan } from "@/lib/timeline/layout/geometry";
import { layoutTimeline } from "@/lib/timeline/layout/layout";
import { timeScale } from "@/lib/timeline/layout/ticks";
import { all, fixture } from "../fixture";

describe("timeIndex(marks) and candidatesInView(index, scale, left, right)", () => {
  const big = generateAnalysis({ events: 2000, actors: 12, relations: 0, seed: 3 });
  const layout = layoutTimeline(big, all(big), { width: 1200, lanes: "actor", theme: "light" });
  const index = timeIndex(layout.marks);
  const [d0, d1] = layout.fullDomain;

  it("sorts the marks that move with time by their earliest time", () => {
    expect(index.marks).toHaveLength(layout.marks.filter((m) => m.area === "dated").length);
    for (let i = 1; i < index.starts.length; i++) expect(index.starts[i]!).toBeGreaterThanOrEqual(index.starts[i - 1]!);
  });

  it("leaves out marks at fixed positions (conditional, undated)", () => {
    const l = layoutTimeline(fixture, all(fixture), { width: 900, lanes: "actor", theme: "light" });
    const ids = timeIndex(l.marks).marks.map((m) => m.id);
    expect(ids).not.toContain("peace");
    expect(ids).not.toContain("monitor");
    expect(ids).toContain("press");
  });

  it("returns every mark in view, whatever the zoom and pan (a superset, never missing one)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.95, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), (from, share) => {
        const a = d0 + (d1 - d0) * from;
        const b = Math.min(d1, a + (d1 - d0) * share);
        const scale = timeScale([a, b], [12, 1188]);
        const [lo, hi] = candidatesInView(index, scale, -200, 1200);
        const found = new Set(index.marks.slice(lo, hi).map((m) => m.id));
        for (const m of index.marks) {
          const [x0, x1] = markSpan(m, scale);
          if (x1 >= -200 && x0 <= 1200) expect(found.has(m.id)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("narrows the candidates to about what is in view when zoomed in", () => {
    const scale = timeScale([d0 + (d1 - d0) * 0.5, d0 + (d1 - d0) * 0.52], [12, 1188]);
    const [lo, hi] = candidatesInView(index, scale, -200, 1200);
    expect(hi - lo).toBeLessThan(index.marks.length / 10);
  });
});
