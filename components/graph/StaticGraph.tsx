"use client";

import { useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from "react";
import { useHydrated } from "@/components/common/useHydrated";
import { type GraphLayout, renderGraph, graphDarkSchemeCss, tooltipContent } from "@/lib/graph";
import type { Analysis } from "@/lib/model";
import type { ItemSets, Selection } from "@/lib/selection";
import { SvgTree } from "@/components/svg/SvgTree";
import { GRAPH_FIT } from "./constants";
import { fillTooltip, placeBeside, type Box } from "./fill-tooltip";
import { staticGraphTree } from "./static-view";

export type StaticGraphProps = {
  analysis: Analysis;
  layout: GraphLayout;
  visibleActors: ReadonlySet<string>;
  visibleRelations: ReadonlySet<string>;
  highlighted: ItemSets;
  selection: Selection;
  focus: string | null;
  onSelect(sel: Selection): void;
  onActivateActor(id: string): void;
  className?: string;
};

/** Width the image is drawn at; the panel scales it (text stays legible from a phone to a wide column). */
export const STATIC_GRAPH_WIDTH = 400;
/** How the drawing fits its layout (see GRAPH_FIT). */
export const STATIC_FIT = GRAPH_FIT;

/**
 * The drawing is made in the light palette only, on the server and in the browser alike; a dark colour
 * scheme recolours it with a style sheet mapping each light colour to its dark counterpart. One drawing
 * instead of one per theme halves the graph's share of the page, and a dark system needs no second
 * render after hydration.
 */
const SCOPE = ".nl-graph-static";
const DARK_CSS = graphDarkSchemeCss(SCOPE);

type Item = { kind: "actor" | "relation"; id: string; el: Element };

function itemAt(target: EventTarget | null, root: Element): Item | null {
  const el = target instanceof Element ? target.closest("[data-actor-id], [data-relation-id]") : null;
  if (!el || !root.contains(el) || !el.closest("svg")) return null;
  const actor = el.getAttribute("data-actor-id");
  if (actor !== null) return { kind: "actor", id: actor, el };
  return { kind: "relation", id: el.getAttribute("data-relation-id")!, el };
}

/**
 * The actor graph as server-rendered SVG from the same seeded layout as the canvas: the graph on
 * first load, before vis-network is fetched. Clicks select an actor (and focus its neighbourhood,
 * as on the canvas) or a relation; hover and keyboard focus show the same hover card, filled with
 * text only; the nodes are one tab stop, arrow keys move between them, Enter or Space selects.
 */
export function StaticGraph(props: StaticGraphProps) {
  const { analysis, layout, visibleActors, visibleRelations, highlighted, selection, focus } = props;
  const hydrated = useHydrated();
  const rootRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const [tabStop, setTabStop] = useState<string | null>(null);

  const shown = useMemo(
    () => ({
      ...analysis,
      actors: analysis.actors.filter((a) => visibleActors.has(a.id)),
      relations: analysis.relations.filter((r) => visibleRelations.has(r.id)),
    }),
    [analysis, visibleActors, visibleRelations],
  );
  const stop = tabStop ?? (selection?.kind === "actor" ? selection.id : null);
  const tree = useMemo(
    () =>
      staticGraphTree(
        renderGraph(shown, layout, { width: STATIC_GRAPH_WIDTH, theme: "light", focus, highlighted, selection, idPrefix: "nl-graph-static", ...STATIC_FIT }),
        stop,
      ),
    [shown, layout, focus, highlighted, selection, stop],
  );

  const hideTooltip = () => {
    if (tooltipRef.current) tooltipRef.current.hidden = true;
  };
  /** Shows the card beside what it describes: a node's shape and label, or the point of an edge under the pointer. */
  const showTooltip = (item: Item, pointer: { x: number; y: number } | null) => {
    const el = tooltipRef.current;
    const root = rootRef.current;
    const content = tooltipContent(analysis, item);
    if (!el || !root || !content) return hideTooltip();
    fillTooltip(el, content);
    el.hidden = false;
    const origin = root.getBoundingClientRect();
    const r = item.kind === "actor" || !pointer ? item.el.getBoundingClientRect() : null;
    const near = 10;
    const box: Box = r
      ? { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top }
      : { left: pointer!.x - origin.left - near, top: pointer!.y - origin.top - near, right: pointer!.x - origin.left + near, bottom: pointer!.y - origin.top + near };
    placeBeside(el, box, { width: root.clientWidth, height: root.clientHeight });
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const item = itemAt(e.target, e.currentTarget);
    if (item?.kind === "actor") props.onActivateActor(item.id);
    else if (item) props.onSelect({ kind: "relation", id: item.id });
    else if (e.target instanceof Element && e.target.closest("svg")) props.onSelect(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const item = itemAt(e.target, e.currentTarget);
    if (item?.kind !== "actor") return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      props.onActivateActor(item.id);
      return;
    }
    const nodes = [...(item.el.closest("svg")?.querySelectorAll<SVGGElement>("g[data-actor-id]") ?? [])];
    const i = nodes.indexOf(item.el as SVGGElement);
    const moves: Record<string, number> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: nodes.length - 1 };
    const next = e.key in moves ? nodes[Math.max(0, Math.min(nodes.length - 1, moves[e.key]!))] : undefined;
    if (!next) return;
    e.preventDefault();
    setTabStop(next.getAttribute("data-actor-id"));
    next.focus();
  };
  const onPointerOver = (e: PointerEvent<HTMLDivElement>) => {
    const item = itemAt(e.target, e.currentTarget);
    if (item) showTooltip(item, { x: e.clientX, y: e.clientY });
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const item = itemAt(e.target, e.currentTarget);
    if (!item) return;
    if (item.kind === "actor") setTabStop(item.id);
    showTooltip(item, null);
  };
  const onLeave = (e: PointerEvent<HTMLDivElement> | FocusEvent<HTMLDivElement>) => {
    const from = itemAt(e.target, e.currentTarget);
    const to = itemAt(e.relatedTarget, e.currentTarget);
    if (from && from.el !== to?.el) hideTooltip();
  };

  return (
    <div
      ref={rootRef}
      className={`nl-graph nl-graph-static relative h-full w-full cursor-grab [&_[data-actor-id]]:cursor-pointer [&_[data-relation-id]]:cursor-pointer ${props.className ?? ""}`}
      data-testid="graph-static"
      // set once hydrated: from then on the drawing takes clicks, hover and keys
      data-hydrated={hydrated ? "true" : undefined}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onPointerOver={onPointerOver}
      onPointerOut={onLeave}
      onFocus={onFocus}
      onBlur={onLeave}
    >
      <style>{DARK_CSS}</style>
      <SvgTree node={tree} rootProps={{ className: "block h-full w-full" }} />
      <div
        ref={tooltipRef}
        role="tooltip"
        hidden
        className="pointer-events-none absolute z-20 max-w-xs rounded border bg-white p-2 text-xs shadow dark:bg-neutral-900"
      />
    </div>
  );
}

export default StaticGraph;
