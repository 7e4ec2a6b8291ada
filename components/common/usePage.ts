"use client";

import { useState } from "react";

/** Rows a table renders at first and adds per "show more": a table of thousands stays a small DOM. */
export const PAGE_SIZE = 100;

export type Page<T> = {
  /** the first rows, in order */
  rows: readonly T[];
  /** the selected row when it lies beyond them: shown after them, so a selection is never hidden */
  pinned: T | null;
  total: number;
  /** rows not rendered (the pinned one counts as rendered) */
  hidden: number;
  showMore(): void;
  showAll(): void;
};

/** A growing first page of `rows`; `isSelected` finds the row to keep on screen wherever it is. */
export function usePage<T>(rows: readonly T[], isSelected: (row: T) => boolean): Page<T> {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const shown = rows.length > limit ? rows.slice(0, limit) : rows;
  let pinned: T | null = null;
  if (shown !== rows) {
    for (let i = limit; i < rows.length; i++) {
      if (isSelected(rows[i]!)) {
        pinned = rows[i]!;
        break;
      }
    }
  }
  return {
    rows: shown,
    pinned,
    total: rows.length,
    hidden: rows.length - shown.length - (pinned ? 1 : 0),
    showMore: () => setLimit((l) => l + PAGE_SIZE),
    showAll: () => setLimit(Infinity),
  };
}
