"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import { describeGraph, layoutGraph, type GraphLayout, type GraphTheme, toVisData } from "@/lib/graph";
import type { Analysis } from "@/lib/model";
import type { ItemSets, Selection } from "@/lib/selection";
import { GRAPH_HEIGHT } from "./constants";
import { GraphActorList } from "./GraphActorList";
import { useGraphTheme } from "./useGraphTheme";
import { useNetwork, useNetworkData, useNetworkFraming } from "./useNetwork";

export type GraphProps = {
  analysis: Analysis;
  visibleActors: ReadonlySet<string>;
  visibleRelations: ReadonlySet<string>;
  highlighted: ItemSets;
  selection: Selection;
  onSelect(sel: Selection): void;
  focus: string | null;
  onFocusChange(id: string | null): void;
  theme?: GraphTheme;
  /** the seeded layout, when the caller has it already (the server computes it for the dashboard) */
  layout?: GraphLayout;
  /** where to look first instead of fitting: the view of the static drawing this canvas replaces */
  initialView?: GraphView | null;
  /** called once the network has drawn for the first time */
  onReady?(): void;
  /** the focus button and the keyboard list of actors; off when the caller draws its own */
  controls?: boolean;
  /** CSS height of the canvas (default GRAPH_HEIGHT px); "100%" fills a box the caller sizes */
  height?: number | string;
};

/** A vis-network view: the canvas point at the centre of the container, and the zoom. */
export type GraphView = { position: { x: number; y: number }; scale: number };

/**
 * The actor graph: vis-network drawing the seeded layout from `lib/graph` with physics off.
 * The network is created once per mount; prop changes only update its DataSets.
 */
export function Graph(props: GraphProps) {
  const { analysis, visibleActors, visibleRelations, highlighted, selection, focus, controls = true, height = GRAPH_HEIGHT } = props;
  const theme = useGraphTheme(props.theme);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);

  // The network's event handlers are bound once; they read the latest props through this ref.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const givenLayout = props.layout;
  const layout = useMemo(() => givenLayout ?? layoutGraph(analysis), [givenLayout, analysis]);
  const data = useMemo(
    () => toVisData(analysis, layout, { theme, visibleActors, visibleRelations, focus, selection, highlighted }),
    [analysis, layout, theme, visibleActors, visibleRelations, focus, selection, highlighted],
  );

  const activateActor = useCallback((id: string) => {
    latest.current.onSelect({ kind: "actor", id });
    latest.current.onFocusChange(id);
  }, []);

  const { networkRef, snapshotsRef } = useNetwork(canvasRef, tooltipRef, latest, activateActor);
  useNetworkData(networkRef, snapshotsRef, data, selection);

  const shownIds = useMemo(() => data.nodes.filter((x) => !x.hidden).map((x) => x.id), [data]);
  useNetworkFraming(networkRef, `${analysis.article.id}|${focus ?? ""}`, focus, shownIds, latest);

  const description = useMemo(
    () => describeGraph(analysis, { actors: new Set(shownIds), relations: new Set(data.edges.filter((x) => !x.hidden).map((x) => x.id)) }, focus),
    [analysis, data, shownIds, focus],
  );
  const focusedName = focus ? analysis.actors.find((a) => a.id === focus)?.name : undefined;

  return (
    <div
      ref={wrapperRef}
      className="nl-graph relative"
      style={{ height }}
      data-theme={theme}
      // vis-network blurs a node only on a pointer move over the canvas: leaving the graph must hide its card too
      onPointerLeave={() => {
        if (tooltipRef.current) tooltipRef.current.hidden = true;
      }}
    >
      <div ref={canvasRef} role="img" aria-label={description} className="h-full w-full" data-testid="graph-canvas" />
      <div
        ref={tooltipRef}
        role="tooltip"
        hidden
        className="pointer-events-none absolute z-20 max-w-xs rounded border bg-white p-2 text-xs shadow dark:bg-neutral-900"
      />
      {controls && focusedName !== undefined && (
        <button
          type="button"
          onClick={() => latest.current.onFocusChange(null)}
          className="absolute right-2 top-2 rounded border bg-white px-2 py-1 text-xs dark:bg-neutral-900"
        >
          Show whole graph (now: {focusedName} and neighbours)
        </button>
      )}
      {controls && <GraphActorList analysis={analysis} visibleActors={new Set(shownIds)} selection={selection} onActivate={activateActor} />}
    </div>
  );
}

export default Graph;
