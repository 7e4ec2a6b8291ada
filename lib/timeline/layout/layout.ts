/**
 * The timeline layout, in phases:
 *
 *   place (time semantics) → domain (fit all / window) → lanes → areas (dated | conditional, beside
 *   or, when narrow, stacked below) and scale → labels wrapped, extents and row packing per lane
 *   → lane and strip positions → connectors, order, ticks, text
 *
 * Pure: the same layout feeds the server SVG, the embed and the React dashboard.
 */
import type { Analysis, Event } from "../../model/analysis";
import { domainWindow, fitDomain, windowDomain } from "./domain";
import { metrics, ROW_CENTRE, resolveX } from "./geometry";
import { ariaLabel, dateText } from "./labels";
import { assignLanes, CONDITIONAL_STRIP } from "./lanes";
import { legendHeight } from "./legend";
import { packRows, type PackItem } from "./pack";
import { parseIsoDate, placeEvents, placementSpan } from "./placement";
import { strings } from "../strings";
import { linesWidth } from "./text";
import { axisTicks, longDate, timeScale } from "./ticks";
import type { Connector, Lane, LayoutOptions, Mark, MarkArea, Placement, TimelineLayout, XPos } from "../types";
import { wrapText } from "./wrap";

const DEFAULT_MAX_ROWS = 4;
/** Below this width the conditional area goes under the lanes instead of taking a column beside them. */
export const STACK_CONDITIONAL_BELOW = 560;
const CONDITIONAL_SHARE = 0.24;

/** Row height and glyph centre within a row: rows holding a two-line label are one line taller. */
function rowGeometry(wrapped: boolean): { height: number; centre: number } {
  const extra = wrapped ? metrics.labelLine : 0;
  return { height: metrics.row + extra, centre: ROW_CENTRE + extra };
}

