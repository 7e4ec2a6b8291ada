import { GUIDE_TOP, metrics } from "@/lib/timeline/layout/geometry";
import { layoutTimeline } from "@/lib/timeline/layout/layout";
import { laneName, LANE_NAME_SIZE, referenceSegments } from "@/lib/timeline/layout/reference";
import { textWidth } from "@/lib/timeline/layout/text";
import { all, fixture } from "../fixture";

describe("referenceSegments(layout, x): the reference line's pieces", () => {
  const layout = layoutTimeline(fixture, all(fixture), { width: 900, lanes: "certainty", theme: "light" });
  const { plot, lanes } = layout;
  const covered = (pieces: [number, number][]) => pieces.reduce((n, [a, b]) => n + (b - a), 0);

  it("away from the lane names: one piece, from below the tick labels to the foot of the plot", () => {
    expect(referenceSegments(layout, plot.x1 - 20)).toEqual([[GUIDE_TOP, plot.y1]]);
  });

  it("over the lane names: leaves out the header of every lane, and only those", () => {
    expect(lanes.length).toBeGreaterThan(1);
    // the middle of the shortest lane name: the line would cross every name there
    const x = metrics.margin + Math.min(...lanes.map((l) => textWidth(laneName(l.label, plot), LANE_NAME_SIZE))) / 2;
    const pieces = referenceSegments(layout, x);
    for (const lane of lanes)
      for (const [a, b] of pieces) expect(b <= lane.y || a >= lane.y + metrics.laneHeader).toBe(true);
    expect(covered(pieces)).toBeCloseTo(plot.y1 - GUIDE_TOP - lanes.length * metrics.laneHeader, 5);
    for (const [a, b] of pieces) expect(b).toBeGreaterThan(a);
  });

  it("pieces are in order, within the guide's extent", () => {
    for (const x of [plot.x0, plot.x0 + 30, (plot.x0 + plot.x1) / 2]) {
      const pieces = referenceSegments(layout, x);
      pieces.forEach(([a, b], i) => {
        expect(a).toBeGreaterThanOrEqual(i === 0 ? GUIDE_TOP : pieces[i - 1]![1]);
        expect(b).toBeLessThanOrEqual(plot.y1);
      });
    }
  });
});
