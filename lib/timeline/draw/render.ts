/**
 * Draws a layout as an SvgNode tree: the same tree becomes the server SVG (`toSvgString`), the
 * embed's inline SVG and, through `toDom`, the dashboard's. Presentation attributes only (no style
 * attributes or <style>), so a strict Content-Security-Policy does not strip the look.
 */
import { fmt, h, type SvgNode } from "../../svg";
import {
  CONDITIONAL_STRIP,
  connectorPath,
  fitText,
  LABEL_SIZE,
  LANE_NAME_SIZE,
  laneName,
  LEGEND_SWATCH,
  LEGEND_TEXT_SIZE,
  markSpan,
  metrics,
  placeLegend,
  referenceSegments,
  TICK_LABEL_BASELINE,
  timeScale,
  YEAR_TAG_SIZE,
  type Scale,
} from "../layout";
import { strings } from "../strings";
import { barGlyph, definitions, defIds, pointGlyph, type DefIds } from "./glyphs";
import { hitAreas } from "./hit";
import { FONT_FAMILY, palettes, type Palette } from "./style";
import type { Connector, Mark, Tick, TimelineLayout } from "../types";

export type RenderOptions = {
  /** prefix of ids inside the drawing; distinct per drawing on one page */
  idPrefix?: string;
  /** the selected event, drawn with a ring and aria-selected="true" */
  selectedId?: string | null;
  /** events linked to the current selection */
  highlighted?: ReadonlySet<string> | null;
  /** a selection exists (of any kind): marks not highlighted are dimmed */
  dimOthers?: boolean;
  /** the mark reached by Tab (roving tabindex); defaults to the selected mark, else the first in order */
  focusId?: string | null;
};

export const DIMMED_OPACITY = 0.3;

/** The current time scale of a layout's dated area. */
export function layoutScale(layout: Pick<TimelineLayout, "domain" | "plot">): Scale {
  return timeScale(layout.domain, [layout.plot.x0, layout.plot.x1]);
}

/** Opacity of a mark given the selection: dimmed unless selected or linked to it. */
export function markOpacity(id: string, options: RenderOptions): number | undefined {
  if (!options.dimOthers || options.selectedId === id || options.highlighted?.has(id)) return undefined;
  return DIMMED_OPACITY;
}

export function markTransform(mark: Mark, scale: Scale): string {
  return `translate(${fmt(markSpan(mark, scale)[0])},${fmt(mark.y)})`;
}

/** Width of a mark's bar under a scale (0 for points). */
export function barWidth(mark: Mark, scale: Scale): number {
  if (!mark.x1) return 0;
  const [a, b] = markSpan(mark, scale);
  return b - a;
}

/** The ring around the selected mark. */
export function selectionRing(mark: Mark, scale: Scale, palette: Palette): SvgNode {
  const pad = 6;
  const w = barWidth(mark, scale);
  const r = metrics.r + pad;
  return h("rect", {
    class: "nl-selection",
    x: -r,
    y: -r,
    width: w + 2 * r,
    height: 2 * r,
    rx: r,
    fill: "none",
    stroke: palette.selection,
    "stroke-width": 3,
    "stroke-dasharray": "6 2",
    "data-stretch": 2 * r,
  });
}

/**
 * A mark's visible label: one or two lines above the glyph, the year-inferred tag after the last. Its
 * words are the first words of the mark's aria-label (label in name), and it is hidden from assistive
 * technology, which gets the full name from the aria-label.
 */
export function labelNode(mark: Pick<Mark, "labelLines" | "yearInferred">, palette: Palette, bold: boolean): SvgNode {
  const [first, ...rest] = mark.labelLines;
  const tag = mark.yearInferred ? [h("tspan", { dx: 3, "font-size": YEAR_TAG_SIZE, fill: palette.muted }, [strings.yearInferredMark])] : [];
  return h(
    "text",
    {
      class: "nl-label",
      x: -metrics.r,
      y: -metrics.labelRise - rest.length * metrics.labelLine,
      fill: palette.text,
      "font-weight": bold ? 600 : undefined,
      "aria-hidden": "true",
    },
    // a space ends each line but the last, so the text reads as the words it shows, not "onsecurity"
    [first ?? "", ...rest.flatMap((line) => [" ", h("tspan", { x: -metrics.r, dy: metrics.labelLine }, [line])]), ...tag],
  );
}

