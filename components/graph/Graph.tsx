"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import { DataSet } from "vis-data/esnext";
import { Network } from "vis-network/esnext";
import { describeGraph } from "@/lib/graph/describe";
import { diffItems } from "@/lib/graph/diff";
import { layoutGraph, type GraphLayout } from "@/lib/graph/layout";
import type { GraphTheme } from "@/lib/graph/style";
import { tooltipContent } from "@/lib/graph/tooltip";
import { toVisData, type VisEdge, type VisNode } from "@/lib/graph/vis-data";
import { networkOptions } from "@/lib/graph/vis-options";
import type { Analysis } from "@/lib/model/analysis";
import type { ItemSets, Selection } from "@/lib/selection/types";
import { GRAPH_HEIGHT } from "./constants";
import { fillTooltip, placeBeside } from "./fill-tooltip";
import { GraphActorList } from "./GraphActorList";
import { useGraphTheme } from "./useGraphTheme";

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

type Point = { x: number; y: number };
type Pointer = { DOM?: Point; canvas?: Point };
type Hit = { kind: "actor" | "relation"; id: string };

/**
 * The node whose label (drawn below its shape) is under a canvas point. vis-network hit-tests a node
 * by its shape only, but the reader clicks the words: a node's bounding box holds its label too.
 */
