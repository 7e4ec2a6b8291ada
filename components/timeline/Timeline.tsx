"use client";

import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type MouseEvent } from "react";
import type { Analysis } from "@/lib/model/analysis";
import type { Selection } from "@/lib/selection/types";
import { layoutTimeline, windowDomain, type LaneMode, type Theme, type TimeWindow } from "@/lib/timeline";
import { TimelineChart } from "./chart";
import { StaticTimeline } from "./StaticTimeline";
import { TimelineTooltip, type TooltipHandle } from "./TimelineTooltip";
import { LaneToggle, ZoomControls } from "./controls";

export type TimelineProps = {
  analysis: Analysis;
  visible: ReadonlySet<string>;
  highlighted: ReadonlySet<string>;
  selection: Selection;
  onSelect(sel: Selection): void;
  lanes: LaneMode;
  onLanesChange(l: LaneMode): void;
  window: TimeWindow | null;
  onWindowChange(w: TimeWindow): void;
  theme?: Theme;
};

const DEFAULT_WIDTH = 800;
const SETTLE_MS = 200;
const noSubscription = () => () => {};
const sameWindow = (a: TimeWindow | null, b: TimeWindow | null) => a?.from === b?.from && a?.to === b?.to;
const windowSpan = (w: TimeWindow) => {
  const d = windowDomain(w);
  return d ? d[1] - d[0] : null;
};

/**
 * The interactive timeline. Layout and drawing come from `lib/timeline` (shared with the server SVG and
 * the embed); this leaf mounts them with d3-zoom in an effect (see `chart.ts`). During a zoom only
 * positions change; once the view settles the window is reported and labels are packed again for it.
 * The server HTML (and the page without JavaScript) shows the same drawing as static markup; the chart
 * replaces it in a layout effect of the hydrating render, before the browser paints again.
 */
export function Timeline(props: TimelineProps) {
  const { analysis, visible, highlighted, selection, onSelect, lanes, onLanesChange, window: windowProp, onWindowChange } = props;
  const theme = props.theme ?? "light";
  const idPrefix = `nl-tl-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<TimelineChart | null>(null);
  const tooltipRef = useRef<TooltipHandle | null>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const [live, setLive] = useState(false);
  // false only while hydrating server HTML: a client-side navigation mounts the chart straight away
  const client = useSyncExternalStore(noSubscription, () => true, () => false);
  // the window the labels are packed for: the prop, or where the user's zoom came to rest
  const [settled, setSettled] = useState<TimeWindow | null>(windowProp);
  const reported = useRef<TimeWindow | null>(null);
  const latest = useRef({ onSelect, onWindowChange });
  useEffect(() => {
    latest.current = { onSelect, onWindowChange };
  });

  const propFrom = windowProp?.from;
  const propTo = windowProp?.to;
  useEffect(() => {
    const next = propFrom !== undefined && propTo !== undefined ? { from: propFrom, to: propTo } : null;
    // our own report coming back (rounded to days) must not move the view
    if (next && sameWindow(next, reported.current)) return;
    setSettled(next);
  }, [propFrom, propTo]);

  const layout = useMemo(
    () => layoutTimeline(analysis, visible, { width, lanes, theme, window: settled }),
    [analysis, visible, width, lanes, theme, settled],
  );
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  });

  useLayoutEffect(() => {
    const host = hostRef.current!;
    const chart = new TimelineChart(host, {
      onSelect: (id) => latest.current.onSelect(id === null ? null : { kind: "event", id }),
      onSettle: (precise, days) => {
        // labels are packed in pixels, so a pan (same span) keeps the packing: only a zoom re-packs
        const drawn = layoutRef.current?.domain;
        const span = windowSpan(precise);
        if (!drawn || span === null || Math.abs(span / (drawn[1] - drawn[0]) - 1) > 0.02) setSettled(precise);
        if (!sameWindow(days, reported.current)) {
          reported.current = days;
          latest.current.onWindowChange(days);
        }
      },
      onHover: (id, anchor) => tooltipRef.current?.show(id, anchor),
      onLeave: () => tooltipRef.current?.hide(),
      settleMs: SETTLE_MS,
    });
    chartRef.current = chart;
    // the static markup leaves in the re-render this schedules, which React runs before the browser paints
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a layout effect's update is synchronous: no frame without a chart
    setLive(true);
    const measure = () => {
      const w = Math.round(host.clientWidth);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    observer?.observe(host);
    return () => {
      observer?.disconnect();
      chart.destroy();
      chartRef.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    chartRef.current?.draw(layout, idPrefix);
  }, [layout, idPrefix]);

  const selectedId = selection?.kind === "event" ? selection.id : null;
  useLayoutEffect(() => {
    chartRef.current?.select({ selectedId, highlighted, dimOthers: selection !== null });
  }, [layout, selectedId, highlighted, selection]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape") {
      tooltipRef.current?.hide();
      onSelect(null);
      return;
    }
    if (chartRef.current?.handleKey(e.nativeEvent)) e.preventDefault();
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) => chartRef.current?.handleClick(e.nativeEvent);

  return (
    <section className="nl-timeline-view flex flex-col gap-2" aria-label="Timeline" onKeyDown={onKeyDown}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <ZoomControls
          onZoomIn={() => chartRef.current?.zoomBy(1.5)}
          onZoomOut={() => chartRef.current?.zoomBy(1 / 1.5)}
          onFitAll={() => chartRef.current?.fitAll()}
        />
        <LaneToggle value={lanes} onChange={onLanesChange} />
      </div>
      <div className="relative w-full" onClick={onClick}>
        {!live && !client && (
          <StaticTimeline
            analysis={analysis}
            visible={visible}
            lanes={lanes}
            window={settled}
            selection={{ selectedId, highlighted, dimOthers: selection !== null }}
            idPrefix={`${idPrefix}-static`}
          />
        )}
        <div ref={hostRef} className="w-full overflow-hidden [&_[data-event-id]]:cursor-pointer [&_[data-event-id]:focus-visible]:outline-2 [&_[data-event-id]:focus-visible]:outline-offset-2" />
        <TimelineTooltip ref={tooltipRef} analysis={analysis} layout={layout} hostRef={hostRef} />
      </div>
    </section>
  );
}

export default Timeline;
