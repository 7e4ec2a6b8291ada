import type { AnchorRelation, Certainty, ReferenceBasis } from "../model";

export const LaneMode = ["actor", "certainty"] as const;
export type LaneMode = (typeof LaneMode)[number];

export const Theme = ["light", "dark"] as const;
export type Theme = (typeof Theme)[number];

/** A timeline window: ISO dates (YYYY-MM-DD) or date-times, `from` before `to`. */
export type TimeWindow = { from: string; to: string };

export type LayoutOptions = {
  width: number;
  lanes: LaneMode;
  window?: TimeWindow | null;
  theme: Theme;
  /** lanes beyond this many actors are merged into "other" (the busiest actors keep a lane) */
  maxLanes?: number;
  /** label rows per lane; marks that find no free row keep their place but hide their label */
  maxRows?: number;
};

/**
 * Where a mark sits horizontally: either a time plus a pixel offset (moves with zoom and pan),
 * or a fixed pixel position (the conditional area and the undated strip do not zoom).
 */
export type XPos = { t: number; dx: number } | { fixed: number };

/** How an event is placed, before pixels: the time semantics of the timeline. */
export type Placement =
  | { kind: "point"; t: number }
  | { kind: "range"; t0: number; t1: number; openStart: boolean }
  | { kind: "fuzzy"; t0: number; t1: number }
  | { kind: "relative"; t: number; dx: number }
  | { kind: "conditional"; depth: number }
  | { kind: "undated" };

export type MarkArea = "dated" | "conditional" | "undated";

export type Mark = {
  id: string;
  placement: Placement;
  area: MarkArea;
  lane: string;
  row: number;
  /** vertical centre of the mark's glyph */
  y: number;
  x0: XPos;
  x1: XPos | null;
  label: string;
  /** the label as drawn (possibly shortened), its lines joined by a space; null when it found no free row */
  shownLabel: string | null;
  /** the label's lines as drawn, top to bottom (one or two); empty when it is not drawn */
  labelLines: string[];
  certainty: Certainty;
  yearInferred: boolean;
  hypothetical: boolean;
  anchor: { id: string; relation: AnchorRelation } | null;
  dateText: string;
  ariaLabel: string;
};

export type Lane = { key: string; label: string; y: number; height: number; rows: number };

/**
 * From the anchor's edge (a, ay) to the dependent (b, by). With `via`, an elbow: along the anchor's
 * glyph line to `via`, up or down to the dependent's glyph line, along it to the dependent; labels sit
 * above glyph lines, so only the vertical can meet one, and `via` is chosen beside the labels it
 * would cross. Without, an S-curve.
 */
export type Connector = { from: string; to: string; a: XPos; ay: number; b: XPos; by: number; via: XPos | null; conditional: boolean };

export type Tick = { t: number; label: string };

export type TimelineLayout = {
  width: number;
  height: number;
  theme: Theme;
  laneMode: LaneMode;
  /** the domain drawn (the window, or everything) */
  domain: [number, number];
  /** everything dated plus the reference date, padded: what "fit all" shows */
  fullDomain: [number, number];
  /** pixel extent of the zoomable, dated area */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /**
   * The area of hypothetical events: beside the dated plot (from its top to the lanes' bottom), or on
   * narrow widths a full-width strip stacked under the lanes, so the dated plot keeps the width.
   */
  conditional: { x0: number; x1: number; y0: number; y1: number; stacked: boolean } | null;
  undated: { y: number; height: number } | null;
  lanes: Lane[];
  marks: Mark[];
  connectors: Connector[];
  /** ids of the marks in reading order for keyboard navigation: dated by time, then conditional, then undated */
  order: string[];
  ticks: Tick[];
  reference: { t: number; label: string; basis: ReferenceBasis };
  legend: { y: number; height: number };
  credit: { y: number; text: string };
  title: string;
  description: string;
};
