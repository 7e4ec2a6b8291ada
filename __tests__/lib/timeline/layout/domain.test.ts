import { DAY } from "@/lib/timeline/layout/placement";
import { domainWindow, fitDomain, parseInstant, windowDomain } from "@/lib/timeline/layout/domain";

describe("fitDomain(times, referenceT)", () => {
  it("covers every time and the reference date, with more room on the right for labels", () => {
    const ref = Date.UTC(2026, 0, 1);
    const [lo, hi] = fitDomain([Date.UTC(2026, 0, 6), Date.UTC(2026, 1, 1)], ref);
    const span = Date.UTC(2026, 1, 1) - ref;
    expect(lo).toBeCloseTo(ref - span * 0.06);
    expect(hi).toBeCloseTo(Date.UTC(2026, 1, 1) + span * 0.14);
  });

  it("includes a reference date later than every event", () => {
    const [, hi] = fitDomain([Date.UTC(2020, 0, 1)], Date.UTC(2030, 0, 1));
    expect(hi).toBeGreaterThan(Date.UTC(2030, 0, 1));
  });

  it("widens a single day to a week before padding", () => {
    const t = Date.UTC(2026, 0, 6);
    const [lo, hi] = fitDomain([], t);
    expect(hi - lo).toBeCloseTo(7 * DAY * 1.2);
    expect(lo).toBeLessThan(t);
    expect(hi).toBeGreaterThan(t);
  });
});

describe("windowDomain(window)", () => {
  it("reads ISO dates and date-times", () => {
    expect(windowDomain({ from: "2026-01-01", to: "2026-01-10" })).toEqual([Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 10)]);
    expect(windowDomain({ from: "2026-01-01T12:00:00.000Z", to: "2026-01-03" })).toEqual([Date.UTC(2026, 0, 1, 12), Date.UTC(2026, 0, 3)]);
  });

  it("rejects malformed, reversed and too narrow windows", () => {
    expect(windowDomain({ from: "2026-01-10", to: "2026-01-01" })).toBeNull();
    expect(windowDomain({ from: "soon", to: "2026-01-01" })).toBeNull();
    expect(windowDomain({ from: "2026-01-01", to: "2026-01-01" })).toBeNull();
    expect(windowDomain(null)).toBeNull();
    expect(parseInstant("2026-02-30")).toBe(Date.UTC(2026, 2, 2));
  });
});

describe("domainWindow(domain)", () => {
  it("widens to whole days so the shared window still shows what was seen", () => {
    expect(domainWindow([Date.UTC(2026, 0, 1, 13), Date.UTC(2026, 0, 5, 2)])).toEqual({ from: "2026-01-01", to: "2026-01-06" });
    expect(domainWindow([Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1)])).toEqual({ from: "2026-01-01", to: "2026-01-02" });
  });
});
