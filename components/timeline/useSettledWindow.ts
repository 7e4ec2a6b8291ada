import { useEffect, useRef, useState } from "react";
import { type TimeWindow, repacks, sameWindow } from "@/lib/timeline";

/**
 * The window the labels are packed for: the prop, or where the reader's zoom came to rest. `settle`
 * takes a rest (the precise window, the whole-day one for the URL, and the drawing's domain) and
 * reports the day window once; that report coming back as the prop does not move the view.
 */
export function useSettledWindow(windowProp: TimeWindow | null) {
  const [settled, setSettled] = useState<TimeWindow | null>(windowProp);
  const reported = useRef<TimeWindow | null>(null);
  const propFrom = windowProp?.from;
  const propTo = windowProp?.to;
  useEffect(() => {
    const next = propFrom !== undefined && propTo !== undefined ? { from: propFrom, to: propTo } : null;
    // our own report coming back (rounded to days) must not move the view
    if (next && sameWindow(next, reported.current)) return;
    setSettled(next);
  }, [propFrom, propTo]);
  const settle = (precise: TimeWindow, days: TimeWindow, drawn: readonly [number, number] | undefined, report: (w: TimeWindow) => void) => {
    if (repacks(precise, drawn)) setSettled(precise);
    if (!sameWindow(days, reported.current)) {
      reported.current = days;
      report(days);
    }
  };
  return { settled, settle, propFrom, propTo };
}
