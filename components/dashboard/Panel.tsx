import type { ReactNode } from "react";

/**
 * A titled part of the dashboard. Deliberately not a named landmark: the views inside (the
 * timeline's figure, the graph's) name themselves, and two landmarks of one name confuse.
 */
export function Panel({ id, title, className = "", children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section data-panel={id} className={`flex min-w-0 flex-col gap-2 rounded-lg border border-border bg-bg-raised p-3 ${className}`}>
      <h2 id={`${id}-title`} className="text-sm font-semibold uppercase tracking-wide text-fg-muted">
        {title}
      </h2>
      {children}
    </section>
  );
}
