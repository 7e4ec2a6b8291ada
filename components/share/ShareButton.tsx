"use client";

import { useState } from "react";
import { messages } from "@/lib/messages";

type Props = {
  /** the canonical query of the whole view, and of the selection alone (null when nothing is selected) */
  viewQuery: string;
  selectionQuery: string | null;
};

/** Copies a link to the current view, or to the current selection only. */
export function ShareButton({ viewQuery, selectionQuery }: Props) {
  const [status, setStatus] = useState<{ text: string; link: string | null } | null>(null);
  const copy = async (query: string) => {
    const link = `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ""}`;
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ text: messages.shareCopied, link: null });
    } catch {
      setStatus({ text: messages.shareCopyFailed, link });
    }
  };
  return (
    <div className="relative flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => copy(viewQuery)} className="rounded bg-accent px-3 py-1 text-sm font-semibold text-accent-fg hover:opacity-90">
        Share view
      </button>
      {selectionQuery !== null && (
        <button type="button" onClick={() => copy(selectionQuery)} className="rounded border border-border px-3 py-1 text-sm hover:bg-bg-soft">
          Link to this selection only
        </button>
      )}
      <span role="status" className="text-sm text-fg-muted">
        {status?.text}
      </span>
      {status?.link && (
        <input
          readOnly
          aria-label="Link to copy"
          value={status.link}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded border border-border bg-bg px-2 py-1 text-xs"
        />
      )}
    </div>
  );
}
