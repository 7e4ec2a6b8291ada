"use client";

import { useCallback, useRef, useState, type RefObject } from "react";
import type { GraphLayout } from "@/lib/graph";
import type { Analysis } from "@/lib/model";
import type { GraphView } from "./Graph";
import { measureView } from "./static-view";

export type GraphPhase = "static" | "loading" | "live";

const STATIC = "[data-testid='graph-static']";

/**
 * The swap from the static drawing in `boxRef` to vis-network: `enhance` starts loading it at the
 * static drawing's view, `onReady` (the network's first draw) shows it. A press on the static
 * drawing keeps it until the release: the browser drops a click whose press target has left the
 * page, so the canvas waits for the click to land on what was pressed.
 */
export function useGraphSwap(boxRef: RefObject<HTMLDivElement | null>, layout: GraphLayout | null, analysis: Analysis) {
  const [phase, setPhase] = useState<GraphPhase>("static");
  const [view, setView] = useState<GraphView | null>(null);

  const enhance = useCallback(() => {
    if (phase !== "static" || !layout) return;
    setView(measureView(boxRef.current?.querySelector<HTMLElement>(STATIC) ?? null, layout, analysis));
    setPhase("loading");
  }, [boxRef, phase, layout, analysis]);

  const pressing = useRef(false);
  const readyWhilePressing = useRef(false);
  const goLive = useCallback(() => {
    // a keyboard user on a static node keeps focus on that actor, in the list that outlives the swap;
    // a node focused by a mouse click does not (the list would open over the graph the user clicked)
    const box = boxRef.current;
    const active = document.activeElement;
    const onStatic = active && box?.querySelector(STATIC)?.contains(active) && active.matches(":focus-visible");
    const id = onStatic ? active.getAttribute("data-actor-id") : null;
    setPhase("live");
    if (id) box?.querySelector<HTMLElement>(`nav button[data-actor-id="${CSS.escape(id)}"]`)?.focus();
  }, [boxRef]);
  const onReady = useCallback(() => {
    if (pressing.current) readyWhilePressing.current = true;
    else goLive();
  }, [goLive]);
  const onPressStart = () => {
    pressing.current = true;
  };
  const onPressEnd = () => {
    pressing.current = false;
    if (!readyWhilePressing.current) return;
    readyWhilePressing.current = false;
    // after the click this release makes
    setTimeout(goLive, 0);
  };
  return { phase, view, enhance, onReady, onPressStart, onPressEnd };
}