export function layoutTimeline(analysis: Analysis, visible: ReadonlySet<string>, options: LayoutOptions): TimelineLayout {
  const { article } = analysis;
  const width = Math.max(240, Math.round(options.width));
  const referenceT = parseIsoDate(article.referenceDate.date) ?? parseIsoDate(article.published) ?? 0;

  // place: every event, so anchors resolve even when filtered out
  const placements = placeEvents(analysis.events, referenceT);
  const byId = new Map(analysis.events.map((e) => [e.id, e]));
  const events = analysis.events.filter((e) => visible.has(e.id));
  const placementOf = (e: Event): Placement => placements.get(e.id) ?? { kind: "undated" };
  const areaOf = (p: Placement): MarkArea => (p.kind === "conditional" ? "conditional" : p.kind === "undated" ? "undated" : "dated");

  // domain
  const times = events.flatMap((e) => placementSpan(placementOf(e)) ?? []);
  const fullDomain = fitDomain(times, referenceT);
  const domain = windowDomain(options.window) ?? fullDomain;

  // lanes and areas
  const laned = events.filter((e) => areaOf(placementOf(e)) !== "undated");
  const { lanes: laneList, laneOf } = assignLanes(laned, analysis.actors, options.lanes, options.maxLanes);
  const m = metrics;
  const conditionalEvents = laned.filter((e) => placementOf(e).kind === "conditional");
  const stacked = conditionalEvents.length > 0 && width < STACK_CONDITIONAL_BELOW;
  const condWidth = conditionalEvents.length && !stacked ? Math.min(320, Math.max(120, Math.round(width * CONDITIONAL_SHARE))) : 0;
  const side = condWidth ? { x0: width - m.margin - condWidth, x1: width - m.margin } : null;
  const plotX1 = side ? side.x0 - 16 : width - m.margin;
  const scale = timeScale(domain, [m.margin, plotX1]);
  const maxDepth = conditionalEvents.reduce((max, e) => {
    const p = placementOf(e);
    return p.kind === "conditional" ? Math.max(max, p.depth) : max;
  }, 0);
  const condStep = side ? Math.min(80, (condWidth - 28) / (maxDepth + 1)) : 0;
  const depthOf = (e: Event) => {
    const p = placementOf(e);
    return p.kind === "conditional" ? p.depth : 0;
  };
  // stacked, each conditional event gets a row of the strip, indented by its depth in the chain
  const stackX = (e: Event) => m.margin + m.r + depthOf(e) * m.conditionalIndent;

  // labels wrapped, extents and packing (in lanes: dated marks, and conditional ones beside the plot)
  const draft = new Map<string, { x0: XPos; x1: XPos | null; lines: string[] }>();
  const packItems = new Map<string, PackItem[]>();
  for (const e of laned) {
    const p = placementOf(e);
    if (p.kind === "conditional" && stacked) {
      const x = stackX(e);
      draft.set(e.id, { x0: { fixed: x }, x1: null, lines: wrapText(e.label, width - m.margin - (x - m.r)) });
      continue;
    }
    const x0: XPos = p.kind === "conditional" ? { fixed: side!.x0 + 14 + p.depth * condStep }
      : p.kind === "range" || p.kind === "fuzzy" ? { t: p.t0, dx: 0 }
      : p.kind === "point" ? { t: p.t, dx: 0 }
      : p.kind === "relative" ? { t: p.t, dx: p.dx } : { fixed: 0 };
    const x1: XPos | null = p.kind === "range" || p.kind === "fuzzy" ? { t: p.t1, dx: 0 } : null;
    const a = resolveX(x0, scale);
    const b = x1 ? resolveX(x1, scale) : a;
    const room = side && p.kind === "conditional" ? side.x1 - (a - m.r) : m.labelMax;
    const lines = wrapText(e.label, Math.min(m.labelMax, room));
    draft.set(e.id, { x0, x1, lines });
    const key = `${laneOf.get(e.id)}|${p.kind === "conditional" ? "c" : "d"}`;
    const labelWidth = linesWidth(lines, e.time.yearInferred === true);
    const item = { id: e.id, start: a - m.r, end: Math.max(b + m.r, a - m.r + labelWidth), markEnd: b + m.r };
    const list = packItems.get(key);
    if (list) list.push(item);
    else packItems.set(key, [item]);
  }
  const rowsOf = new Map<string, number>();
  const wrappedLanes = new Set<string>();
  const packed = new Map<string, { row: number; labelShown: boolean }>();
  for (const [key, items] of packItems) {
    const { placed, rows } = packRows(items, options.maxRows ?? DEFAULT_MAX_ROWS);
    const lane = key.slice(0, key.lastIndexOf("|"));
    rowsOf.set(lane, Math.max(rowsOf.get(lane) ?? 1, rows));
    for (const [id, p] of placed) {
      packed.set(id, p);
      if (p.labelShown && draft.get(id)!.lines.length > 1) wrappedLanes.add(lane);
    }
  }

  // lane and strip positions
  let y: number = m.header;
  const lanes: Lane[] = laneList.map(({ key, label }) => {
    const rows = rowsOf.get(key) ?? 1;
    const height = m.laneHeader + rows * rowGeometry(wrappedLanes.has(key)).height + m.lanePad;
    const lane = { key, label, y, height, rows };
    y += height;
    return lane;
  });
  const laneY = new Map(lanes.map((l) => [l.key, l.y]));
  const plotY1 = y;

  const anchorLabel = (e: Event) => (e.time.anchor ? byId.get(e.time.anchor.event)?.label ?? null : null);
  const marks: Mark[] = [];
  const makeMark = (e: Event, lane: string, row: number, markY: number, x0: XPos, x1: XPos | null, lines: string[]): Mark => {
    const p = placementOf(e);
    const date = dateText(e, p, anchorLabel(e));
    return {
      id: e.id, placement: p, area: areaOf(p), lane, row, y: markY, x0, x1,
      label: e.label, shownLabel: lines.length ? lines.join(" ") : null, labelLines: lines, certainty: e.certainty,
      yearInferred: e.time.yearInferred === true, hypothetical: p.kind === "conditional",
      anchor: e.time.anchor ? { id: e.time.anchor.event, relation: e.time.anchor.relation } : null,
      dateText: date, ariaLabel: ariaLabel(e, date),
    };
  };
  for (const e of laned) {
    const d = draft.get(e.id)!;
    const pk = packed.get(e.id);
    if (!pk) continue;
    const lane = laneOf.get(e.id)!;
    const markY = laneY.get(lane)! + m.laneHeader + pk.row * rowGeometry(wrappedLanes.has(lane)).height + rowGeometry(wrappedLanes.has(lane)).centre;
    marks.push(makeMark(e, lane, pk.row, markY, d.x0, d.x1, pk.labelShown ? d.lines : []));
  }

  let conditional: TimelineLayout["conditional"] = side ? { ...side, y0: m.header - 18, y1: plotY1, stacked: false } : null;
  if (stacked) {
    // an outline: each chain's root, then what hangs off it, indented
    const top = y + 8;
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
    let rowY = top + m.laneHeader;
    outline.forEach((e, row) => {
      const d = draft.get(e.id)!;
      const geometry = rowGeometry(d.lines.length > 1);
      marks.push(makeMark(e, CONDITIONAL_STRIP, row, rowY + geometry.centre, d.x0, null, d.lines));
      rowY += geometry.height;
    });
    conditional = { x0: m.margin, x1: width - m.margin, y0: top, y1: rowY + m.lanePad, stacked: true };
    y = conditional.y1;
  }

  const undatedEvents = events.filter((e) => areaOf(placementOf(e)) === "undated");
  let undated: TimelineLayout["undated"] = null;
  if (undatedEvents.length) {
    const top = y;
    const placed: { e: Event; row: number; x: number; lines: string[] }[] = [];
    let row = 0;
    let x = m.margin + m.r;
    for (const e of undatedEvents) {
      const lines = wrapText(e.label, Math.min(m.labelMax, width - 2 * m.margin - 2 * m.r));
      const w = Math.max(2 * m.r, linesWidth(lines, e.time.yearInferred === true));
      if (x > m.margin + m.r && x - m.r + w > width - m.margin) {
        row += 1;
        x = m.margin + m.r;
      }
      placed.push({ e, row, x, lines });
      x += w + 16;
    }
    const geometry = rowGeometry(placed.some((p) => p.lines.length > 1));
    for (const p of placed) {
      marks.push(makeMark(p.e, "undated", p.row, top + m.laneHeader + p.row * geometry.height + geometry.centre, { fixed: p.x }, null, p.lines));
    }
    undated = { y: top, height: m.laneHeader + (row + 1) * geometry.height + m.lanePad };
    y += undated.height;
  }

  // connectors: from the anchor's edge the relation points at, to the dependent
  const markById = new Map(marks.map((mk) => [mk.id, mk]));
  const connectors: Connector[] = [];
  const labelBoxes = marks.filter((mk) => mk.area !== "undated" && mk.labelLines.length).map((mk) => labelBox(mk, scale));
  for (const mk of marks) {
    const anchor = mk.anchor ? markById.get(mk.anchor.id) : undefined;
    if (!anchor || !mk.anchor || mk.area === "undated" || anchor.area === "undated") continue;
    const a = mk.anchor.relation === "after" ? anchor.x1 ?? anchor.x0 : anchor.x0;
    const b = mk.anchor.relation === "before" ? mk.x1 ?? mk.x0 : mk.x0;
    connectors.push({ from: anchor.id, to: mk.id, a, ay: anchor.y, b, by: mk.y, via: connectorVia(anchor, mk, b, scale, labelBoxes), conditional: mk.area === "conditional" });
  }

  // reading order: dated by time, then conditional by depth, then undated as written
  const rank = { dated: 0, conditional: 1, undated: 2 } as const;
  const evidenceStart = (id: string) => byId.get(id)?.evidence[0]?.start ?? 0;
  const orderKey = (mk: Mark) => ("fixed" in mk.x0 ? mk.x0.fixed : mk.x0.t + mk.x0.dx);
  const order = [...marks]
    .sort((p, q) => rank[p.area] - rank[q.area] || orderKey(p) - orderKey(q) || evidenceStart(p.id) - evidenceStart(q.id))
    .map((mk) => mk.id);

  const legendY = y + 8;
  const legendH = legendHeight(width);
  const creditY = legendY + legendH + 4;
  const height = Math.round(creditY + m.credit);

  const basis = article.referenceDate.basis;
  const dated = times.length
    ? times.reduce<[number, number]>(([lo, hi], t) => [Math.min(lo, t), Math.max(hi, t)], [Infinity, -Infinity])
    : null;
  const referenceText = basis === "published" ? `Published ${longDate(referenceT)}` : `Reference date ${longDate(referenceT)} (${basis === "inferred" ? "inferred from the text" : "assumed"})`;
  return {
    width, height, theme: options.theme, laneMode: options.lanes, domain, fullDomain,
    plot: { x0: m.margin, x1: plotX1, y0: m.header, y1: plotY1 },
    conditional, undated, lanes, marks, connectors, order,
    ticks: axisTicks(scale),
    reference: { t: referenceT, label: basis === "published" ? strings.published : basis === "inferred" ? strings.referenceInferred : strings.referenceAssumed, basis },
    legend: { y: legendY, height: legendH },
    credit: { y: creditY, text: strings.credit(article.source, article.title) },
    title: strings.title(article.title),
    description: strings.description({
      events: events.length,
      from: dated ? longDate(dated[0]) : null,
      to: dated ? longDate(dated[1]) : null,
      conditional: marks.filter((mk) => mk.area === "conditional").length,
      undated: undatedEvents.length,
      reference: referenceText,
      source: article.source,
    }),
  };
}

