import { useId, type ReactNode } from "react";
import type { Failure } from "./api";

export const inputClass = "w-full rounded border border-border bg-bg px-2 py-1 text-sm";

/** A labelled field with its hint and, when it has one, its problem (announced to screen readers). */
export function Field({ label, hint, problem, children }: { label: string; hint?: string; problem?: Failure | null; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="grid content-start gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {children(id)}
      {hint && <p className="text-xs text-fg-muted">{hint}</p>}
      {problem && <Problem problem={problem} />}
    </div>
  );
}

export function Problem({ problem }: { problem: Failure }) {
  return (
    <p role="alert" className="text-sm text-danger" data-field={problem.field ?? ""}>
      {problem.error}
    </p>
  );
}
