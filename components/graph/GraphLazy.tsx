"use client";

import dynamic from "next/dynamic";
import type { GraphProps } from "./Graph";
import { GRAPH_HEIGHT } from "./constants";
import { GraphLegend } from "./GraphLegend";
import { useGraphTheme } from "./useGraphTheme";

/** Reserves the canvas's exact height while vis-network loads, so the page does not shift. */
function GraphPlaceholder() {
  return (
    <div style={{ height: GRAPH_HEIGHT }} className="nl-graph-placeholder grid place-items-center text-sm opacity-70" aria-busy="true">
      Loading the actor graph…
    </div>
  );
}

// vis-network needs a canvas and is heavy: fetched only in the browser, only when the graph is shown.
const Graph = dynamic(() => import("./Graph"), { ssr: false, loading: GraphPlaceholder });

/** The graph as the dashboard and embeds use it: the lazily loaded canvas and its (server-rendered) legend. */
export function GraphLazy(props: GraphProps) {
  const theme = useGraphTheme(props.theme);
  return (
    <figure className="nl-graph-figure flex flex-col gap-2">
      <Graph {...props} />
      <figcaption>
        <GraphLegend analysis={props.analysis} theme={theme} />
      </figcaption>
    </figure>
  );
}

export default GraphLazy;
