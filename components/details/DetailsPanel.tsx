"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { Analysis } from "@/lib/model";
import type { Selection } from "@/lib/selection";
import { detailsOf } from "./details-of";

type Props = {
  analysis: Analysis;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  /** what the active filters show: an actor's lists keep to it and say how many the filters hide */
  visible?: { events: ReadonlySet<string>; relations: ReadonlySet<string> } | null;
};

/** Below this width the details open as a sheet over the page (DashboardClient), so focus moves into it. */
const SHEET_QUERY = "(max-width: 1023.98px)";

/** The selected item's fields, its evidence quoted from the text, and who said it. */
export function DetailsPanel({ analysis, selection, onSelect, visible = null }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = selection ? `${selection.kind}:${selection.id}` : null;
  useSheetFocus(key, headingRef);
  const { heading, body } = detailsOf(analysis, selection, onSelect, visible);

  return (
    <section aria-labelledby="details-heading" className="flex flex-col gap-3" data-testid="details-panel">
      <div className="flex items-start justify-between gap-2">
        <h2 id="details-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold leading-snug outline-none">
          {heading}
        </h2>
        {selection && (
          <button type="button" onClick={() => onSelect(null)} className="shrink-0 rounded border border-border px-2 py-0.5 text-sm hover:bg-bg-soft">
            Clear <span className="sr-only">selection</span>
            <kbd className="ml-1 text-xs text-fg-muted" aria-hidden="true">
              Esc
            </kbd>
          </button>
        )}
      </div>
      {body}
    </section>
  );
}

/**
 * On a phone the sheet takes focus when something is selected (a screen reader reads its heading),
 * and gives it back to what was tapped when it closes (Escape or Clear). While the sheet is open, the
 * page keeps what is scrolled into view (the next item tapped, the evidence) above it rather than
 * under it (app/globals.css).
 */
function useSheetFocus(key: string | null, headingRef: RefObject<HTMLHeadingElement | null>): void {
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    document.documentElement.classList.toggle("nl-sheet-open", key !== null);
    return () => document.documentElement.classList.remove("nl-sheet-open");
  }, [key]);
  useEffect(() => {
    if (typeof window === "undefined" || !window.matchMedia?.(SHEET_QUERY).matches) return;
    const heading = headingRef.current;
    if (key && heading) {
      const active = document.activeElement;
      if (active instanceof HTMLElement && !heading.closest("section")?.contains(active) && active !== document.body) returnTo.current = active;
      heading.focus({ preventScroll: true });
    } else if (!key && returnTo.current?.isConnected) {
      returnTo.current.focus({ preventScroll: true });
      returnTo.current = null;
    }
  }, [key, headingRef]);
}
