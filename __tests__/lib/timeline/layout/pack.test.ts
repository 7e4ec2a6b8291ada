import fc from "fast-check";
import { packRows, type PackItem } from "@/lib/timeline/layout/pack";

const item = (id: string, start: number, end: number): PackItem => ({ id, start, end, markEnd: start + 12 });

describe("packRows(items, maxRows)", () => {
  it("keeps items that do not overlap on one row", () => {
    const { placed, rows } = packRows([item("a", 0, 50), item("b", 60, 100)], 4);
    expect(rows).toBe(1);
    expect(placed.get("b")).toEqual({ row: 0, labelShown: true });
  });

  it("opens a new row for an overlapping label and reuses the first row that is free again", () => {
    const { placed, rows } = packRows([item("a", 0, 50), item("b", 10, 80), item("c", 60, 90)], 4);
    expect(rows).toBe(2);
    expect(placed.get("b")!.row).toBe(1);
    expect(placed.get("c")!.row).toBe(0);
  });

  it("hides the label of an item that finds no free row once maxRows is reached", () => {
    const { placed, rows } = packRows([item("a", 0, 100), item("b", 5, 100), item("c", 10, 100)], 2);
    expect(rows).toBe(2);
    expect(placed.get("c")).toEqual({ row: 0, labelShown: false });
  });

  it("never lets two shown labels overlap in a row (property)", () => {
    const items = fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 300 })), { maxLength: 80 });
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 6 }), (xs, maxRows) => {
        const list = xs.map(([s, w], i) => item(`i${i}`, s, s + w));
        const { placed, rows } = packRows(list, maxRows);
        expect(rows).toBeLessThanOrEqual(Math.max(1, maxRows));
        const shown = list.filter((it) => placed.get(it.id)!.labelShown);
        for (const a of shown)
          for (const b of shown) {
            if (a === b || placed.get(a.id)!.row !== placed.get(b.id)!.row) continue;
            expect(a.end <= b.start || b.end <= a.start).toBe(true);
          }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
