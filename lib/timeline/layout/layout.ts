/**
 * The timeline layout, in phases:
 *
 *   place (time semantics) → domain (fit all / window) → lanes → areas (dated | conditional, beside
 *   or, when narrow, stacked below) and scale → labels wrapped, extents and row packing per lane
 *   → lane and strip positions → connectors, order, ticks, text
 *
 * Pure: the same layout feeds the server SVG, the embed and the React dashboard.
 */
import type { Analysis, Event } from "../../model";
import { strings } from "../strings";
import type { Lane, LayoutOptions, Mark, MarkArea, Placement, TimelineLayout, XPos } from "../types";
import { connectMarks } from "./connectors";
import { domainWindow, fitDomain, windowDomain } from "./domain";
import { metrics, ROW_CENTRE, resolveX } from "./geometry";
import { ariaLabel, dateText } from "./labels";
import { assignLanes, CONDITIONAL_STRIP, type LaneAssignment } from "./lanes";
import { legendHeight } from "./legend";
import { packRows, type PackItem } from "./pack";
import { parseIsoDate, placeEvents, placementSpan } from "./placement";
import { linesWidth } from "./text";
import { axisTicks, longDate, timeScale } from "./ticks";
import { isCut, labelLines } from "./wrap";

const DEFAULT_MAX_ROWS = 4;
/** Below this width the conditional area goes under the lanes instead of taking a column beside them. */
export const STACK_CONDITIONAL_BELOW = 560;
const CONDITIONAL_SHARE = 0.24;
/** The conditional column's least width (px): room for a label of about twenty characters a line one level in. */
const CONDITIONAL_MIN = 160;
/** How wide an undated label may grow before it is cut (px). */
const UNDATED_LABEL_MAX = 320;
const m = metrics;

type Scale = ReturnType<typeof timeScale>;

/** The events a layout shows and where each is placed in time: what every step reads. */
type Placed = {
  width: number;
  referenceT: number;
  /** every event, the filtered-out ones too (anchors resolve through them) */
  byId: Map<string, Event>;
  /** the events shown */
  events: Event[];
  placementOf(e: Event): Placement;
};

/** The columns: the dated plot's right edge and scale, and the conditional area beside it (`side`) or stacked below. */
type Columns = { stacked: boolean; side: { x0: number; x1: number } | null; plotX1: number; scale: Scale; condStep: number };

/** Each laned mark's position and label lines, before packing gives it a row and decides whether its label shows. */
type Draft = Map<string, { x0: XPos; x1: XPos | null; lines: string[] }>;

/** The packing: rows per lane, the lines beyond the first its tallest shown label takes, and each packed mark's row. */
type Packing = {
  rowsOf: Map<string, number>;
  extraLinesOf: Map<string, number>;
  packed: Map<string, { row: number; labelShown: boolean }>;
};

/** Row height and glyph centre within a row: rows holding a wrapped label are a line taller per line beyond the first. */
function rowGeometry(extraLines: number): { height: number; centre: number } {
  const extra = Math.max(0, extraLines) * metrics.labelLine;
  return { height: metrics.row + extra, centre: ROW_CENTRE + extra };
}

const areaOf = (p: Placement): MarkArea => (p.kind === "conditional" ? "conditional" : p.kind === "undated" ? "undated" : "dated");

