import type { DataSet } from "vis-data/esnext";
import type { Network } from "vis-network/esnext";
import { nodeByLabel, pickOnCanvas, tooltipContent, type CanvasNode, type VisEdge, type VisNode } from "@/lib/graph";
import type { Analysis } from "@/lib/model";
import type { Selection } from "@/lib/selection";
import { fillTooltip, placeBeside } from "./fill-tooltip";

export type NetworkHandle = { network: Network; nodes: DataSet<VisNode, "id">; edges: DataSet<VisEdge, "id"> };

type Point = { x: number; y: number };
type Pointer = { DOM?: Point; canvas?: Point };
type Hit = { kind: "actor" | "relation"; id: string };

/** What the handlers read when they run: the latest props, not those of the first render. */
export type NetworkListener = {
  readonly current: { analysis: Analysis; onSelect(sel: Selection): void; onReady?(): void };
};

/** The visible nodes as drawn on the canvas, for the label hit test of lib/graph's canvas-pick. */
function canvasNodes(network: Network, nodes: DataSet<VisNode, "id">): CanvasNode[] {
  const shown = nodes.get({ filter: (n) => !n.hidden });
  const at = network.getPositions(shown.map((n) => n.id));
  return shown.flatMap((n) => (at[n.id] ? [{ id: n.id, centre: at[n.id]!, radius: n.size, box: network.getBoundingBox(n.id), shift: n.font.vadjust, font: n.font.size }] : []));
}

/** The hover card, shown beside what it describes, never over it: a node's shape and label, or the edge's point under the pointer. */
function tooltipControl(network: Network, container: HTMLElement, tooltip: { readonly current: HTMLDivElement | null }, latest: NetworkListener) {
  const hide = () => {
    if (tooltip.current) tooltip.current.hidden = true;
  };
  const show = ({ kind, id }: Hit, pointer?: Pointer) => {
    const el = tooltip.current;
    const content = tooltipContent(latest.current.analysis, { kind, id });
    if (!el || !content) return hide();
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
  return { show, hide };
}

/**
 * Hover, click and first-draw handlers on a new network; returns what removes the one listener the
 * network does not own (its own go with `network.destroy()`).
 */
export function bindNetworkEvents(
  { network, nodes }: NetworkHandle,
  container: HTMLElement,
  tooltip: { readonly current: HTMLDivElement | null },
  latest: NetworkListener,
  activateActor: (id: string) => void,
): () => void {
  const card = tooltipControl(network, container, tooltip, latest);
  // what is under the pointer: vis-network hovers shapes and edges; a node's label is heard here
  let onLabel: string | null = null;
  const setHover = (hit: Hit | null, pointer?: Pointer) => {
    container.style.cursor = hit ? "pointer" : "";
    if (hit) card.show(hit, pointer);
    else card.hide();
  };
  const onPointerMove = (e: PointerEvent) => {
    const box = container.getBoundingClientRect();
    const dom = { x: e.clientX - box.left, y: e.clientY - box.top };
    const onShape = network.getNodeAt(dom) !== undefined || network.getEdgeAt(dom) !== undefined;
    const id = onShape ? undefined : nodeByLabel(canvasNodes(network, nodes), network.DOMtoCanvas(dom));
    if (id !== undefined && id !== onLabel) setHover({ kind: "actor", id }, { DOM: dom });
    else if (id === undefined && onLabel !== null && !onShape) setHover(null);
    onLabel = id ?? null;
  };
  container.addEventListener("pointermove", onPointerMove);

  network.on("click", (params: { nodes: string[]; edges: string[]; pointer?: Pointer }) => {
    const at = params.pointer?.canvas;
    // the labels are read only when the press is off every shape
    const labels = at && params.nodes.length === 0 ? canvasNodes(network, nodes) : [];
    const hit = pickOnCanvas({ node: params.nodes[0], edge: params.edges[0] }, labels, at);
    if (hit?.kind === "actor") activateActor(hit.id);
    else latest.current.onSelect(hit);
  });
  network.on("hoverNode", (p: { node: string; pointer?: Pointer }) => setHover({ kind: "actor", id: p.node }, p.pointer));
  network.on("hoverEdge", (p: { edge: string; pointer?: Pointer }) => setHover({ kind: "relation", id: p.edge }, p.pointer));
  // leaving a shape for its own label (heard first, as a pointer event) keeps the card
  network.on("blurNode", () => onLabel === null && setHover(null));
  network.on("blurEdge", () => onLabel === null && setHover(null));
  network.on("dragStart", card.hide);
  network.on("zoom", card.hide);
  let drawn = false;
  network.on("afterDrawing", () => {
    if (drawn) return;
    drawn = true;
    latest.current.onReady?.();
  });
  return () => container.removeEventListener("pointermove", onPointerMove);
}