function markNode(mark: Mark, scale: Scale, palette: Palette, ids: DefIds, options: RenderOptions, focusId: string | null): SvgNode {
  const p = mark.placement;
  const selected = options.selectedId === mark.id;
  // the hit areas first: under everything drawn, and not counted among the stretched bar's parts before the ring
  const children: SvgNode[] = hitAreas(mark, barWidth(mark, scale));
  if (selected) children.push(selectionRing(mark, scale, palette));
  if (p.kind === "range" || p.kind === "fuzzy") {
    const fuzzy = p.kind === "fuzzy";
    const fade = fuzzy ? "out" : p.openStart ? "in" : null;
    children.push(barGlyph(mark.certainty, palette, ids, barWidth(mark, scale), fuzzy ? metrics.fuzzyHeight : metrics.barHeight, fade));
    if (fuzzy) children.push(...pointGlyph(mark.certainty, palette, metrics.r - 1));
  } else {
    children.push(...pointGlyph(mark.certainty, palette, metrics.r));
  }
  if (mark.yearInferred) {
    children.push(h("line", { y1: metrics.r + 2, y2: metrics.r + 7, stroke: palette.muted, "stroke-width": 1.5, "stroke-dasharray": "1 1.5" }));
  }
  if (mark.labelLines.length) children.push(labelNode(mark, palette, options.highlighted?.has(mark.id) === true));
  return h(
    "g",
    {
      class: "nl-mark",
      "data-event-id": mark.id,
      "data-area": mark.area,
      "data-certainty": mark.certainty,
      role: "option",
      tabindex: mark.id === focusId ? 0 : -1,
      "aria-label": mark.ariaLabel,
      "aria-selected": selected ? "true" : "false",
      transform: markTransform(mark, scale),
      opacity: markOpacity(mark.id, options),
    },
    children,
  );
}

/** Tick lines and labels of the time axis under a scale; redrawn on every zoom frame (a dozen nodes). */
export function renderAxis(ticks: readonly Tick[], scale: Scale, layout: Pick<TimelineLayout, "plot">, palette: Palette): SvgNode[] {
  return ticks.map((tick) =>
    h("g", { class: "nl-tick", transform: `translate(${fmt(scale(new Date(tick.t)))},0)` }, [
      h("line", { y1: metrics.header - 6, y2: layout.plot.y1, stroke: palette.grid, "stroke-width": 1 }),
      h("text", { y: TICK_LABEL_BASELINE, "text-anchor": "middle", "font-size": 10, fill: palette.muted }, [tick.label]),
    ]),
  );
}

export function referenceTransform(layout: Pick<TimelineLayout, "reference">, scale: Scale): string {
  return `translate(${fmt(scale(new Date(layout.reference.t)))},0)`;
}

/**
 * The reference marker's contents under a scale (inside its translate): the line, in pieces that
 * leave out the lane names it would cross, and its label in the row above the tick labels; redrawn
 * on every zoom frame, as the axis is.
 */
export function renderReference(layout: Pick<TimelineLayout, "reference" | "lanes" | "plot">, scale: Scale, palette: Palette): SvgNode[] {
  const ref = layout.reference;
  const dash = ref.basis === "assumed" ? "5 3" : undefined;
  return [
    ...referenceSegments(layout, scale(new Date(ref.t))).map(([y1, y2]) =>
      h("line", { class: "nl-reference-line", y1, y2, stroke: palette.reference, "stroke-width": 1.5, "stroke-dasharray": dash }),
    ),
    h("text", { x: 3, y: 11, "font-size": 10, fill: palette.reference }, [ref.label]),
  ];
}

export function renderConnector(c: Connector, scale: Scale, layout: Pick<TimelineLayout, "plot">, palette: Palette): SvgNode {
  return h("path", {
    class: "nl-connector",
    "data-from": c.from,
    "data-to": c.to,
    d: connectorPath(c, scale, [layout.plot.x0, layout.plot.x1]),
    fill: "none",
    stroke: palette.connector,
    "stroke-width": 1.25,
    "stroke-dasharray": c.conditional ? "3 3" : undefined,
  });
}

function legend(layout: TimelineLayout, palette: Palette, ids: DefIds): SvgNode {
  const entries = placeLegend(layout.width).map((e) => {
    const y = layout.legend.y + e.row * metrics.legendRow + 10;
    const swatch: SvgNode[] =
      e.kind === "certainty"
        ? [h("g", { transform: `translate(${fmt(e.x + LEGEND_SWATCH / 2)},${fmt(y)})` }, pointGlyph(e.certainty, palette, 5))]
        : e.kind === "fuzzy"
          ? [h("g", { transform: `translate(${fmt(e.x)},${fmt(y)})` }, [barGlyph("fact", palette, ids, LEGEND_SWATCH, 10, "out")])]
          : [h("text", { x: e.x + 2, y: y + 4, "font-size": YEAR_TAG_SIZE, fill: palette.muted }, [strings.yearInferredMark])];
    return h("g", { class: "nl-legend-entry" }, [
      ...swatch,
      h("text", { x: e.x + LEGEND_SWATCH + 4, y: y + 3.5, "font-size": LEGEND_TEXT_SIZE, fill: palette.text }, [e.label]),
    ]);
  });
  return h("g", { class: "nl-legend" }, entries);
}

