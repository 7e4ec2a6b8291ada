import { DAY, parseIsoDate, placeEvents, RELATIVE_OFFSET } from "@/lib/timeline/layout/placement";
import type { Event } from "@/lib/model/analysis";
import { fixture } from "../fixture";

const ref = Date.UTC(2026, 0, 1);
const summit = Date.UTC(2026, 0, 6);
const placed = placeEvents(fixture.events, ref);

describe("placeEvents(events, referenceT)", () => {
  it("places a dated event at its date", () => {
    expect(placed.get("summit")).toEqual({ kind: "point", t: summit });
  });

  it("draws a 'before' anchor as a range with an open start from the reference date up to the anchor", () => {
    expect(placed.get("talks")).toEqual({ kind: "range", t0: ref, t1: summit, openStart: true });
  });

  it("places an 'after' event without dates a fixed offset right of its anchor", () => {
    expect(placed.get("press")).toEqual({ kind: "relative", t: summit, dx: RELATIVE_OFFSET });
  });

  it("keeps a fuzzy window's own bounds", () => {
    expect(placed.get("statement")).toEqual({ kind: "fuzzy", t0: summit, t1: Date.UTC(2026, 0, 9) });
  });

  it("puts hypothetical events and their dependents in the conditional area, one column per step", () => {
    expect(placed.get("peace")).toEqual({ kind: "conditional", depth: 0 });
    expect(placed.get("deploy")).toEqual({ kind: "conditional", depth: 1 });
  });

  it("leaves an event with neither dates nor anchor undated", () => {
    expect(placed.get("monitor")).toEqual({ kind: "undated" });
  });

  it("keeps a closed range's ends", () => {
    expect(placed.get("aid")).toEqual({ kind: "range", t0: Date.UTC(2025, 11, 20), t1: Date.UTC(2025, 11, 28), openStart: false });
  });

  it("starts a 'before' range shortly before its anchor when the reference date is later", () => {
    const late = placeEvents(fixture.events, Date.UTC(2026, 5, 1));
    expect(late.get("talks")).toEqual({ kind: "range", t0: summit - 3 * DAY, t1: summit, openStart: true });
  });

  it("chains relative anchors, adding offsets", () => {
    const base = fixture.events.find((e) => e.id === "press")!;
    const next: Event = { ...base, id: "after-press", time: { type: "relative", anchor: { event: "press", relation: "after" } } };
    expect(placeEvents([...fixture.events, next], ref).get("after-press")).toEqual({ kind: "relative", t: summit, dx: 2 * RELATIVE_OFFSET });
  });

  it("survives anchor cycles and missing anchors", () => {
    const base = fixture.events[0]!;
    const a: Event = { ...base, id: "a", time: { type: "relative", anchor: { event: "b", relation: "after" } } };
    const b: Event = { ...base, id: "b", time: { type: "relative", anchor: { event: "a", relation: "after" } } };
    const c: Event = { ...base, id: "c", time: { type: "relative", anchor: { event: "nowhere", relation: "before" } } };
    const cyc = placeEvents([a, b, c], ref);
    expect(cyc.get("a")?.kind).toBe("undated");
    expect(cyc.get("b")?.kind).toBe("undated");
    expect(cyc.get("c")).toEqual({ kind: "undated" });
  });

  it("treats an event anchored to an undated event as undated", () => {
    const base = fixture.events[0]!;
    const x: Event = { ...base, id: "x", time: { type: "relative", anchor: { event: "monitor", relation: "after" } } };
    expect(placeEvents([...fixture.events, x], ref).get("x")).toEqual({ kind: "undated" });
  });
});

describe("parseIsoDate(s)", () => {
  it("reads calendar dates at UTC midnight and rejects anything else", () => {
    expect(parseIsoDate("2026-01-06")).toBe(summit);
    expect(parseIsoDate("2026-1-6")).toBeNull();
    expect(parseIsoDate(undefined)).toBeNull();
  });
});
