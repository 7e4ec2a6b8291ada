"use client";

import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from "react";
import { flushSync } from "react-dom";
import { useHydrated } from "@/components/common/useHydrated";
import type { Analysis } from "@/lib/model/analysis";
import type { Selection } from "@/lib/selection/types";
import { layoutTimeline, windowDomain, type LaneMode, type Theme, type TimeWindow } from "@/lib/timeline";
import { CANVAS_THRESHOLD, DRAG_THRESHOLD, servedDrawings, servedWidth, TimelineChart, watchServedWidth } from "@/lib/timeline/live";
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
/** the events of a touch gesture after its start */
const GESTURE = ["touchmove", "touchend", "touchcancel"] as const;
const SETTLE_MS = 200;
const sameWindow = (a: TimeWindow | null, b: TimeWindow | null) => a?.from === b?.from && a?.to === b?.to;
const windowSpan = (w: TimeWindow) => {
  const d = windowDomain(w);
  return d ? d[1] - d[0] : null;
};
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a === b || (a.size === b.size && [...a].every((x) => b.has(x)));
type Shown = Pick<TimelineProps, "analysis" | "visible" | "highlighted" | "selection" | "lanes"> & { from?: string; to?: string };
/** Whether the static drawing still shows what the props ask for (compared by content: a hydrating re-render may rebuild sets). */
const sameShown = (a: Shown, b: Shown) =>
  a.analysis === b.analysis &&
  a.lanes === b.lanes &&
  a.from === b.from &&
  a.to === b.to &&
  a.selection?.kind === b.selection?.kind &&
  a.selection?.id === b.selection?.id &&
  sameSet(a.visible, b.visible) &&
  sameSet(a.highlighted, b.highlighted);

/**
 * The interactive timeline. Layout and drawing come from `lib/timeline` (shared with the server SVG and
 * the embed); this leaf mounts them with d3-zoom in an effect (see `chart.ts`). During a zoom only
 * positions change; once the view settles the window is reported and labels are packed again for it.
 *
 * The server HTML (and the page without JavaScript) shows the same drawing as static markup, and it
 * stays after hydration: the live chart is mounted only when the reader reaches for the timeline
 * (pointer entering it, focus inside it, wheel or touch, a zoom button) or when something changes that
 * the static drawing was not drawn for (selection, filters, lanes or window from another view or the
 * URL). Swapping the drawing costs the removal of a few hundred nodes; paid during hydration, that was
 * the page's longest task. A client-side navigation has no server drawing and mounts the chart at once.
 *
 * The swap must not move anything: the reader is pointing at the timeline when it happens (up to
 * CANVAS_THRESHOLD events; see the chart effect for why not above). The server's
 * drawing is laid out for a width band and scaled to the panel (`served.ts`), so the chart that replaces
 * it is laid out at that same width and scaled the same way, for as long as the page lives (a viewport
 * crossing into the other band gets the other band's width); a fixed-size layout at the panel's real
 * width would be another height. A chart with no server drawing to replace is laid out at the panel's
 * measured width. Either way it is drawn once, at its width.
 *
 * A wheel or a touch on the static drawing mounts the chart there and then and hands it the same
 * event (and a touch gesture's later events), so the gesture does what it does on the chart (zoom or
 * pan, or scroll the page where the chart would not zoom) instead of scrolling the page while the
 * chart mounts.
 */
