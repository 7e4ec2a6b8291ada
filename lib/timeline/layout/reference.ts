import { GUIDE_TOP, metrics } from "./geometry";
import { fitText, textWidth } from "./text";
import type { TimelineLayout } from "../types";

/** Lane names: 10 px bold at the left margin, in the first `metrics.laneHeader` px of their lane. */
export const LANE_NAME_SIZE = 10;
/** Bold glyphs are wider than the average advance the layout measures with. */
const BOLD_ADVANCE = 1.25;
/** Room kept between the reference line and a lane name, either side. */
const CLEARANCE = 4;

/** A lane's name as drawn: fitted to three fifths of the dated plot. */
export function laneName(label: string, plot: TimelineLayout["plot"]): string {
  return fitText(label, (plot.x1 - plot.x0) * 0.6, LANE_NAME_SIZE);
}

/**
 * The pieces of the reference line at pixel x, as [top, bottom] pairs: from below the tick labels
 * (GUIDE_TOP) to the foot of the plot, broken across the header of each lane whose name the line
 * would cross, so the guide never runs through a year, a month or a lane's name. It depends on x, so
 * the live chart redraws it as the view moves, as it does the axis.
 */
export function referenceSegments(layout: Pick<TimelineLayout, "lanes" | "plot">, x: number): [number, number][] {
  const gaps = layout.lanes
    .filter((lane) => {
      const name = laneName(lane.label, layout.plot);
      const right = metrics.margin + textWidth(name, LANE_NAME_SIZE) * BOLD_ADVANCE;
      return name !== "" && x > metrics.margin - CLEARANCE && x < right + CLEARANCE;
    })
    .map((lane): [number, number] => [lane.y, lane.y + metrics.laneHeader])
    .sort((a, b) => a[0] - b[0]);
  const pieces: [number, number][] = [];
  let top = GUIDE_TOP;
  for (const [from, to] of gaps) {
    if (from > top) pieces.push([top, Math.min(from, layout.plot.y1)]);
    top = Math.max(top, to);
  }
  if (top < layout.plot.y1) pieces.push([top, layout.plot.y1]);
  return pieces;
}
