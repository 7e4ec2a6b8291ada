import { generateAnalysis } from "@/tools/synthetic";
import { layoutTimeline } from "@/lib/timeline/layout/layout";
import { markSpan, metrics, resolveX } from "@/lib/timeline/layout/geometry";
import { layoutScale } from "@/lib/timeline/draw/render";
import { RELATIVE_OFFSET } from "@/lib/timeline/layout/placement";
import { textWidth } from "@/lib/timeline/layout/text";
import type { Mark, TimelineLayout } from "@/lib/timeline/types";
import { all, fixture } from "../fixture";

const options = { width: 900, lanes: "actor" as const, theme: "light" as const };
const layout = layoutTimeline(fixture, all(fixture), options);
const scale = layoutScale(layout);
const mark = (l: TimelineLayout, id: string): Mark => l.marks.find((m) => m.id === id)!;
const x = (l: TimelineLayout, id: string) => markSpan(mark(l, id), layoutScale(l));

describe("layoutTimeline(analysis, visible, options)", () => {
  it("fits all dated events and the reference date when no window is given", () => {
    expect(layout.domain).toEqual(layout.fullDomain);
    expect(layout.domain[0]).toBeLessThan(Date.UTC(2025, 11, 20));
    expect(layout.domain[1]).toBeGreaterThan(Date.UTC(2026, 1, 1));
    const ref = scale(new Date(layout.reference.t));
    expect(ref).toBeGreaterThan(layout.plot.x0);
    expect(ref).toBeLessThan(layout.plot.x1);
  });

  it("labels the reference date by its basis", () => {
    expect(layout.reference.label).toBe("reference date (assumed)");
    const published = { ...fixture, article: { ...fixture.article, referenceDate: { date: "2026-01-01", basis: "published" as const } } };
    expect(layoutTimeline(published, all(fixture), options).reference.label).toBe("published");
  });

  it("draws the talks ahead of the summit as a range ending at the summit", () => {
    const [t0, t1] = x(layout, "talks");
    expect(t1).toBeCloseTo(x(layout, "summit")[0]);
    expect(t0).toBeCloseTo(scale(new Date(Date.UTC(2026, 0, 1))));
  });

  it("places a relative event at its anchor's x plus an offset, with a connector", () => {
    expect(x(layout, "press")[0]).toBeCloseTo(x(layout, "summit")[0] + RELATIVE_OFFSET);
    expect(layout.connectors).toContainEqual(expect.objectContaining({ from: "summit", to: "press", conditional: false }));
  });

  it("draws a fuzzy window as a band over its bounds", () => {
    const m = mark(layout, "statement");
    expect(m.placement.kind).toBe("fuzzy");
    const [a, b] = x(layout, "statement");
    expect(b - a).toBeCloseTo(scale(new Date(Date.UTC(2026, 0, 9))) - scale(new Date(Date.UTC(2026, 0, 6))));
  });

  it("puts hypothetical events in a conditional area right of the dated ones, dependents further right, with connectors", () => {
    const cond = layout.conditional!;
    expect(cond.x0).toBeGreaterThan(layout.plot.x1);
    expect(cond.x1).toBeLessThanOrEqual(options.width);
    const peace = resolveX(mark(layout, "peace").x0, scale);
    const deploy = resolveX(mark(layout, "deploy").x0, scale);
    expect(peace).toBeGreaterThanOrEqual(cond.x0);
    expect(deploy).toBeGreaterThan(peace);
    expect(deploy).toBeLessThan(cond.x1);
    expect(mark(layout, "deploy").area).toBe("conditional");
    expect(layout.connectors).toContainEqual(expect.objectContaining({ from: "peace", to: "deploy", conditional: true }));
  });

  it("has no conditional area when nothing is hypothetical", () => {
    const visible = new Set(["summit", "talks", "aid"]);
    const l = layoutTimeline(fixture, visible, options);
    expect(l.conditional).toBeNull();
    expect(l.plot.x1).toBe(options.width - metrics.margin);
  });

  it("collects events with no date and no anchor in the undated strip below the lanes", () => {
    const m = mark(layout, "monitor");
    expect(m.area).toBe("undated");
    expect(layout.undated!.y).toBeGreaterThanOrEqual(layout.plot.y1);
    expect(m.y).toBeGreaterThan(layout.undated!.y);
  });

  it("marks year-inferred dates in the accessible name", () => {
    expect(mark(layout, "summit").ariaLabel).toBe("Summit in the capital, 6 January 2026, scheduled, year inferred");
    expect(mark(layout, "talks").ariaLabel).toBe("Talks on a common position, before Summit in the capital (6 January 2026), fact");
    expect(mark(layout, "aid").ariaLabel).toBe("Aid deliveries, 20 December 2025 – 28 December 2025, fact");
    expect(mark(layout, "statement").ariaLabel).toBe(
      "Statement, vague, 6 January 2026 – 9 January 2026 (“in the coming days”), conditional, year inferred",
    );
    expect(mark(layout, "deploy").ariaLabel).toBe("Troop deployment, hypothetical, after Peace agreement, possible");
  });

  it("orders marks for the keyboard: dated by time, then conditional, then undated", () => {
    expect(layout.order).toEqual(["aid", "talks", "summit", "statement", "press", "vote", "peace", "deploy", "monitor"]);
  });

  it("stacks lanes without gaps and keeps each mark inside its lane", () => {
    let y = layout.plot.y0;
    for (const lane of layout.lanes) {
      expect(lane.y).toBe(y);
      y += lane.height;
      for (const m of layout.marks.filter((mk) => mk.lane === lane.key)) {
        expect(m.y).toBeGreaterThan(lane.y);
        expect(m.y).toBeLessThan(lane.y + lane.height);
      }
    }
    expect(y).toBe(layout.plot.y1);
  });

  it("draws only visible events but still anchors to hidden ones", () => {
    const l = layoutTimeline(fixture, new Set(["press"]), options);
    expect(l.marks.map((m) => m.id)).toEqual(["press"]);
    expect(l.connectors).toEqual([]);
    expect(resolveX(l.marks[0]!.x0, layoutScale(l))).toBeCloseTo(layoutScale(l)(new Date(Date.UTC(2026, 0, 6))) + RELATIVE_OFFSET);
  });

  it("uses the window as its domain and keeps fit-all in fullDomain", () => {
    const l = layoutTimeline(fixture, all(fixture), { ...options, window: { from: "2026-01-01", to: "2026-01-10" } });
    expect(l.domain).toEqual([Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 10)]);
    expect(l.fullDomain).toEqual(layout.fullDomain);
    expect(l.ticks.every((t) => t.t >= l.domain[0] && t.t <= l.domain[1])).toBe(true);
  });

  it("ignores a malformed window", () => {
    const l = layoutTimeline(fixture, all(fixture), { ...options, window: { from: "2026-02-01", to: "2026-01-01" } });
    expect(l.domain).toEqual(l.fullDomain);
  });

  it("lays out 1,000 synthetic events: finite geometry, bounded lanes and rows, no overlapping labels", () => {
    const big = generateAnalysis({ events: 1000, actors: 30, relations: 0, seed: 7 });
    const l = layoutTimeline(big, all(big), { ...options, maxLanes: 8, maxRows: 4 });
    const s = layoutScale(l);
    expect(l.marks).toHaveLength(1000);
    expect(l.lanes.length).toBeLessThanOrEqual(9);
    expect(l.lanes.every((lane) => lane.rows <= 4)).toBe(true);
    expect(l.marks.every((m) => Number.isFinite(m.y) && markSpan(m, s).every(Number.isFinite))).toBe(true);
    const boxes = l.marks
      .filter((m) => m.shownLabel !== null)
      .map((m) => {
        const [a] = markSpan(m, s);
        return { key: `${m.lane}:${m.row}`, a: a - metrics.r, b: a - metrics.r + Math.max(...m.labelLines.map((line) => textWidth(line))) };
      });
    for (const p of boxes)
      for (const q of boxes) if (p !== q && p.key === q.key) expect(p.b <= q.a || q.b <= p.a).toBe(true);
    expect(l.marks.some((m) => m.shownLabel === null)).toBe(true);
  });

  it("stacks the conditional area under the lanes on a narrow width, so the dated plot keeps the width", () => {
    const narrow = layoutTimeline(fixture, all(fixture), { ...options, width: 390 });
    const cond = narrow.conditional!;
    expect(cond.stacked).toBe(true);
    expect(narrow.plot.x1).toBe(390 - metrics.margin);
    expect(cond.y0).toBeGreaterThanOrEqual(narrow.plot.y1);
    expect(narrow.undated!.y).toBeGreaterThanOrEqual(cond.y1);
    const peace = mark(narrow, "peace");
    const deploy = mark(narrow, "deploy");
    expect(peace.area).toBe("conditional");
    expect(peace.y).toBeGreaterThan(cond.y0);
    // an outline: the dependent on the next row, indented under its anchor
    expect(deploy.y).toBeGreaterThan(peace.y);
    expect(resolveX(deploy.x0, scale)).toBeGreaterThan(resolveX(peace.x0, scale));
    expect(deploy.y).toBeLessThan(cond.y1);
    expect(narrow.connectors).toContainEqual(expect.objectContaining({ from: "peace", to: "deploy", conditional: true }));
    expect(layout.conditional!.stacked).toBe(false);
  });

  it("keeps at least three ticks on a phone-sized plot", () => {
    for (const width of [300, 375, 390, 430]) {
      const l = layoutTimeline(fixture, all(fixture), { ...options, width });
      expect(l.ticks.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("wraps a long label onto two lines where they hold it, a third where two would cut it, and makes its lane's rows taller by each line", () => {
    const laneOf = (lt: TimelineLayout, key: string) => lt.lanes.find((lane) => lane.key === key)!;
    const two = structuredClone(fixture);
    two.events.find((e) => e.id === "aid")!.label = "Aid deliveries to the border region resume";
    const l2 = layoutTimeline(two, all(two), options);
    const aid2 = mark(l2, "aid");
    expect(aid2.labelLines).toHaveLength(2);
    expect(laneOf(l2, aid2.lane).height).toBe(laneOf(layout, aid2.lane).height + laneOf(l2, aid2.lane).rows * metrics.labelLine);

    const three = structuredClone(fixture);
    const label = "Aid deliveries to the border region resume after a pause of several weeks";
    three.events.find((e) => e.id === "aid")!.label = label;
    const l3 = layoutTimeline(three, all(three), options);
    const aid3 = mark(l3, "aid");
    expect(aid3.labelLines).toHaveLength(3);
    expect(aid3.labelLines.join(" ")).toBe(label);
    expect(aid3.labelLines.every((line) => textWidth(line) <= metrics.labelMax)).toBe(true);
    expect(laneOf(l3, aid3.lane).height).toBe(laneOf(layout, aid3.lane).height + 2 * laneOf(l3, aid3.lane).rows * metrics.labelLine);
  });

  it("gives an undated label three lines cut wider room before cutting it, and the undated row grows to hold it", () => {
    const long = structuredClone(fixture);
    const label = "Monitoring assistance for a ceasefire along the whole line of contact by supplying drones, satellite pictures and trained observers";
    long.events.find((e) => e.id === "monitor")!.label = label;
    const l = layoutTimeline(long, all(long), { ...options, width: 900 });
    const monitor = mark(l, "monitor");
    expect(monitor.area).toBe("undated");
    expect(monitor.labelLines.join(" ")).toBe(label);
    expect(monitor.labelLines).toHaveLength(3);
    const widest = Math.max(...monitor.labelLines.map((line) => textWidth(line)));
    expect(widest).toBeGreaterThan(metrics.labelMax);
    expect(widest).toBeLessThanOrEqual(900 - 2 * metrics.margin);
    // the glyph sits low enough in its row that three lines above it stay inside the undated row
    const top = monitor.y - metrics.labelRise - 2 * metrics.labelLine - 11;
    expect(top).toBeGreaterThanOrEqual(l.undated!.y);
  });

  it("makes each undated row as tall as its own tallest label, not every row as tall as the tallest", () => {
    const long = structuredClone(fixture);
    long.events.find((e) => e.id === "monitor")!.label = "Monitoring assistance along the line of contact by observers from neighbours";
    const vote = long.events.find((e) => e.id === "vote")!;
    vote.time = { type: "unknown" };
    const l = layoutTimeline(long, all(long), { ...options, width: 240 });
    const [monitor, voteMark] = [mark(l, "monitor"), mark(l, "vote")];
    expect([monitor.area, voteMark.area]).toEqual(["undated", "undated"]);
    expect(monitor.labelLines.length).toBe(3);
    expect(voteMark.labelLines.length).toBe(1);
    expect([monitor.row, voteMark.row]).toEqual([0, 1]);
    const rowHeight = (lines: number) => metrics.row + (lines - 1) * metrics.labelLine;
    expect(l.undated!.height).toBe(metrics.laneHeader + rowHeight(3) + rowHeight(1) + metrics.lanePad);
  });

  it("narrows a conditional chain's indent in the column beside the plot rather than cut a deeper label", () => {
    const long = structuredClone(fixture);
    const label = "Deployment of Northland troops to the border";
    long.events.find((e) => e.id === "deploy")!.label = label;
    const l = layoutTimeline(long, all(long), { ...options, width: 640 });
    const deploy = mark(l, "deploy");
    expect(deploy.area).toBe("conditional");
    expect(deploy.labelLines.join(" ")).toBe(label);
    const x = "fixed" in deploy.x0 ? deploy.x0.fixed : NaN;
    expect(x - metrics.r + Math.max(...deploy.labelLines.map((line) => textWidth(line)))).toBeLessThanOrEqual(l.conditional!.x1);
    // still indented under the event it hangs off
    const peace = mark(l, "peace");
    expect(x).toBeGreaterThan("fixed" in peace.x0 ? peace.x0.fixed : Infinity);
    const shortLabel = layoutTimeline(fixture, all(fixture), { ...options, width: 640 });
    const xShort = mark(shortLabel, "deploy").x0;
    expect("fixed" in xShort && xShort.fixed).toBeGreaterThan(x);
  });

  it("is deterministic", () => {
    expect(layoutTimeline(fixture, all(fixture), options)).toEqual(layout);
  });
});
