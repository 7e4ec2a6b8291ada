"use client";

import { useRef } from "react";
import type { Analysis } from "@/lib/model";
import { messages } from "@/lib/messages";
import type { Selection } from "@/lib/selection";
import { actorKindStyle } from "@/lib/graph";
import { PAGE_SIZE, usePage } from "@/components/common/usePage";

type Props = {
  analysis: Pick<Analysis, "actors" | "relations">;
  visibleActors: ReadonlySet<string>;
  selection: Selection;
  onActivate(id: string): void;
};

/**
 * The canvas cannot take keyboard focus, so the graph's actors are also buttons: hidden until one
 * of them has focus, then shown as a panel over the graph. Relations are reachable by keyboard in
 * the dashboard's relations table. A big graph lists its first actors by mentions (and the selected one),
 * with a button that lists the rest: a thousand hidden buttons would cost the page's first load.
 */
export function GraphActorList({ analysis, visibleActors, selection, onActivate }: Props) {
  const degree = new Map<string, number>();
  for (const r of analysis.relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const actors = analysis.actors
    .filter((a) => visibleActors.has(a.id))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  const page = usePage(actors, (a) => selection?.kind === "actor" && selection.id === a.id);
  const listRef = useRef<HTMLUListElement>(null);
  const showAll = () => {
    page.showAll();
    // the button leaves with the click: focus goes to the first actor it revealed, so the list stays open
    requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLElement>("li > button")[PAGE_SIZE]?.focus());
  };
  return (
    <nav
      aria-label="Actors in the graph"
      className="sr-only focus-within:not-sr-only focus-within:absolute focus-within:left-2 focus-within:top-2 focus-within:z-10 focus-within:max-h-[90%] focus-within:overflow-auto focus-within:rounded focus-within:border focus-within:bg-white focus-within:p-2 focus-within:text-sm focus-within:shadow dark:focus-within:bg-neutral-900"
    >
      <ul ref={listRef}>
        {[...page.rows, ...(page.pinned ? [page.pinned] : [])].map((a) => {
          const n = degree.get(a.id) ?? 0;
          return (
            <li key={a.id}>
              <button
                type="button"
                data-actor-id={a.id}
                aria-pressed={selection?.kind === "actor" && selection.id === a.id}
                onClick={() => onActivate(a.id)}
                className="text-left underline-offset-2 hover:underline focus:underline"
              >
                {a.name} ({actorKindStyle[a.kind].label.toLowerCase()}, {n} {n === 1 ? "relation" : "relations"})
              </button>
            </li>
          );
        })}
      </ul>
      {page.hidden > 0 && (
        <button type="button" onClick={showAll} className="mt-1 underline-offset-2 hover:underline focus:underline">
          {messages.graphListAll(page.total)}
        </button>
      )}
    </nav>
  );
}
