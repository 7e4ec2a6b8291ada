"use client";

import { useState } from "react";

/** Small notices about what the page ignored in its URL; dismissible, never blocking. */
export function Notices({ notices }: { notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (notices.length === 0 || dismissed) return null;
  return (
    <div role="status" className="flex items-start justify-between gap-3 rounded border border-border bg-notice-bg px-3 py-2 text-sm text-notice-fg">
      <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Ignored link parameters">
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)} className="shrink-0 underline">
        Dismiss
      </button>
    </div>
  );
}
