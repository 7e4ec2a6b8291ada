/**
 * A mark's hit area: the reader clicks the words, so the label, the glyph and a range's bar are one
 * target. Two transparent rectangles under the mark's visible parts, inside its group (whose
 * `data-event-id` the click, hover and focus handlers look for): one from the top of the label down
 * to the glyph, as wide as the label, so the gaps between words and lines and between the label and
 * its glyph hit the mark too; one around the glyph, stretching with a range's bar, a few pixels
 * taller than the bar so a thin bar is easy to hit.
 */
import { h, type SvgNode } from "../../svg";
import { LABEL_SIZE, linesWidth, metrics } from "../layout";
import type { Mark } from "../types";

/** Padding (px) around the glyph and the label that still hits the mark. */
export const HIT_PAD = 3;
/** A label's cap height as a share of its font size: how far its first line rises above its baseline. */
const ASCENT = 0.8;

/** The hit rectangles of a mark whose bar is `barWidth` px wide (0 for a point), in the mark's own coordinates. */
export function hitAreas(mark: Pick<Mark, "labelLines" | "yearInferred">, barWidth: number): SvgNode[] {
  const r = metrics.r;
  const glyph = h("rect", {
    class: "nl-hit",
    x: -r - HIT_PAD,
    y: -r - HIT_PAD,
    width: barWidth + 2 * (r + HIT_PAD),
    height: 2 * (r + HIT_PAD),
    fill: "transparent",
    "data-stretch": 2 * (r + HIT_PAD),
  });
  if (!mark.labelLines.length) return [glyph];
  const top = -metrics.labelRise - (mark.labelLines.length - 1) * metrics.labelLine - LABEL_SIZE * ASCENT - HIT_PAD;
  const label = h("rect", {
    class: "nl-hit",
    x: -r - HIT_PAD,
    y: top,
    width: Math.max(2 * r, linesWidth(mark.labelLines, mark.yearInferred)) + 2 * HIT_PAD,
    height: -r - top,
    fill: "transparent",
  });
  return [label, glyph];
}