export function layoutTimeline(analysis: Analysis, visible: ReadonlySet<string>, options: LayoutOptions): TimelineLayout {
  const { article } = analysis;
  const placed = placeAll(analysis, visible, options);
  const { width, events, placementOf, referenceT } = placed;

  const times = events.flatMap((e) => placementSpan(placementOf(e)) ?? []);
  const fullDomain = fitDomain(times, referenceT);
  const domain = windowDomain(options.window) ?? fullDomain;

  const laned = events.filter((e) => areaOf(placementOf(e)) !== "undated");
  const assignment = assignLanes(laned, analysis.actors, options.lanes, options.maxLanes);
  const conditionalEvents = laned.filter((e) => placementOf(e).kind === "conditional");
  const cols = columnsFor(placed, conditionalEvents, domain);

  const { draft, packItems } = draftMarks(placed, laned, assignment.laneOf, cols);
  const packing = packLanes(packItems, options.maxRows ?? DEFAULT_MAX_ROWS, draft);
  const { lanes, plotY1 } = stackLanes(assignment.lanes, packing);
  const marks = lanedMarks(placed, laned, assignment, draft, packing, lanes);

  let y = plotY1;
  let conditional: TimelineLayout["conditional"] = cols.side ? { ...cols.side, y0: m.header - 18, y1: plotY1, stacked: false } : null;
  if (cols.stacked) {
    conditional = stackConditional(placed, conditionalEvents, draft, y, marks);
    y = conditional.y1;
  }
  const undatedEvents = events.filter((e) => areaOf(placementOf(e)) === "undated");
  let undated: TimelineLayout["undated"] = null;
  if (undatedEvents.length) {
    undated = placeUndated(placed, undatedEvents, y, marks);
    y += undated.height;
  }

  const legendY = y + 8;
  const legendH = legendHeight(width);
  const creditY = legendY + legendH + 4;
  const height = Math.round(creditY + m.credit);
  return {
    width, height, theme: options.theme, laneMode: options.lanes, domain, fullDomain,
    plot: { x0: m.margin, x1: cols.plotX1, y0: m.header, y1: plotY1 },
    conditional, undated, lanes, marks,
    connectors: connectMarks(marks, cols.scale),
    order: readingOrder(marks, placed.byId),
    ticks: axisTicks(cols.scale),
    reference: referenceOf(article.referenceDate.basis, referenceT),
    legend: { y: legendY, height: legendH },
    credit: { y: creditY, text: strings.credit(article.source, article.title) },
    title: strings.title(article.title),
    description: describe(analysis, referenceT, times, { events: events.length, conditional: marks.filter((mk) => mk.area === "conditional").length, undated: undatedEvents.length }),
  };
}

/** place: every event, so anchors resolve even when filtered out. */
function placeAll(analysis: Analysis, visible: ReadonlySet<string>, options: LayoutOptions): Placed {
  const { article } = analysis;
  const width = Math.max(240, Math.round(options.width));
  const referenceT = parseIsoDate(article.referenceDate.date) ?? parseIsoDate(article.published) ?? 0;
  const placements = placeEvents(analysis.events, referenceT);
  return {
    width,
    referenceT,
    byId: new Map(analysis.events.map((e) => [e.id, e])),
    events: analysis.events.filter((e) => visible.has(e.id)),
    placementOf: (e) => placements.get(e.id) ?? { kind: "undated" },
  };
}

/** areas and scale: the conditional area beside the dated plot, or stacked below it when narrow. */
function columnsFor(placed: Placed, conditionalEvents: readonly Event[], domain: [number, number]): Columns {
  const { width } = placed;
  const stacked = conditionalEvents.length > 0 && width < STACK_CONDITIONAL_BELOW;
  const condWidth = conditionalEvents.length && !stacked ? Math.min(320, Math.max(CONDITIONAL_MIN, Math.round(width * CONDITIONAL_SHARE))) : 0;
  const side = condWidth ? { x0: width - m.margin - condWidth, x1: width - m.margin } : null;
  const plotX1 = side ? side.x0 - 16 : width - m.margin;
  const scale = timeScale(domain, [m.margin, plotX1]);
  const condStep = side ? conditionalStep(placed, conditionalEvents, side) : 0;
  return { stacked, side, plotX1, scale, condStep };
}

const MAX_CONDITIONAL_STEP = 80;
const MIN_CONDITIONAL_STEP = 24;

/**
 * The indent per level of a conditional chain in the column beside the plot: as deep as the column
 * allows, less where a deeper label would otherwise be cut (the chain still reads from its connectors).
 */
