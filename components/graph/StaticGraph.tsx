"use client";

import { useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from "react";
import type { GraphLayout } from "@/lib/graph/layout";
import { renderGraph } from "@/lib/graph/render";
import type { GraphTheme } from "@/lib/graph/style";
import { tooltipContent } from "@/lib/graph/tooltip";
import type { Analysis } from "@/lib/model/analysis";
import type { ItemSets, Selection } from "@/lib/selection/types";
import { SvgTree } from "@/components/svg/SvgTree";
import { fillTooltip, placeTooltip } from "./fill-tooltip";
import { staticGraphTree } from "./static-view";

export type StaticGraphProps = {
  analysis: Analysis;
  layout: GraphLayout;
  visibleActors: ReadonlySet<string>;
  visibleRelations: ReadonlySet<string>;
  highlighted: ItemSets;
  selection: Selection;
  focus: string | null;
  theme: GraphTheme;
  /** draw both themes and let CSS choose: the server and the hydrating render do not know the system's */
  bothThemes?: boolean;
  onSelect(sel: Selection): void;
  onActivateActor(id: string): void;
  className?: string;
};

/** Width the image is drawn at; the panel scales it (text stays legible from a phone to a wide column). */
export const STATIC_GRAPH_WIDTH = 400;

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
  const { analysis, layout, visibleActors, visibleRelations, highlighted, selection, focus, theme, bothThemes = false } = props;
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
  const variants: { theme: GraphTheme; className: string }[] = bothThemes
    ? [
        { theme: "light", className: "block dark:hidden" },
        { theme: "dark", className: "hidden dark:block" },
      ]
    : [{ theme, className: "block" }];
  const drawn = { analysis: shown, layout, focus, highlighted, selection, tabStop: stop };

  const hideTooltip = () => {
    if (tooltipRef.current) tooltipRef.current.hidden = true;
  };
  const showTooltip = (item: Item, at: { x: number; y: number }) => {
    const el = tooltipRef.current;
    const root = rootRef.current;
    const content = tooltipContent(analysis, item);
    if (!el || !root || !content) return hideTooltip();
    fillTooltip(el, content);
    el.hidden = false;
    placeTooltip(el, at, { width: root.clientWidth, height: root.clientHeight });
  };
  const relative = (x: number, y: number) => {
    const box = rootRef.current!.getBoundingClientRect();
    return { x: x - box.left, y: y - box.top };
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
    if (item) showTooltip(item, relative(e.clientX, e.clientY));
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const item = itemAt(e.target, e.currentTarget);
    if (!item) return;
    if (item.kind === "actor") setTabStop(item.id);
    const box = item.el.getBoundingClientRect();
    showTooltip(item, relative(box.right, box.bottom));
  };
  const onLeave = (e: PointerEvent<HTMLDivElement> | FocusEvent<HTMLDivElement>) => {
    const from = itemAt(e.target, e.currentTarget);
    const to = itemAt(e.relatedTarget, e.currentTarget);
    if (from && from.el !== to?.el) hideTooltip();
  };

  return (
    <div
      ref={rootRef}
      className={`nl-graph nl-graph-static relative h-full w-full [&_[data-actor-id]]:cursor-pointer [&_[data-relation-id]]:cursor-pointer ${props.className ?? ""}`}
      data-testid="graph-static"
      // set once hydrated: from then on the drawing takes clicks, hover and keys
      data-hydrated={bothThemes ? undefined : "true"}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onPointerOver={onPointerOver}
      onPointerOut={onLeave}
      onFocus={onFocus}
      onBlur={onLeave}
    >
      {variants.map((v) => (
        <ThemedDrawing key={v.theme} {...drawn} theme={v.theme} className={`${v.className} h-full w-full`} />
      ))}
      <div
        ref={tooltipRef}
        role="tooltip"
        hidden
        className="pointer-events-none absolute z-20 max-w-xs rounded border bg-white p-2 text-xs shadow dark:bg-neutral-900"
      />
    </div>
  );
}

type DrawingProps = Pick<StaticGraphProps, "analysis" | "layout" | "focus" | "highlighted" | "selection" | "theme"> & {
  tabStop: string | null;
  className: string;
};

/** One theme's drawing, kept while its props last: dropping the other theme once hydrated draws nothing again. */
function ThemedDrawing({ analysis, layout, focus, highlighted, selection, theme, tabStop, className }: DrawingProps) {
  const tree = useMemo(
    () =>
      staticGraphTree(
        renderGraph(analysis, layout, { width: STATIC_GRAPH_WIDTH, theme, focus, highlighted, selection, idPrefix: `nl-graph-static-${theme}` }),
        tabStop,
      ),
    [analysis, layout, theme, focus, highlighted, selection, tabStop],
  );
  return <SvgTree node={tree} rootProps={{ className }} />;
}

export default StaticGraph;
