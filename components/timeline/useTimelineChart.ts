import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { Analysis } from "@/lib/model";
import type { Selection } from "@/lib/selection";
import { layoutTimeline, type LaneMode, type Theme, type TimelineLayout, type TimeWindow, CANVAS_THRESHOLD, servedDrawings, servedWidth, TimelineChart, watchServedWidth, type ServedDrawing } from "@/lib/timeline";

const DEFAULT_WIDTH = 800;
const SETTLE_MS = 200;

/** What the chart's events do, read when they happen (the latest render's). */
export type ChartHandlers = {
  select(id: string | null): void;
  settle(precise: TimeWindow, days: TimeWindow, drawn: readonly [number, number] | undefined): void;
  hover(id: string, anchor: Element): void;
  leave(): void;
};

type Options = {
  live: boolean;
  hydratedWithStatic: boolean;
  analysis: Analysis;
  visible: ReadonlySet<string>;
  highlighted: ReadonlySet<string>;
  selection: Selection;
  lanes: LaneMode;
  theme: Theme;
  settled: TimeWindow | null;
  idPrefix: string;
  hostRef: RefObject<HTMLDivElement | null>;
  chartRef: RefObject<TimelineChart | null>;
  pending: RefObject<((chart: TimelineChart) => void)[]>;
  handlers: RefObject<ChartHandlers>;
};

/**
 * Sizes the chart: laid out at the panel's measured width or, replacing a server drawing
 * (`drawings`), at that drawing's width and shown at the panel's like it. Returns the unsubscribe.
 */
function sizeChart(host: HTMLElement, chart: TimelineChart, drawings: readonly ServedDrawing[] | null, setWidth: (f: (old: number | null) => number) => void, setBandWidth: (w: number | null) => void): () => void {
  const matchServed = drawings && servedWidth(window, drawings) !== null ? () => setBandWidth(servedWidth(window, drawings)) : null;
  matchServed?.();
  const unwatch = matchServed ? watchServedWidth(window, drawings!, matchServed) : null;
  // measured before the first draw (a layout effect's update re-renders before the browser paints),
  // so the chart is drawn once, at its width
  // (a panel not laid out, e.g. hidden, has no width: a default one until it has)
  const measure = () => {
    if (matchServed) chart.showAt(host.getBoundingClientRect().width);
    const w = Math.round(host.clientWidth);
    setWidth((old) => (w > 0 ? w : (old ?? DEFAULT_WIDTH)));
  };
  measure();
  const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
  observer?.observe(host);
  return () => {
    observer?.disconnect();
    unwatch?.();
  };
}

/** The live chart's life: made once live, laid out at its width, drawn, and given the selection. */
export function useTimelineChart(o: Options): TimelineLayout | null {
  const { live, hydratedWithStatic, analysis, visible, highlighted, selection, lanes, theme, settled, idPrefix, hostRef, chartRef, pending, handlers } = o;
  /** the panel's width, measured when the chart mounts (null before: nothing is laid out in the browser) */
  const [width, setWidth] = useState<number | null>(null);
  /** the width of the server drawing the chart replaced (see `lib/timeline/live/served.ts`); null without one */
  const [bandWidth, setBandWidth] = useState<number | null>(null);
  const layoutWidth = bandWidth ?? width;
  const drawings = servedDrawings(analysis.events.length);
  const crowded = analysis.events.length > CANVAS_THRESHOLD;
  const layout = useMemo(
    () => (live && layoutWidth !== null ? layoutTimeline(analysis, visible, { width: layoutWidth, lanes, theme, window: settled }) : null),
    [live, analysis, visible, layoutWidth, lanes, theme, settled],
  );
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  });

  useLayoutEffect(() => {
    if (!live) return;
    const host = hostRef.current!;
    const chart = new TimelineChart(host, {
      onSelect: (id) => handlers.current.select(id),
      onSettle: (precise, days) => handlers.current.settle(precise, days, layoutRef.current?.domain),
      onHover: (id, anchor) => handlers.current.hover(id, anchor),
      onLeave: () => handlers.current.leave(),
      settleMs: SETTLE_MS,
    });
    chartRef.current = chart;
    // replacing the server's drawing: its width, shown at the panel's width like it (see Timeline). Not
    // on a timeline crowded enough for gestures to paint on canvas: a scaled box makes every gesture
    // frame resample the canvases (docs/performance.md), so there the chart is laid out at the panel's
    // width and the swap may change the panel's height.
    const unsize = sizeChart(host, chart, hydratedWithStatic && !crowded ? drawings : null, setWidth, setBandWidth);
    return () => {
      unsize();
      chart.destroy();
      chartRef.current = null;
    };
  }, [live, hydratedWithStatic, drawings, crowded, hostRef, chartRef, handlers]);

  useLayoutEffect(() => {
    if (!layout) return;
    chartRef.current?.draw(layout, idPrefix);
  }, [layout, idPrefix, chartRef]);

  const selectedId = selection?.kind === "event" ? selection.id : null;
  useLayoutEffect(() => {
    const chart = chartRef.current;
    if (!chart || !layout) return;
    chart.select({ selectedId, highlighted, dimOthers: selection !== null });
    // the first draw is done: run what waited for it, then prepare the canvas path in idle time
    if (pending.current.length) for (const run of pending.current.splice(0)) run(chart);
    chart.prepareWhenIdle();
  }, [layout, selectedId, highlighted, selection, chartRef, pending]);

  return layout;
}
