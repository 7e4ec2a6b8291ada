"use client";

import { View } from "@/lib/view";

const LABELS: Record<View, string> = { split: "All views", timeline: "Timeline", graph: "Graph", text: "Text", table: "Tables" };

/** Chooses which views the dashboard shows; each choice is a step in the browser history. */
export function ViewSwitcher({ value, onChange }: { value: View; onChange: (view: View) => void }) {
  return (
    <div role="group" aria-label="View" className="inline-flex flex-wrap overflow-hidden rounded border border-border">
      {View.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={v === value}
          onClick={() => onChange(v)}
          className={`px-2.5 py-1 text-sm sm:px-3 ${v === value ? "bg-accent font-semibold text-accent-fg" : "hover:bg-bg-soft"}`}
        >
          {LABELS[v]}
        </button>
      ))}
    </div>
  );
}
