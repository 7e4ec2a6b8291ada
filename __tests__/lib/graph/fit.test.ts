import { applyFit, axisScale, fitToBox, fittedBounds, type FitItem } from "@/lib/graph/fit";

const item = (x: number, y: number, room = 0): FitItem => ({ x, y, left: room, right: room, top: room, bottom: room });

describe("axisScale(items, length)", () => {
  it("spreads two bare points over the whole length", () => {
    expect(axisScale([{ p: 0, lo: 0, hi: 0 }, { p: 10, lo: 0, hi: 0 }], 100)).toBe(10);
  });

  it("keeps the room before the first and after the last item inside the length", () => {
    // (100 − 5 − 15) / 10
    expect(axisScale([{ p: 0, lo: 5, hi: 1 }, { p: 10, lo: 1, hi: 15 }], 100)).toBe(8);
  });

  it("is bound by whichever pair needs it most, not only the extreme centres", () => {
    // a label before a middle item: that pair allows (100 − 40) / 5 = 12, the two ends 100 / 10 = 10
    expect(axisScale([{ p: 0, lo: 0, hi: 0 }, { p: 5, lo: 40, hi: 0 }, { p: 10, lo: 0, hi: 0 }], 100)).toBe(10);
    // a wider one binds: (100 − 70) / 5 = 6
    expect(axisScale([{ p: 0, lo: 0, hi: 0 }, { p: 5, lo: 70, hi: 0 }, { p: 10, lo: 0, hi: 0 }], 100)).toBe(6);
  });

  it("is Infinity for items at one coordinate and 0 when the rooms alone do not fit", () => {
    expect(axisScale([{ p: 3, lo: 1, hi: 1 }, { p: 3, lo: 2, hi: 2 }], 10)).toBe(Infinity);
    expect(axisScale([{ p: 0, lo: 60, hi: 0 }, { p: 1, lo: 0, hi: 60 }], 100)).toBe(0);
    expect(axisScale([], 10)).toBe(Infinity);
  });
});

describe("fitToBox(items, box, opts)", () => {
  const box = { left: 20, top: 40, width: 600, height: 300 };

  it("keeps the proportions: the binding axis fills the box, the other is centred in it", () => {
    const items = [item(0, 0, 10), item(100, 0, 10), item(50, 50, 10)];
    const t = fitToBox(items, box);
    // height binds: (300 − 20) / 50 = 5.6; width would allow (600 − 20) / 100 = 5.8
    expect(t.sx).toBeCloseTo(5.6);
    expect(t.sy).toBeCloseTo(5.6);
    const b = fittedBounds(items, t);
    expect(b.top).toBeCloseTo(40);
    expect(b.bottom).toBeCloseTo(340);
    expect((b.left + b.right) / 2).toBeCloseTo(320);
    expect(b.left).toBeGreaterThanOrEqual(20);
    expect(b.right).toBeLessThanOrEqual(620);
  });

  it("fills the binding side and never leaves the box, whatever the layout", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 50; run++) {
      const items = Array.from({ length: 2 + Math.floor(random() * 30) }, () => ({
        x: random() * 400 - 200, y: random() * 300, left: random() * 40, right: random() * 40, top: random() * 12, bottom: random() * 30,
      }));
      const t = fitToBox(items, box, { maxScale: Infinity });
      const b = fittedBounds(items, t);
      expect(b.left).toBeGreaterThanOrEqual(box.left - 1e-6);
      expect(b.right).toBeLessThanOrEqual(box.left + box.width + 1e-6);
      expect(b.top).toBeGreaterThanOrEqual(box.top - 1e-6);
      expect(b.bottom).toBeLessThanOrEqual(box.top + box.height + 1e-6);
      expect(Math.max((b.right - b.left) / box.width, (b.bottom - b.top) / box.height)).toBeGreaterThan(0.999);
    }
  });

  it("stops at maxScale, and lets the axes differ by at most maxStretch", () => {
    const items = [item(0, 0), item(10, 0), item(0, 10)];
    expect(fitToBox(items, box, { maxScale: 4 })).toMatchObject({ sx: 4, sy: 4 });
    const stretched = fitToBox(items, box, { maxScale: Infinity, maxStretch: 1.5 });
    expect(stretched.sy).toBeCloseTo(30);
    expect(stretched.sx).toBeCloseTo(45);
  });

  it("is deterministic and maps layout points with the transform it returns", () => {
    const items = [item(-5, 2, 3), item(7, 9, 1), item(1, -4, 2)];
    const t = fitToBox(items, box);
    expect(fitToBox(items, box)).toEqual(t);
    expect(applyFit(t, { x: 7, y: 9 })).toEqual({ x: t.tx + 7 * t.sx, y: t.ty + 9 * t.sy });
  });
});