/** A position `dx` px further right. */
function shifted(pos: XPos, dx: number): XPos {
  return "fixed" in pos ? { fixed: pos.fixed + dx } : { t: pos.t, dx: pos.dx + dx };
}

/** Room (px) between a connector's vertical and the label it passes. */
const LABEL_CLEARANCE = 4;

/**
 * Where a connector between two rows turns (see `Connector`): its vertical passes through the band
 * above the upper glyph line, where the upper mark's label is, so it goes beside that label: for a
 * rising connector (the anchor below), left of the anchor's label or, when the dependent lies beyond
 * its end, right of it; for a falling one, just left of the dependent's label, which it then enters
 * along the glyph line. Null when the rows are one, or the mark passed shows no label (the S-curve).
 */
function connectorVia(anchor: Mark, dependent: Mark, b: XPos, scale: ReturnType<typeof timeScale>, labels: readonly LabelBox[]): XPos | null {
  if (Math.abs(anchor.y - dependent.y) < 0.5) return null;
  const rising = dependent.y < anchor.y;
  const passed = rising ? anchor : dependent;
  if (!passed.labelLines.length) return null;
  const left = shifted(passed.x0, -metrics.r - LABEL_CLEARANCE);
  const right = shifted(passed.x0, -metrics.r + linesWidth(passed.labelLines, passed.yearInferred) + LABEL_CLEARANCE);
  const preferred = !rising ? [left, right] : resolveX(right, scale) <= resolveX(b, scale) ? [right, left] : [left, right];
  // a label of a row in between may stand in the way too: then beside that label, nearest first
  const top = Math.min(anchor.y, dependent.y);
  const bottom = Math.max(anchor.y, dependent.y);
  const crossed = (pos: XPos) => {
    const x = resolveX(pos, scale);
    return labels.some((l) => x > l.left && x < l.right && l.bottom > top && l.top < bottom);
  };
  const base = resolveX(preferred[0]!, scale);
  const around = labels
    .filter((l) => l.bottom > top && l.top < bottom)
    .flatMap((l) => [shifted(l.x0, l.left - l.x - LABEL_CLEARANCE), shifted(l.x0, l.right - l.x + LABEL_CLEARANCE)])
    .sort((p, q) => Math.abs(resolveX(p, scale) - base) - Math.abs(resolveX(q, scale) - base));
  return [...preferred, ...around].find((pos) => !crossed(pos)) ?? preferred[0]!;
}

type LabelBox = { x0: XPos; x: number; left: number; right: number; top: number; bottom: number };

/** A shown label's box at the layout's scale (its glyph's x0 kept, to place a connector beside it at any zoom). */
function labelBox(mark: Mark, scale: ReturnType<typeof timeScale>): LabelBox {
  const x = resolveX(mark.x0, scale);
  const left = x - metrics.r;
  const top = mark.y - metrics.labelRise - (mark.labelLines.length - 1) * metrics.labelLine - LABEL_ASCENT;
  return { x0: mark.x0, x, left, right: left + linesWidth(mark.labelLines, mark.yearInferred), top, bottom: mark.y - metrics.labelRise + LABEL_DESCENT };
}

/** How far a label's glyphs reach above and below its baseline (px, at the label size). */
const LABEL_ASCENT = 10;
const LABEL_DESCENT = 3;

/** The window currently drawn, as shared in URLs. */
export function layoutWindow(layout: Pick<TimelineLayout, "domain">) {
  return domainWindow(layout.domain);
}
