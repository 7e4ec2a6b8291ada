import { useEffect, useRef, useState } from "react";
import { useHydrated } from "@/components/common/useHydrated";
import type { Analysis } from "@/lib/model";
import type { Selection } from "@/lib/selection";
import type { LaneMode, TimelineChart } from "@/lib/timeline";

/** What the static drawing shows: the state it was served with. */
export type Shown = {
  analysis: Analysis;
  visible: ReadonlySet<string>;
  highlighted: ReadonlySet<string>;
  selection: Selection;
  lanes: LaneMode;
  from?: string;
  to?: string;
};

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a === b || (a.size === b.size && [...a].every((x) => b.has(x)));
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
 * When the live chart replaces the static drawing (see `Timeline`): `live` once the reader reaches for
 * the timeline (`activate`, `withChart`) or the props ask for something the static drawing does not
 * show; at once on a client-side navigation. `pending` holds what waits for the chart's first draw.
 */
export function useSwap(shown: Shown) {
  const { analysis, visible, highlighted, selection, lanes, from, to } = shown;
  const chartRef = useRef<TimelineChart | null>(null);
  /** what waits for the chart: a zoom button pressed, the mark that had focus in the static drawing */
  const pending = useRef<((chart: TimelineChart) => void)[]>([]);
  const [wanted, setWanted] = useState(false);
  // false only while hydrating server HTML: a client-side navigation mounts the chart straight away
  const client = useHydrated();
  const [hydratedWithStatic] = useState(() => !client);
  const live = wanted || !hydratedWithStatic;

  // the static drawing shows the state it was served with; anything else asks for the live chart
  const served = useRef<Shown>(shown);
  useEffect(() => {
    if (live) return;
    // the static markup cannot show the new state
    if (!sameShown(served.current, { analysis, visible, highlighted, selection, lanes, from, to })) setWanted(true);
  }, [live, analysis, visible, highlighted, selection, lanes, from, to]);

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
  return { chartRef, pending, live, hydratedWithStatic, setWanted, activate, withChart };
}
