import { useEffect, useState, type FocusEvent, type MouseEvent, type PointerEvent, type RefObject } from "react";
import { flushSync } from "react-dom";
import type { Selection } from "@/lib/selection";
import { followTouches, ReleaseSelect, type TimelineChart } from "@/lib/timeline";

type Options = {
  live: boolean;
  chartRef: RefObject<TimelineChart | null>;
  pending: RefObject<((chart: TimelineChart) => void)[]>;
  hostRef: RefObject<HTMLDivElement | null>;
  plotRef: RefObject<HTMLDivElement | null>;
  setWanted(wanted: boolean): void;
  onSelect(sel: Selection): void;
};

/**
 * Before the chart exists, a wheel on the static drawing would scroll the page (and be lost to the
 * chart mounting meanwhile): the chart is mounted in the event and given it. Not passive, to be able
 * to keep the page still; on the plot only, so a wheel on the controls scrolls the page as it did.
 * A touch gesture likewise, and its later events.
 */
function useMountOnGesture({ live, chartRef, plotRef, setWanted }: Options): void {
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
    const onTouchStart = (e: TouchEvent) => {
      if (mounted()) return;
      flushSync(() => setWanted(true));
      const chart = mounted();
      const origin = e.target;
      if (!chart || !origin) return;
      // not cancelled: the plot's `touch-action: pan-y` already keeps pinches and sideways swipes
      // from the page, and leaves it vertical ones (see lib/timeline/live/box.ts)
      chart.takeTouch(e);
      followTouches(origin, chart, mounted);
    };
    plot.addEventListener("wheel", onWheel, { passive: false });
    plot.addEventListener("touchstart", onTouchStart, { passive: true });
    return () => {
      plot.removeEventListener("wheel", onWheel);
      plot.removeEventListener("touchstart", onTouchStart);
    };
  }, [live, chartRef, plotRef, setWanted]);
}

/**
 * The plot's handlers while the static drawing may be under the reader's hand: a click or a release
 * selects like one on the chart, and focus on a static mark moves to the chart's.
 */
export function useStaticHandover(o: Options) {
  const { live, chartRef, pending, hostRef, setWanted, onSelect } = o;
  useMountOnGesture(o);
  const [release] = useState(() => new ReleaseSelect());
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => release.down(e);
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const id = release.up(e, hostRef.current);
    if (id) onSelect({ kind: "event", id });
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    // the click a touch still sends after its release selected
    if (release.echoes(e)) return;
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
  return { onPointerDown, onPointerUp, onClick, onFocus };
}
