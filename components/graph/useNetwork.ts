"use client";

import { useEffect, useRef, type RefObject } from "react";
import { DataSet } from "vis-data/esnext";
import { Network } from "vis-network/esnext";
import { diffItems, type VisEdge, type VisNode, networkOptions } from "@/lib/graph";
import type { Selection } from "@/lib/selection";
import { GRAPH_FIT } from "./constants";
import type { GraphView } from "./Graph";
import { bindNetworkEvents, type NetworkHandle, type NetworkListener } from "./network-events";

type Snapshots = { nodes: Map<string, string>; edges: Map<string, string> };
type VisData = { nodes: VisNode[]; edges: VisEdge[] };

/**
 * The vis-network, created once per mount into `canvasRef` with its handlers bound; prop changes
 * only update its DataSets (useNetworkData). `snapshotsRef` holds what the DataSets hold, for the diff.
 */
export function useNetwork(
  canvasRef: RefObject<HTMLDivElement | null>,
  tooltipRef: RefObject<HTMLDivElement | null>,
  latest: NetworkListener,
  activateActor: (id: string) => void,
) {
  const networkRef = useRef<NetworkHandle | null>(null);
  const snapshotsRef = useRef<Snapshots>({ nodes: new Map(), edges: new Map() });
  useEffect(() => {
    const container = canvasRef.current;
    if (!container) return;
    const nodes = new DataSet<VisNode, "id">();
    const edges = new DataSet<VisEdge, "id">();
    const network = new Network(container, { nodes, edges }, networkOptions());
    const handle = { network, nodes, edges };
    networkRef.current = handle;
    const unbind = bindNetworkEvents(handle, container, tooltipRef, latest, activateActor);
    const snaps = snapshotsRef.current;
    return () => {
      unbind();
      network.destroy();
      networkRef.current = null;
      snaps.nodes = new Map();
      snaps.edges = new Map();
    };
  }, [canvasRef, tooltipRef, latest, activateActor]);
  return { networkRef, snapshotsRef };
}

/** Brings the network's DataSets to `data` (only what changed) and shows `selection` on it. */
export function useNetworkData(
  networkRef: RefObject<NetworkHandle | null>,
  snapshotsRef: RefObject<Snapshots>,
  data: VisData,
  selection: Selection,
): void {
  useEffect(() => {
    const current = networkRef.current;
    if (!current) return;
    const n = diffItems(snapshotsRef.current.nodes, data.nodes);
    const e = diffItems(snapshotsRef.current.edges, data.edges);
    // Edges go before the nodes they hang on, and come back after them.
    if (e.removed.length > 0) current.edges.remove(e.removed);
    if (n.removed.length > 0) current.nodes.remove(n.removed);
    if (n.changed.length > 0) current.nodes.update(n.changed);
    if (e.changed.length > 0) current.edges.update(e.changed);
    snapshotsRef.current = { nodes: n.snapshot, edges: e.snapshot };

    const shown = (items: { id: string; hidden: boolean }[], id: string | undefined) =>
      id !== undefined && items.some((x) => x.id === id && !x.hidden) ? [id] : [];
    current.network.setSelection(
      {
        nodes: shown(data.nodes, selection?.kind === "actor" ? selection.id : undefined),
        edges: shown(data.edges, selection?.kind === "relation" ? selection.id : undefined),
      },
      { unselectAll: true, highlightEdges: false },
    );
  }, [networkRef, snapshotsRef, data, selection]);
}

/**
 * Frames what is shown when `frameKey` (the article and the focus) changes, not on every selection:
 * the first time at `latest.current.initialView` when there is one (the static drawing's view), else fitted.
 */
export function useNetworkFraming(
  networkRef: RefObject<NetworkHandle | null>,
  frameKey: string,
  focus: string | null,
  shownIds: string[],
  latest: RefObject<{ initialView?: GraphView | null }>,
): void {
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
    current.network.fit({ nodes: shownIds, maxZoomLevel: GRAPH_FIT.maxScale, animation: focus ? { duration: 300, easingFunction: "easeInOutQuad" } : false });
  }, [networkRef, frameKey, focus, shownIds, latest]);
}