export function renderTimeline(layout: TimelineLayout, options: RenderOptions = {}): SvgNode {
  const palette = palettes[layout.theme];
  const ids = defIds(options.idPrefix ?? "nl-timeline");
  const scale = layoutScale(layout);
  const { plot, width, height } = layout;
  const focusId =
    options.focusId && layout.order.includes(options.focusId)
      ? options.focusId
      : options.selectedId && layout.order.includes(options.selectedId)
        ? options.selectedId
        : (layout.order[0] ?? null);
  const clip = `url(#${ids.plotClip})`;

  const lanes = layout.lanes.map((lane, i) =>
    h("g", { class: "nl-lane", "data-lane": lane.key }, [
      h("rect", { x: 0, y: lane.y, width, height: lane.height, fill: i % 2 === 0 ? palette.laneA : palette.laneB }),
      h("text", { x: metrics.margin, y: lane.y + 12, "font-size": LANE_NAME_SIZE, "font-weight": 600, fill: palette.muted }, [laneName(lane.label, plot)]),
    ]),
  );

  const cond = layout.conditional;
  // beside the plot: a column with a dashed left edge; stacked: a full-width strip with a dashed top edge
  const conditionalArea = cond
    ? [
        h("g", { class: "nl-conditional-area", "data-stacked": cond.stacked ? "true" : undefined }, [
          cond.stacked
            ? h("rect", { x: 0, y: cond.y0, width, height: cond.y1 - cond.y0, fill: palette.conditionalArea, "fill-opacity": 0.85 })
            : h("rect", { x: cond.x0 - 8, y: cond.y0, width: cond.x1 - cond.x0 + 16, height: cond.y1 - cond.y0, fill: palette.conditionalArea, "fill-opacity": 0.85 }),
          cond.stacked
            ? h("line", { x1: 0, x2: width, y1: cond.y0, y2: cond.y0, stroke: palette.certainty.conditional, "stroke-dasharray": "4 3" })
            : h("line", { x1: cond.x0 - 8, x2: cond.x0 - 8, y1: cond.y0, y2: cond.y1, stroke: palette.certainty.conditional, "stroke-dasharray": "4 3" }),
          h("text", { x: cond.x0, y: cond.stacked ? cond.y0 + 12 : metrics.header - 6, "font-size": 10, "font-weight": 700, fill: palette.certainty.conditional }, [
            fitText(strings.conditionalArea, cond.x1 - cond.x0, 10),
          ]),
        ]),
      ]
    : [];

  const undated = layout.undated
    ? [
        h("g", { class: "nl-undated-strip" }, [
          h("line", { x1: 0, x2: width, y1: layout.undated.y, y2: layout.undated.y, stroke: palette.grid }),
          h("text", { x: metrics.margin, y: layout.undated.y + 12, "font-size": 10, "font-weight": 600, fill: palette.muted }, [strings.undated]),
        ]),
      ]
    : [];

  const reference = h("g", { class: "nl-reference", "clip-path": clip }, [
    h("g", { class: "nl-reference-marker", transform: referenceTransform(layout, scale) }, renderReference(layout, scale, palette)),
  ]);

  const node = (m: Mark) => markNode(m, scale, palette, ids, options, focusId);
  const groups = layout.lanes.map((lane) => {
    const inLane = layout.marks.filter((m) => m.lane === lane.key);
    return h("g", { role: "group", "aria-label": lane.label, "data-lane": lane.key }, [
      h("g", { class: "nl-dated", "clip-path": clip }, inLane.filter((m) => m.area === "dated").map(node)),
      ...inLane.filter((m) => m.area === "conditional").map(node),
    ]);
  });
  const stackedMarks = layout.marks.filter((m) => m.area === "conditional" && m.lane === CONDITIONAL_STRIP);
  if (stackedMarks.length) groups.push(h("g", { role: "group", "aria-label": strings.conditionalGroup, "data-lane": CONDITIONAL_STRIP }, stackedMarks.map(node)));
  const undatedMarks = layout.marks.filter((m) => m.area === "undated");
  if (undatedMarks.length) groups.push(h("g", { role: "group", "aria-label": strings.undated, "data-lane": "undated" }, undatedMarks.map(node)));

  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${fmt(width)} ${fmt(height)}`,
      "aria-labelledby": `${ids.title} ${ids.desc}`,
      "font-family": FONT_FAMILY,
      "font-size": LABEL_SIZE,
      class: "nl-timeline",
    },
    [
      h("title", { id: ids.title }, [layout.title]),
      h("desc", { id: ids.desc }, [layout.description]),
      definitions(ids, palette, { x0: plot.x0, x1: plot.x1, height }),
      h("rect", { class: "nl-background", width, height, fill: palette.background }),
      h("g", { class: "nl-lanes" }, lanes),
      ...conditionalArea,
      ...undated,
      h("g", { class: "nl-axis", "clip-path": clip }, renderAxis(layout.ticks, scale, layout, palette)),
      reference,
      h("g", { class: "nl-connectors" }, layout.connectors.map((c) => renderConnector(c, scale, layout, palette))),
      h("g", { class: "nl-marks", role: "listbox", "aria-label": strings.events, "aria-orientation": "horizontal" }, groups),
      legend(layout, palette, ids),
      h("text", { class: "nl-credit", x: metrics.margin, y: layout.credit.y + 12, "font-size": 10, fill: palette.muted }, [
        fitText(layout.credit.text, width - 2 * metrics.margin, 10),
      ]),
    ],
  );
}
