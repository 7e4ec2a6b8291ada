"use client";

import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import type { Analysis } from "@/lib/model";
import type { Selection } from "@/lib/selection";
import type { LaneMode, Theme, TimeWindow } from "@/lib/timeline";
import { StaticTimeline } from "./StaticTimeline";
import { TimelineTooltip, type TooltipHandle } from "./TimelineTooltip";
import { LaneToggle, ZoomControls } from "./controls";
import { useSettledWindow } from "./useSettledWindow";
import { useStaticHandover } from "./useStaticHandover";
import { useSwap } from "./useSwap";
import { useTimelineChart, type ChartHandlers } from "./useTimelineChart";

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

/** A ref to `value` as of the last committed render, for handlers called later. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * The interactive timeline: a thin leaf that mounts `lib/timeline/live`'s chart. The server's static
 * drawing stays after hydration, and the chart replaces it only when the reader reaches for it (or
 * something changes it was not drawn for): swapping a few hundred nodes during hydration was the
 * page's longest task. The swap must not move anything under the pointer, so the chart is laid out
 * at the server drawing's width band and scaled like it (`lib/timeline/live/served.ts`); a wheel or
 * touch on the static drawing is handed to the chart, so the gesture does what it would have done.
 */
export function Timeline(props: TimelineProps) {
  const { analysis, visible, highlighted, selection, onSelect, lanes, onLanesChange, window: windowProp, onWindowChange } = props;
  const theme = props.theme ?? "light";
  const idPrefix = `nl-tl-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const hostRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<TooltipHandle | null>(null);
  const { settled, settle, propFrom, propTo } = useSettledWindow(windowProp);
  const swap = useSwap({ analysis, visible, highlighted, selection, lanes, from: propFrom, to: propTo });
  const { chartRef, pending, live, setWanted } = swap;
  const handlers = useLatest<ChartHandlers>({
    select: (id) => {
      // a click answers with the details: the hover card would only cover them and the marks around
      tooltipRef.current?.hide();
      onSelect(id === null ? null : { kind: "event", id });
    },
    settle: (precise, days, drawn) => settle(precise, days, drawn, onWindowChange),
    hover: (id, anchor) => tooltipRef.current?.show(id, anchor),
    leave: () => tooltipRef.current?.hide(),
  });
  const layout = useTimelineChart({
    live, hydratedWithStatic: swap.hydratedWithStatic, analysis, visible, highlighted, selection, lanes, theme, settled, idPrefix,
    hostRef, chartRef, pending, handlers,
  });
  const plot = useStaticHandover({ live, chartRef, pending, hostRef, plotRef, setWanted, onSelect });
  // marks the panel as hydrated (it takes interactions) for tests and benchmarks; no re-render
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => sectionRef.current?.setAttribute("data-hydrated", ""), []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape") {
      tooltipRef.current?.hide();
      onSelect(null);
      return;
    }
    if (chartRef.current?.handleKey(e.nativeEvent)) e.preventDefault();
  };
  const selectedId = selection?.kind === "event" ? selection.id : null;

  return (
    <section
      ref={sectionRef}
      className="nl-timeline-view flex flex-col gap-2"
      aria-label="Timeline"
      data-live={live ? "" : undefined}
      onKeyDown={onKeyDown}
      onFocus={plot.onFocus}
      onPointerEnter={swap.activate}
      onWheel={swap.activate}
      onTouchStart={swap.activate}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <ZoomControls
          onZoomIn={() => swap.withChart((c) => c.zoomBy(1.5))}
          onZoomOut={() => swap.withChart((c) => c.zoomBy(1 / 1.5))}
          onFitAll={() => swap.withChart((c) => c.fitAll())}
        />
        <LaneToggle value={lanes} onChange={onLanesChange} />
      </div>
      {/* touch: vertical swipes scroll the page, on the static drawing as on the chart (see lib/timeline/live/box.ts) */}
      {/* the cursor says what a press does: select on a mark (its label, glyph or bar), pan elsewhere */}
      <div ref={plotRef} className="relative w-full cursor-grab touch-pan-y active:cursor-grabbing [&_[data-event-id]]:cursor-pointer"
        onClick={plot.onClick}
        onPointerDownCapture={plot.onPointerDown}
        onPointerUpCapture={plot.onPointerUp}
      >
        {!live && (
          <StaticTimeline
            analysis={analysis}
            visible={visible}
            lanes={lanes}
            window={settled}
            selection={{ selectedId, highlighted, dimOthers: selection !== null }}
            idPrefix={`${idPrefix}-static`}
          />
        )}
        <div ref={hostRef} className="w-full overflow-hidden [&_[data-event-id]:focus-visible]:outline-2 [&_[data-event-id]:focus-visible]:outline-offset-2" />
        <TimelineTooltip ref={tooltipRef} analysis={analysis} layout={layout} hostRef={hostRef} />
      </div>
    </section>
  );
}

export default Timeline;
