"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { type GraphLayout, neighbourhood, graphFrame } from "@/lib/graph";
import type { GraphProps } from "./Graph";
import { GRAPH_HEIGHT, GRAPH_PANEL_MAX_HEIGHT, MIN_GRAPH_HEIGHT } from "./constants";
import { GraphActorList } from "./GraphActorList";
import { GraphLegend } from "./GraphLegend";
import { STATIC_FIT, STATIC_GRAPH_WIDTH, StaticGraph } from "./StaticGraph";
import { useGraphLayout } from "./useGraphLayout";
import { useGraphSwap } from "./useGraphSwap";
import { useGraphTheme } from "./useGraphTheme";

// vis-network needs a canvas and is heavy (~90 KB gzip): fetched only in the browser, and only when
// someone starts to pan or zoom; until then the static drawing is the graph.
const Graph = dynamic(() => import("./Graph"), { ssr: false, loading: () => null });

export type GraphLazyProps = Omit<GraphProps, "layout" | "initialView" | "onReady" | "controls"> & {
  /** the seeded layout computed with the page; without it the layout is computed in the browser */
  layout?: GraphLayout;
};

/**
 * The graph as the dashboard uses it, enhanced progressively: first the seeded layout drawn as SVG
 * (in the server HTML; selectable, with hover cards and keyboard focus), then, once the pointer
 * enters, drags or wheels over it or "Pan & zoom" is pressed, vis-network replaces it at the same
 * positions and scale. The actor list for keyboard users and the focus button stay across the swap.
 */
export function GraphLazy(props: GraphLazyProps) {
  const { analysis, visibleActors, selection, focus } = props;
  const theme = useGraphTheme(props.theme);
  const layout = useGraphLayout(analysis, props.layout);
  const boxRef = useRef<HTMLDivElement>(null);
  const { phase, view, enhance, onReady, onPressStart, onPressEnd } = useGraphSwap(boxRef, layout, analysis);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const activateActor = useCallback((id: string) => {
    latest.current.onSelect({ kind: "actor", id });
    latest.current.onFocusChange(id);
  }, []);

  const shownActors = useMemo(() => {
    const near = focus ? neighbourhood(analysis, focus, 1).actors : null;
    return new Set(analysis.actors.filter((a) => visibleActors.has(a.id) && (!near || near.has(a.id))).map((a) => a.id));
  }, [analysis, visibleActors, focus]);
  const focusedName = focus ? analysis.actors.find((a) => a.id === focus)?.name : undefined;
  // The panel takes the whole graph's proportions (up to GRAPH_PANEL_MAX_HEIGHT tall), so the drawing fills it
  // from the top on first paint instead of floating in a fixed box with empty space above and below.
  // Of the whole graph, not of what a filter or focus shows: selecting an actor does not resize the panel.
  const frame = useMemo(() => (layout ? graphFrame(analysis, layout, STATIC_GRAPH_WIDTH, STATIC_FIT) : null), [analysis, layout]);
  const boxStyle = frame
    ? { aspectRatio: `${frame.width} / ${Math.round(frame.height)}`, maxHeight: GRAPH_PANEL_MAX_HEIGHT, minHeight: MIN_GRAPH_HEIGHT }
    : { height: GRAPH_HEIGHT };

  return (
    <figure className="nl-graph-figure flex flex-col gap-2">
      <div className="flex min-h-7 flex-wrap items-center justify-between gap-2 text-xs text-fg-muted">
        <p aria-live="polite">
          {phase === "live" ? "Drag to pan, use the wheel or pinch to zoom." : phase === "loading" ? "Loading pan and zoom…" : "Static view — interact to pan and zoom."}
        </p>
        {phase !== "live" && (
          <button type="button" onClick={enhance} disabled={phase !== "static" || !layout} className="rounded border border-border px-2 py-0.5 text-fg">
            Pan &amp; zoom
          </button>
        )}
      </div>
      <div
        ref={boxRef}
        className="relative"
        style={boxStyle}
        onPointerEnter={enhance}
        onPointerDown={enhance}
        onPointerDownCapture={onPressStart}
        onPointerUpCapture={onPressEnd}
        onPointerCancelCapture={onPressEnd}
        onWheel={enhance}
      >
        {phase !== "static" && layout && (
          <Graph {...props} theme={theme} layout={layout} initialView={view} onReady={onReady} controls={false} height="100%" />
        )}
        {phase !== "live" &&
          (layout ? (
            <StaticGraph
              {...props}
              layout={layout}
              onActivateActor={activateActor}
              className="absolute inset-0 z-[1] bg-bg-raised"
            />
          ) : (
            <div className="grid h-full place-items-center text-sm opacity-70" aria-busy="true">
              Laying out the actor graph…
            </div>
          ))}
        {focusedName !== undefined && (
          <button
            type="button"
            onClick={() => latest.current.onFocusChange(null)}
            className="absolute right-2 top-2 z-10 rounded border bg-white px-2 py-1 text-xs dark:bg-neutral-900"
          >
            Show whole graph (now: {focusedName} and neighbours)
          </button>
        )}
        <GraphActorList analysis={analysis} visibleActors={shownActors} selection={selection} onActivate={activateActor} />
      </div>
      <figcaption>
        <GraphLegend analysis={analysis} theme={theme} />
      </figcaption>
    </figure>
  );
}

export default GraphLazy;