function conditionalStep(placed: Placed, conditionalEvents: readonly Event[], side: { x0: number; x1: number }): number {
  const depthOf = (e: Event) => {
    const p = placed.placementOf(e);
    return p.kind === "conditional" ? p.depth : 0;
  };
  const maxDepth = conditionalEvents.reduce((max, e) => Math.max(max, depthOf(e)), 0);
  const full = Math.min(MAX_CONDITIONAL_STEP, (side.x1 - side.x0 - 28) / (maxDepth + 1));
  const fitsAt = (step: number) =>
    conditionalEvents.every((e) => {
      const room = side.x1 - (side.x0 + 14 + depthOf(e) * step - m.r);
      return !isCut(labelLines(e.label, Math.min(m.labelMax, room)), e.label);
    });
  for (let step = full; step > MIN_CONDITIONAL_STEP; step -= 8) if (fitsAt(step)) return step;
  return Math.min(full, MIN_CONDITIONAL_STEP);
}

/** Where a mark in a lane starts: its time, or its place in the conditional column. */
function startOf(p: Placement, { side, condStep }: Columns): XPos {
  return p.kind === "conditional" ? { fixed: side!.x0 + 14 + p.depth * condStep }
    : p.kind === "range" || p.kind === "fuzzy" ? { t: p.t0, dx: 0 }
    : p.kind === "point" ? { t: p.t, dx: 0 }
    : p.kind === "relative" ? { t: p.t, dx: p.dx } : { fixed: 0 };
}

/** labels wrapped, and each mark's extent to pack (in lanes: dated marks, and conditional ones beside the plot). */
function draftMarks(placed: Placed, laned: readonly Event[], laneOf: Map<string, string>, cols: Columns): { draft: Draft; packItems: Map<string, PackItem[]> } {
  const { width } = placed;
  const { side, scale } = cols;
  const draft: Draft = new Map();
  const packItems = new Map<string, PackItem[]>();
  for (const e of laned) {
    const p = placed.placementOf(e);
    if (p.kind === "conditional" && cols.stacked) {
      // stacked, each conditional event gets a row of the strip, indented by its depth in the chain
      const x = m.margin + m.r + p.depth * m.conditionalIndent;
      draft.set(e.id, { x0: { fixed: x }, x1: null, lines: labelLines(e.label, width - m.margin - (x - m.r)) });
      continue;
    }
    const x0 = startOf(p, cols);
    const x1: XPos | null = p.kind === "range" || p.kind === "fuzzy" ? { t: p.t1, dx: 0 } : null;
    const a = resolveX(x0, scale);
    const b = x1 ? resolveX(x1, scale) : a;
    const room = side && p.kind === "conditional" ? side.x1 - (a - m.r) : m.labelMax;
    const lines = labelLines(e.label, Math.min(m.labelMax, room));
    draft.set(e.id, { x0, x1, lines });
    const key = `${laneOf.get(e.id)}|${p.kind === "conditional" ? "c" : "d"}`;
    const labelWidth = linesWidth(lines, e.time.yearInferred === true);
    const item = { id: e.id, start: a - m.r, end: Math.max(b + m.r, a - m.r + labelWidth), markEnd: b + m.r };
    const list = packItems.get(key);
    if (list) list.push(item);
    else packItems.set(key, [item]);
  }
  return { draft, packItems };
}

/** packing: rows per lane (the dated and the conditional marks of a lane packed apart). */
function packLanes(packItems: Map<string, PackItem[]>, maxRows: number, draft: Draft): Packing {
  const rowsOf = new Map<string, number>();
  const extraLinesOf = new Map<string, number>();
  const packed = new Map<string, { row: number; labelShown: boolean }>();
  for (const [key, items] of packItems) {
    const { placed, rows } = packRows(items, maxRows);
    const lane = key.slice(0, key.lastIndexOf("|"));
    rowsOf.set(lane, Math.max(rowsOf.get(lane) ?? 1, rows));
    for (const [id, p] of placed) {
      packed.set(id, p);
      if (p.labelShown) extraLinesOf.set(lane, Math.max(extraLinesOf.get(lane) ?? 0, draft.get(id)!.lines.length - 1));
    }
  }
  return { rowsOf, extraLinesOf, packed };
}

