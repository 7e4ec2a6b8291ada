import { Certainty } from "../../model";
import { metrics } from "./geometry";
import { certaintyStyle } from "../certainty";
import { strings } from "../strings";
import { textWidth } from "./text";

export type LegendEntry =
  | { kind: "certainty"; certainty: Certainty; label: string }
  | { kind: "fuzzy"; label: string }
  | { kind: "yearInferred"; label: string };

export type PlacedLegendEntry = LegendEntry & { x: number; row: number };

const SWATCH = 16;
const SIZE = 10;
const GAP = 14;

export const legendEntries: readonly LegendEntry[] = [
  ...Certainty.map((certainty) => ({ kind: "certainty" as const, certainty, label: certaintyStyle[certainty].label })),
  { kind: "fuzzy", label: strings.legendFuzzy },
  { kind: "yearInferred", label: strings.yearInferred },
];

/** Legend entries flowed into rows that fit the width. */
export function placeLegend(width: number): PlacedLegendEntry[] {
  let x = metrics.margin;
  let row = 0;
  return legendEntries.map((entry) => {
    const w = SWATCH + 4 + textWidth(entry.label, SIZE);
    if (x > metrics.margin && x + w > width - metrics.margin) {
      row += 1;
      x = metrics.margin;
    }
    const placed = { ...entry, x, row };
    x += w + GAP;
    return placed;
  });
}

export function legendHeight(width: number): number {
  const rows = placeLegend(width).reduce((max, e) => Math.max(max, e.row + 1), 1);
  return rows * metrics.legendRow;
}

export const LEGEND_TEXT_SIZE = SIZE;
export const LEGEND_SWATCH = SWATCH;
