"use client";

import type { LaneMode } from "@/lib/timeline";

const button =
  "rounded border border-neutral-300 px-2 py-1 hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-offset-2 dark:border-neutral-600 dark:hover:bg-neutral-800";

export function ZoomControls({ onZoomIn, onZoomOut, onFitAll }: { onZoomIn(): void; onZoomOut(): void; onFitAll(): void }) {
  return (
    <div role="group" aria-label="Zoom" className="flex gap-1">
      <button type="button" className={button} onClick={onZoomIn} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" className={button} onClick={onZoomOut} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button type="button" className={button} onClick={onFitAll}>
        Fit all
      </button>
    </div>
  );
}

const LANE_LABELS: Record<LaneMode, string> = { actor: "By actor", certainty: "By certainty" };

export function LaneToggle({ value, onChange }: { value: LaneMode; onChange(l: LaneMode): void }) {
  return (
    <div role="group" aria-label="Lanes" className="flex gap-1">
      {(Object.keys(LANE_LABELS) as LaneMode[]).map((mode) => (
        <button
          key={mode}
          type="button"
          aria-pressed={value === mode}
          className={`${button} ${value === mode ? "bg-neutral-200 font-semibold dark:bg-neutral-700" : ""}`}
          onClick={() => onChange(mode)}
        >
          {LANE_LABELS[mode]}
        </button>
      ))}
    </div>
  );
}