function nodeByLabel(network: Network, nodes: DataSet<VisNode, "id">, at: Point): string | undefined {
  let found: string | undefined;
  for (const id of nodes.getIds({ filter: (n) => !n.hidden }) as string[]) {
    const b = network.getBoundingBox(id);
    if (at.x >= b.left && at.x <= b.right && at.y >= b.top && at.y <= b.bottom) found = id;
  }
  return found;
}

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
  const networkRef = useRef<{ network: Network; nodes: DataSet<VisNode, "id">; edges: DataSet<VisEdge, "id"> } | null>(null);
  const snapshots = useRef({ nodes: new Map<string, string>(), edges: new Map<string, string>() });

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

  useEffect(() => {
    const container = canvasRef.current;
    if (!container) return;
    const nodes = new DataSet<VisNode, "id">();
    const edges = new DataSet<VisEdge, "id">();
    const network = new Network(container, { nodes, edges }, networkOptions());
    networkRef.current = { network, nodes, edges };

    const hideTooltip = () => {
      if (tooltipRef.current) tooltipRef.current.hidden = true;
    };
    /** The card beside what it describes, never over it: a node's shape and label, or the edge's point under the pointer. */
    const showTooltip = ({ kind, id }: Hit, pointer?: Pointer) => {
      const el = tooltipRef.current;
      const content = tooltipContent(latest.current.analysis, { kind, id });
      if (!el || !content) return hideTooltip();
      fillTooltip(el, content);
      el.hidden = false;
      const at = pointer?.DOM ?? { x: 0, y: 0 };
      let box = { left: at.x - 10, top: at.y - 10, right: at.x + 10, bottom: at.y + 10 };
      if (kind === "actor") {
        const b = network.getBoundingBox(id);
        const a = network.canvasToDOM({ x: b.left, y: b.top });
        const z = network.canvasToDOM({ x: b.right, y: b.bottom });
        box = { left: a.x, top: a.y, right: z.x, bottom: z.y };
      }
      placeBeside(el, box, { width: container.clientWidth, height: container.clientHeight });
    };
    // what is under the pointer: vis-network hovers shapes and edges; a node's label is heard here
    let onLabel: string | null = null;
    const setHover = (hit: Hit | null, pointer?: Pointer) => {
      container.style.cursor = hit ? "pointer" : "";
      if (hit) showTooltip(hit, pointer);
      else hideTooltip();
    };
    const onPointerMove = (e: PointerEvent) => {
      const box = container.getBoundingClientRect();
      const dom = { x: e.clientX - box.left, y: e.clientY - box.top };
      const onShape = network.getNodeAt(dom) !== undefined || network.getEdgeAt(dom) !== undefined;
      const id = onShape ? undefined : nodeByLabel(network, nodes, network.DOMtoCanvas(dom));
      if (id !== undefined && id !== onLabel) setHover({ kind: "actor", id }, { DOM: dom });
      else if (id === undefined && onLabel !== null && !onShape) setHover(null);
      onLabel = id ?? null;
    };
    container.addEventListener("pointermove", onPointerMove);

    network.on("click", (params: { nodes: string[]; edges: string[]; pointer?: Pointer }) => {
      const node = params.nodes[0] ?? (params.pointer?.canvas ? nodeByLabel(network, nodes, params.pointer.canvas) : undefined);
      const edge = params.edges[0];
      if (node !== undefined) activateActor(node);
      else if (edge !== undefined) latest.current.onSelect({ kind: "relation", id: edge });
      else latest.current.onSelect(null);
    });
    network.on("hoverNode", (p: { node: string; pointer?: Pointer }) => setHover({ kind: "actor", id: p.node }, p.pointer));
    network.on("hoverEdge", (p: { edge: string; pointer?: Pointer }) => setHover({ kind: "relation", id: p.edge }, p.pointer));
    // leaving a shape for its own label (heard first, as a pointer event) keeps the card
    network.on("blurNode", () => onLabel === null && setHover(null));
    network.on("blurEdge", () => onLabel === null && setHover(null));
    network.on("dragStart", hideTooltip);
    network.on("zoom", hideTooltip);
    let drawn = false;
    network.on("afterDrawing", () => {
      if (drawn) return;
      drawn = true;
      latest.current.onReady?.();
    });

    const snaps = snapshots.current;
    return () => {
      container.removeEventListener("pointermove", onPointerMove);
      network.destroy();
      networkRef.current = null;
      snaps.nodes = new Map();
      snaps.edges = new Map();
    };
  }, [activateActor]);

  useEffect(() => {
    const current = networkRef.current;
    if (!current) return;
    const n = diffItems(snapshots.current.nodes, data.nodes);
    const e = diffItems(snapshots.current.edges, data.edges);
    // Edges go before the nodes they hang on, and come back after them.
    if (e.removed.length > 0) current.edges.remove(e.removed);
    if (n.removed.length > 0) current.nodes.remove(n.removed);
    if (n.changed.length > 0) current.nodes.update(n.changed);
    if (e.changed.length > 0) current.edges.update(e.changed);
    snapshots.current = { nodes: n.snapshot, edges: e.snapshot };

    const shown = (items: { id: string; hidden: boolean }[], id: string | undefined) =>
      id !== undefined && items.some((x) => x.id === id && !x.hidden) ? [id] : [];
    current.network.setSelection(
      {
        nodes: shown(data.nodes, selection?.kind === "actor" ? selection.id : undefined),
        edges: shown(data.edges, selection?.kind === "relation" ? selection.id : undefined),
      },
      { unselectAll: true, highlightEdges: false },
    );
  }, [data, selection]);

  // Frame what is shown when the article or the focus changes, not on every selection.
  const shownIds = useMemo(() => data.nodes.filter((x) => !x.hidden).map((x) => x.id), [data]);
  const frameKey = `${analysis.article.id}|${focus ?? ""}`;
  const framed = useRef("");
  useEffect(() => {
    const current = networkRef.current;
    if (!current || framed.current === frameKey) return;
    const first = framed.current === "";
    framed.current = frameKey;
    const view = latest.current.initialView;
    if (first && view) {
      current.network.moveTo({ position: view.position, scale: view.scale, animation: false });
      return;
    }
    current.network.fit({ nodes: shownIds, maxZoomLevel: 1.5, animation: focus ? { duration: 300, easingFunction: "easeInOutQuad" } : false });
  }, [frameKey, focus, shownIds]);

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
