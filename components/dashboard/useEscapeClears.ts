"use client";

import { useEffect } from "react";
import type { ViewState } from "@/lib/view";

/**
 * Escape closes the open disclosure it is pressed in (focus back on its summary); anywhere else but a
 * form field it clears the selection.
 */
export function useEscapeClears(selected: boolean, update: (patch: Partial<ViewState>) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      const open = target?.closest("details[open]");
      if (open) {
        open.removeAttribute("open");
        open.querySelector("summary")?.focus();
        return;
      }
      if (target?.closest("input, textarea, select")) return;
      if (selected) update({ select: null });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [selected, update]);
}