/** lane positions: lanes one under another from the header down; `plotY1` is the last one's bottom. */
function stackLanes(laneList: LaneAssignment["lanes"], { rowsOf, extraLinesOf }: Packing): { lanes: Lane[]; plotY1: number } {
  let y: number = m.header;
  const lanes: Lane[] = laneList.map(({ key, label }) => {
    const rows = rowsOf.get(key) ?? 1;
    const height = m.laneHeader + rows * rowGeometry(extraLinesOf.get(key) ?? 0).height + m.lanePad;
    const lane = { key, label, y, height, rows };
    y += height;
    return lane;
  });
  return { lanes, plotY1: y };
}

function makeMark(placed: Placed, e: Event, lane: string, row: number, markY: number, x0: XPos, x1: XPos | null, lines: string[]): Mark {
  const p = placed.placementOf(e);
  const anchorLabel = e.time.anchor ? placed.byId.get(e.time.anchor.event)?.label ?? null : null;
  const date = dateText(e, p, anchorLabel);
  return {
    id: e.id, placement: p, area: areaOf(p), lane, row, y: markY, x0, x1,
    label: e.label, shownLabel: lines.length ? lines.join(" ") : null, labelLines: lines, certainty: e.certainty,
    yearInferred: e.time.yearInferred === true, hypothetical: p.kind === "conditional",
    anchor: e.time.anchor ? { id: e.time.anchor.event, relation: e.time.anchor.relation } : null,
    dateText: date, ariaLabel: ariaLabel(e, date),
  };
}

/** The marks in lanes, at their packed rows (labels shown only where packing found them room). */
function lanedMarks(placed: Placed, laned: readonly Event[], { laneOf }: LaneAssignment, draft: Draft, packing: Packing, lanes: readonly Lane[]): Mark[] {
  const laneY = new Map(lanes.map((l) => [l.key, l.y]));
  const marks: Mark[] = [];
  for (const e of laned) {
    const d = draft.get(e.id)!;
    const pk = packing.packed.get(e.id);
    if (!pk) continue;
    const lane = laneOf.get(e.id)!;
    const geometry = rowGeometry(packing.extraLinesOf.get(lane) ?? 0);
    const markY = laneY.get(lane)! + m.laneHeader + pk.row * geometry.height + geometry.centre;
    marks.push(makeMark(placed, e, lane, pk.row, markY, d.x0, d.x1, pk.labelShown ? d.lines : []));
  }
  return marks;
}

/** The conditional events as an outline: each chain's root, then what hangs off it, indented. */
function outlineOf(conditionalEvents: readonly Event[]): Event[] {
  const children = new Map<string | null, Event[]>();
  const ids = new Set(conditionalEvents.map((e) => e.id));
  for (const e of conditionalEvents) {
    const parent = e.time.anchor && ids.has(e.time.anchor.event) && e.time.anchor.event !== e.id ? e.time.anchor.event : null;
    const list = children.get(parent);
    if (list) list.push(e);
    else children.set(parent, [e]);
  }
  const outline: Event[] = [];
  const seen = new Set<string>();
  const visit = (e: Event) => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    outline.push(e);
    for (const c of children.get(e.id) ?? []) visit(c);
  };
  for (const e of children.get(null) ?? []) visit(e);
  for (const e of conditionalEvents) visit(e);
  return outline;
}

/** strip positions: the conditional area stacked under the lanes from `y`, a row per event (its marks go to `marks`). */
function stackConditional(placed: Placed, conditionalEvents: readonly Event[], draft: Draft, y: number, marks: Mark[]): NonNullable<TimelineLayout["conditional"]> {
  const top = y + 8;
  let rowY = top + m.laneHeader;
  outlineOf(conditionalEvents).forEach((e, row) => {
    const d = draft.get(e.id)!;
    const geometry = rowGeometry(d.lines.length - 1);
    marks.push(makeMark(placed, e, CONDITIONAL_STRIP, row, rowY + geometry.centre, d.x0, null, d.lines));
    rowY += geometry.height;
  });
  return { x0: m.margin, x1: placed.width - m.margin, y0: top, y1: rowY + m.lanePad, stacked: true };
}