export function Timeline(props: TimelineProps) {
  const { analysis, visible, highlighted, selection, onSelect, lanes, onLanesChange, window: windowProp, onWindowChange } = props;
  const theme = props.theme ?? "light";
  const idPrefix = `nl-tl-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<TimelineChart | null>(null);
  const tooltipRef = useRef<TooltipHandle | null>(null);
  /** the panel's width, measured when the chart mounts (null before: nothing is laid out in the browser) */
  const [width, setWidth] = useState<number | null>(null);
  /** the width of the server drawing the chart replaced (see `served.ts`); null without one */
  const [bandWidth, setBandWidth] = useState<number | null>(null);
  const [wanted, setWanted] = useState(false);
  // false only while hydrating server HTML: a client-side navigation mounts the chart straight away
  const client = useHydrated();
  const [hydratedWithStatic] = useState(() => !client);
  const live = wanted || !hydratedWithStatic;
  // the window the labels are packed for: the prop, or where the user's zoom came to rest
  const [settled, setSettled] = useState<TimeWindow | null>(windowProp);
  const reported = useRef<TimeWindow | null>(null);
  const latest = useRef({ onSelect, onWindowChange });
  useEffect(() => {
    latest.current = { onSelect, onWindowChange };
  });
  /** what waits for the chart: a zoom button pressed, the mark that had focus in the static drawing */
  const pending = useRef<((chart: TimelineChart) => void)[]>([]);
  // marks the panel as hydrated (it takes interactions) for tests and benchmarks; no re-render
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => sectionRef.current?.setAttribute("data-hydrated", ""), []);
  const activate = () => {
    if (!live) setWanted(true);
  };
  const withChart = (run: (chart: TimelineChart) => void) => {
    if (chartRef.current) run(chartRef.current);
    else {
      pending.current.push(run);
      setWanted(true);
    }
  };

  const propFrom = windowProp?.from;
  const propTo = windowProp?.to;
  useEffect(() => {
    const next = propFrom !== undefined && propTo !== undefined ? { from: propFrom, to: propTo } : null;
    // our own report coming back (rounded to days) must not move the view
    if (next && sameWindow(next, reported.current)) return;
    setSettled(next);
  }, [propFrom, propTo]);

  // the static drawing shows the state it was served with; anything else asks for the live chart
  const served = useRef<Shown>({ analysis, visible, highlighted, selection, lanes, from: propFrom, to: propTo });
  useEffect(() => {
    if (live) return;
    // the static markup cannot show the new state
    if (!sameShown(served.current, { analysis, visible, highlighted, selection, lanes, from: propFrom, to: propTo })) setWanted(true);
  }, [live, analysis, visible, highlighted, selection, lanes, propFrom, propTo]);

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
      onSelect: (id) => {
        // a click answers with the details: the hover card would only cover them and the marks around
        tooltipRef.current?.hide();
        latest.current.onSelect(id === null ? null : { kind: "event", id });
      },
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
    // replacing the server's drawing: its width, shown at the panel's width like it (see above). Not
    // on a timeline crowded enough for gestures to paint on canvas: a scaled box makes every gesture
    // frame resample the canvases (measured at 1,000 events: zoom p95 24-36 ms scaled, 12-15 ms not),
    // so there the chart is laid out at the panel's width and the swap may change the panel's height.
    const matchServed =
      hydratedWithStatic && !crowded && servedWidth(window, drawings) !== null
        ? () => setBandWidth(servedWidth(window, drawings))
        : null;
    matchServed?.();
    const unwatch = matchServed ? watchServedWidth(window, drawings, matchServed) : null;
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
      chart.destroy();
      chartRef.current = null;
    };
  }, [live, hydratedWithStatic, drawings, crowded]);

  useLayoutEffect(() => {
    if (!layout) return;
    chartRef.current?.draw(layout, idPrefix);
  }, [layout, idPrefix]);

  const selectedId = selection?.kind === "event" ? selection.id : null;
  useLayoutEffect(() => {
    const chart = chartRef.current;
    if (!chart || !layout) return;
    chart.select({ selectedId, highlighted, dimOthers: selection !== null });
    // the first draw is done: run what waited for it, then prepare the canvas path in idle time
    if (pending.current.length) for (const run of pending.current.splice(0)) run(chart);
    chart.prepareWhenIdle();
  }, [layout, selectedId, highlighted, selection]);

  // Before the chart exists, a wheel on the static drawing would scroll the page (and be lost to the
  // chart mounting meanwhile): the chart is mounted in the event and given it. Not passive, to be able
  // to keep the page still; on the plot only, so a wheel on the controls scrolls the page as it did.
  const plotRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const plot = plotRef.current;
    if (live || !plot) return;
    const mounted = () => chartRef.current;
    const onWheel = (e: WheelEvent) => {
      if (mounted()) return;
      // rendered, committed and drawn before flushSync returns (layout effects run in it)
      flushSync(() => setWanted(true));
      if (mounted()?.takeWheel(e)) e.preventDefault();
    };
    // a touch gesture likewise, and its later events, which keep going to the static node it began on
    const onTouchStart = (e: TouchEvent) => {
      if (mounted()) return;
      flushSync(() => setWanted(true));
      const chart = mounted();
      const origin = e.target;
      if (!chart || !origin) return;
      // not cancelled: the plot's `touch-action: pan-y` already keeps pinches and sideways swipes
      // from the page, and leaves it vertical ones (see chart.ts)
      chart.takeTouch(e);
      const follow = (ev: Event) => {
        const touch = ev as TouchEvent;
        if (mounted() === chart) chart.takeTouch(touch);
        if (touch.type !== "touchmove" && touch.touches.length === 0) for (const type of GESTURE) origin.removeEventListener(type, follow);
      };
      for (const type of GESTURE) origin.addEventListener(type, follow, { passive: true });
    };
    plot.addEventListener("wheel", onWheel, { passive: false });
    plot.addEventListener("touchstart", onTouchStart, { passive: true });
    return () => {
      plot.removeEventListener("wheel", onWheel);
      plot.removeEventListener("touchstart", onTouchStart);
    };
  }, [live]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape") {
      tooltipRef.current?.hide();
      onSelect(null);
      return;
    }
    if (chartRef.current?.handleKey(e.nativeEvent)) e.preventDefault();
  };
  // A press on the static drawing that the live chart replaces before the release (the pointer entering
  // the timeline asks for the chart, which may arrive just then) gets no click: the browser drops a
  // click whose press target has left the page. The release then selects the mark under the pointer,
  // the live chart's at the same place, as the click would have.
  const press = useRef<{ target: Element; x: number; y: number } | null>(null);
  const selectedByRelease = useRef<{ id: string; at: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    selectedByRelease.current = null;
    press.current = e.isPrimary && e.button === 0 && e.target instanceof Element ? { target: e.target, x: e.clientX, y: e.clientY } : null;
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const p = press.current;
    press.current = null;
    if (!p || p.target.isConnected || Math.hypot(e.clientX - p.x, e.clientY - p.y) >= DRAG_THRESHOLD) return;
    const id = document.elementFromPoint(e.clientX, e.clientY)?.closest("[data-event-id]")?.getAttribute("data-event-id");
    if (!id || !hostRef.current?.querySelector(`[data-event-id="${CSS.escape(id)}"]`)) return;
    selectedByRelease.current = { id, at: e.timeStamp };
    onSelect({ kind: "event", id });
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    // the click a touch still sends after its release selected
    const released = selectedByRelease.current;
    selectedByRelease.current = null;
    if (released && e.timeStamp - released.at < 1000) return;
    // A press on the static drawing that the live chart replaced before the release: the click then
    // goes to the nearest element both were in (this plot), not to a mark, so the mark is the one
    // under the pointer now, the live chart's at the same place.
    const target = e.target === e.currentTarget ? document.elementFromPoint(e.clientX, e.clientY) : e.target;
    if (chartRef.current) return chartRef.current.handleClick(target);
    // a click on the static drawing (before the chart has mounted) selects like one on the chart
    const mark = target instanceof Element ? target.closest("[data-event-id]") : null;
    const id = mark?.getAttribute("data-event-id");
    if (id) onSelect({ kind: "event", id });
  };
  const onFocus = (e: FocusEvent<HTMLElement>) => {
    if (live) return;
    // focus on a static mark moves to the same mark of the live chart, which replaces it
    const id = e.target instanceof Element ? e.target.closest(".nl-timeline-static [data-event-id]")?.getAttribute("data-event-id") : null;
    if (id) pending.current.push((chart) => chart.focusMark(id));
    setWanted(true);
  };

  return (
    <section
      ref={sectionRef}
      className="nl-timeline-view flex flex-col gap-2"
      aria-label="Timeline"
      data-live={live ? "" : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onPointerEnter={activate}
      onWheel={activate}
      onTouchStart={activate}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <ZoomControls
          onZoomIn={() => withChart((c) => c.zoomBy(1.5))}
          onZoomOut={() => withChart((c) => c.zoomBy(1 / 1.5))}
          onFitAll={() => withChart((c) => c.fitAll())}
        />
        <LaneToggle value={lanes} onChange={onLanesChange} />
      </div>
      {/* touch: vertical swipes scroll the page, on the static drawing as on the chart (see chart.ts) */}
      {/* the cursor says what a press does: select on a mark (its label, glyph or bar), pan elsewhere */}
      <div ref={plotRef} className="relative w-full cursor-grab touch-pan-y active:cursor-grabbing [&_[data-event-id]]:cursor-pointer"
        onClick={onClick}
        onPointerDownCapture={onPointerDown}
        onPointerUpCapture={onPointerUp}
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
