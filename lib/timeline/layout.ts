/**
 * The timeline layout, in phases:
 *
 *   place (time semantics) → domain (fit all / window) → lanes → areas (dated | conditional) and scale
 *   → extents and row packing per lane → lane and strip positions → connectors, order, ticks, text
 *
 * Pure: the same layout feeds the server SVG, the embed and the React dashboard.
 */
import type { Analysis, Event } from "../model/analysis";
import { domainWindow, fitDomain, windowDomain } from "./domain";
import { metrics, ROW_CENTRE, resolveX } from "./geometry";
import { ariaLabel, dateText } from "./labels";
import { assignLanes } from "./lanes";
import { legendHeight } from "./legend";
import { packRows, type PackItem } from "./pack";
import { parseIsoDate, placeEvents, placementSpan } from "./placement";
import { fitText, LABEL_SIZE, textWidth } from "./style";
import { strings } from "./strings";
import { axisTicks, longDate, timeScale } from "./ticks";
import type { Connector, Lane, LayoutOptions, Mark, MarkArea, Placement, TimelineLayout, XPos } from "./types";

const DEFAULT_MAX_ROWS = 4;
const YEAR_TAG_SIZE = 9;

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
  const hasConditional = laned.some((e) => placementOf(e).kind === "conditional");
  const condWidth = hasConditional ? Math.min(320, Math.max(120, Math.round(width * 0.24))) : 0;
  const conditional = hasConditional ? { x0: width - m.margin - condWidth, x1: width - m.margin } : null;
  const plotX1 = conditional ? conditional.x0 - 16 : width - m.margin;
  const scale = timeScale(domain, [m.margin, plotX1]);
  const maxDepth = laned.reduce((max, e) => {
    const p = placementOf(e);
    return p.kind === "conditional" ? Math.max(max, p.depth) : max;
  }, 0);
  const condStep = conditional ? Math.min(80, (condWidth - 28) / (maxDepth + 1)) : 0;

  // extents and packing
  const draft = new Map<string, { x0: XPos; x1: XPos | null; label: string; labelWidth: number }>();
  const packItems = new Map<string, PackItem[]>();
  for (const e of laned) {
    const p = placementOf(e);
    const x0: XPos = p.kind === "conditional" ? { fixed: conditional!.x0 + 14 + p.depth * condStep }
      : p.kind === "range" || p.kind === "fuzzy" ? { t: p.t0, dx: 0 }
      : p.kind === "point" ? { t: p.t, dx: 0 }
      : p.kind === "relative" ? { t: p.t, dx: p.dx } : { fixed: 0 };
    const x1: XPos | null = p.kind === "range" || p.kind === "fuzzy" ? { t: p.t1, dx: 0 } : null;
    const a = resolveX(x0, scale);
    const b = x1 ? resolveX(x1, scale) : a;
    const room = conditional && p.kind === "conditional" ? conditional.x1 - a : m.labelMax;
    const label = fitText(e.label, Math.min(m.labelMax, room));
    const tag = e.time.yearInferred ? textWidth(` ${strings.yearInferredMark}`, YEAR_TAG_SIZE) : 0;
    const labelWidth = textWidth(label, LABEL_SIZE) + tag;
    draft.set(e.id, { x0, x1, label, labelWidth });
    const key = `${laneOf.get(e.id)}|${p.kind === "conditional" ? "c" : "d"}`;
    const item = { id: e.id, start: a - m.r, end: Math.max(b + m.r, a - m.r + labelWidth), markEnd: b + m.r };
    const list = packItems.get(key);
    if (list) list.push(item);
    else packItems.set(key, [item]);
  }
  const rowsOf = new Map<string, number>();
  const packed = new Map<string, { row: number; labelShown: boolean }>();
  for (const [key, items] of packItems) {
    const { placed, rows } = packRows(items, options.maxRows ?? DEFAULT_MAX_ROWS);
    const lane = key.slice(0, key.lastIndexOf("|"));
    rowsOf.set(lane, Math.max(rowsOf.get(lane) ?? 1, rows));
    for (const [id, p] of placed) packed.set(id, p);
  }

  // lane and strip positions
  let y = m.header;
  const lanes: Lane[] = laneList.map(({ key, label }) => {
    const rows = rowsOf.get(key) ?? 1;
    const height = m.laneHeader + rows * m.row + m.lanePad;
    const lane = { key, label, y, height, rows };
    y += height;
    return lane;
  });
  const laneY = new Map(lanes.map((l) => [l.key, l.y]));
  const plotY1 = y;

  const anchorLabel = (e: Event) => (e.time.anchor ? byId.get(e.time.anchor.event)?.label ?? null : null);
  const marks: Mark[] = [];
  const makeMark = (e: Event, lane: string, row: number, markY: number, x0: XPos, x1: XPos | null, shown: string | null): Mark => {
    const p = placementOf(e);
    const date = dateText(e, p, anchorLabel(e));
    return {
      id: e.id, placement: p, area: areaOf(p), lane, row, y: markY, x0, x1,
      label: e.label, shownLabel: shown, certainty: e.certainty,
      yearInferred: e.time.yearInferred === true, hypothetical: p.kind === "conditional",
      anchor: e.time.anchor ? { id: e.time.anchor.event, relation: e.time.anchor.relation } : null,
      dateText: date, ariaLabel: ariaLabel(e, date),
    };
  };
  for (const e of laned) {
    const d = draft.get(e.id)!;
    const pk = packed.get(e.id)!;
    const lane = laneOf.get(e.id)!;
    const markY = laneY.get(lane)! + m.laneHeader + pk.row * m.row + ROW_CENTRE;
    marks.push(makeMark(e, lane, pk.row, markY, d.x0, d.x1, pk.labelShown ? d.label : null));
  }

  const undatedEvents = events.filter((e) => areaOf(placementOf(e)) === "undated");
  let undated: TimelineLayout["undated"] = null;
  if (undatedEvents.length) {
    const top = y;
    let row = 0;
    let x = m.margin + m.r;
    for (const e of undatedEvents) {
      const label = fitText(e.label, Math.min(m.labelMax, width - 2 * m.margin - 2 * m.r));
      const w = Math.max(2 * m.r, textWidth(label) + (e.time.yearInferred ? textWidth(` ${strings.yearInferredMark}`, YEAR_TAG_SIZE) : 0));
      if (x > m.margin + m.r && x - m.r + w > width - m.margin) {
        row += 1;
        x = m.margin + m.r;
      }
      marks.push(makeMark(e, "undated", row, top + m.laneHeader + row * m.row + ROW_CENTRE, { fixed: x }, null, label));
      x += w + 16;
    }
    undated = { y: top, height: m.laneHeader + (row + 1) * m.row + m.lanePad };
    y += undated.height;
  }

  // connectors: from the anchor's edge the relation points at, to the dependent
  const markById = new Map(marks.map((mk) => [mk.id, mk]));
  const connectors: Connector[] = [];
  for (const mk of marks) {
    const anchor = mk.anchor ? markById.get(mk.anchor.id) : undefined;
    if (!anchor || !mk.anchor || mk.area === "undated" || anchor.area === "undated") continue;
    const a = mk.anchor.relation === "after" ? anchor.x1 ?? anchor.x0 : anchor.x0;
    const b = mk.anchor.relation === "before" ? mk.x1 ?? mk.x0 : mk.x0;
    connectors.push({ from: anchor.id, to: mk.id, a, ay: anchor.y, b, by: mk.y, conditional: mk.area === "conditional" });
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
  const referenceText = basis === "published" ? `Published ${longDate(referenceT)}` : `Reference date ${longDate(referenceT)} (assumed)`;
  return {
    width, height, theme: options.theme, laneMode: options.lanes, domain, fullDomain,
    plot: { x0: m.margin, x1: plotX1, y0: m.header, y1: plotY1 },
    conditional, undated, lanes, marks, connectors, order,
    ticks: axisTicks(scale),
    reference: { t: referenceT, label: basis === "published" ? strings.published : strings.referenceAssumed, basis },
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

/** The window currently drawn, as shared in URLs. */
export function layoutWindow(layout: Pick<TimelineLayout, "domain">) {
  return domainWindow(layout.domain);
}