/** The undated strip from `top`: its events flowed into rows across the width (their marks go to `marks`). */
function placeUndated(placed: Placed, undatedEvents: readonly Event[], top: number, marks: Mark[]): NonNullable<TimelineLayout["undated"]> {
  const { width } = placed;
  const flowed: { e: Event; row: number; x: number; lines: string[] }[] = [];
  let row = 0;
  let x = m.margin + m.r;
  for (const e of undatedEvents) {
    // the row flows across the whole drawing, so a label three lines would cut may take more width
    const room = width - 2 * m.margin - 2 * m.r;
    const lines = labelLines(e.label, Math.min(m.labelMax, room), Math.min(UNDATED_LABEL_MAX, room));
    const w = Math.max(2 * m.r, linesWidth(lines, e.time.yearInferred === true));
    if (x > m.margin + m.r && x - m.r + w > width - m.margin) {
      row += 1;
      x = m.margin + m.r;
    }
    flowed.push({ e, row, x, lines });
    x += w + 16;
  }
  // each row as tall as its tallest label: one three-line label does not make every row tall
  const extra = Array.from({ length: row + 1 }, (_, r) => flowed.reduce((max, p) => (p.row === r ? Math.max(max, p.lines.length - 1) : max), 0));
  const rowTop: number[] = [];
  let y = top + m.laneHeader;
  for (const n of extra) {
    rowTop.push(y);
    y += rowGeometry(n).height;
  }
  for (const p of flowed) {
    marks.push(makeMark(placed, p.e, "undated", p.row, rowTop[p.row]! + rowGeometry(extra[p.row]!).centre, { fixed: p.x }, null, p.lines));
  }
  return { y: top, height: y - top + m.lanePad };
}

/** reading order: dated by time, then conditional by depth, then undated as written. */
function readingOrder(marks: readonly Mark[], byId: Map<string, Event>): string[] {
  const rank = { dated: 0, conditional: 1, undated: 2 } as const;
  const evidenceStart = (id: string) => byId.get(id)?.evidence[0]?.start ?? 0;
  const orderKey = (mk: Mark) => ("fixed" in mk.x0 ? mk.x0.fixed : mk.x0.t + mk.x0.dx);
  return [...marks]
    .sort((p, q) => rank[p.area] - rank[q.area] || orderKey(p) - orderKey(q) || evidenceStart(p.id) - evidenceStart(q.id))
    .map((mk) => mk.id);
}

function referenceOf(basis: Analysis["article"]["referenceDate"]["basis"], referenceT: number): TimelineLayout["reference"] {
  return { t: referenceT, label: basis === "published" ? strings.published : basis === "inferred" ? strings.referenceInferred : strings.referenceAssumed, basis };
}

/** The drawing's description for assistive technology: how many events, over what dates, on what reference. */
function describe(analysis: Analysis, referenceT: number, times: readonly number[], counts: { events: number; conditional: number; undated: number }): string {
  const { article } = analysis;
  const basis = article.referenceDate.basis;
  const dated = times.length
    ? times.reduce<[number, number]>(([lo, hi], t) => [Math.min(lo, t), Math.max(hi, t)], [Infinity, -Infinity])
    : null;
  const referenceText = basis === "published" ? `Published ${longDate(referenceT)}` : `Reference date ${longDate(referenceT)} (${basis === "inferred" ? "inferred from the text" : "assumed"})`;
  return strings.description({
    events: counts.events,
    from: dated ? longDate(dated[0]) : null,
    to: dated ? longDate(dated[1]) : null,
    conditional: counts.conditional,
    undated: counts.undated,
    reference: referenceText,
    source: article.source,
  });
}

/** The window currently drawn, as shared in URLs. */
export function layoutWindow(layout: Pick<TimelineLayout, "domain">) {
  return domainWindow(layout.domain);
}
