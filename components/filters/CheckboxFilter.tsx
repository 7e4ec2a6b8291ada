"use client";

import { useEffect, useId, useRef, useState } from "react";
import { messages } from "@/lib/messages";
import { countsText, type FilterOption } from "@/lib/selection";

/** Options listed when the disclosure opens; an article with a thousand actors lists the rest on demand. */
export const OPTIONS_SHOWN = 100;

type Props<V extends string> = {
  legend: string;
  options: readonly FilterOption<V>[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
};

/**
 * A disclosure holding a group of checkboxes; the summary says how many values are chosen. The
 * checkboxes exist only while it is open (a closed disclosure shows none, and a page of a thousand
 * actors would otherwise carry a thousand hidden checkboxes); long lists show their first options and
 * every chosen one, with a button for the rest.
 */
export function CheckboxFilter<V extends string>({ legend, options, selected, onChange }: Props<V>) {
  const id = useId();
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  // opened before hydration (the summary works without JavaScript): list the options now
  useEffect(() => {
    if (ref.current?.open) setOpen(true);
  }, []);
  // A disclosure used as a popover closes when the pointer goes down anywhere else.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (ref.current && e.target instanceof Node && !ref.current.contains(e.target)) ref.current.open = false;
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);
  const chosen = new Set<string>(selected);
  const listed = all || options.length <= OPTIONS_SHOWN ? options : options.filter((o, i) => i < OPTIONS_SHOWN || chosen.has(o.value));
  const showAll = () => {
    setAll(true);
    // the button leaves with the click: focus goes to the first option it revealed
    requestAnimationFrame(() => ref.current?.querySelectorAll<HTMLInputElement>("input[type=checkbox]")[OPTIONS_SHOWN]?.focus());
  };
  const toggle = (value: V) => onChange(chosen.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <details ref={ref} className="group relative" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary
        className={`cursor-pointer list-none rounded border px-2 py-1 text-sm select-none hover:bg-bg-soft ${
          selected.length > 0 ? "border-accent font-semibold" : "border-border"
        }`}
      >
        {legend}
        {selected.length > 0 ? ` (${selected.length})` : ""} <span aria-hidden="true">▾</span>
      </summary>
      <fieldset className="absolute left-0 z-20 mt-1 max-h-80 w-64 overflow-y-auto max-sm:fixed max-sm:inset-x-4 max-sm:w-auto rounded border border-border bg-bg-raised p-2 shadow-lg">
        <legend className="sr-only">{legend}</legend>
        {options.length === 0 && <p className="text-sm text-fg-muted">No values in this article.</p>}
        {open && listed.map((o, i) => (
          <div key={o.value} className="flex items-center gap-2 py-0.5 text-sm">
            <input id={`${id}-${i}`} type="checkbox" checked={chosen.has(o.value)} onChange={() => toggle(o.value)} className="size-4 accent-accent" />
            <label htmlFor={`${id}-${i}`} className="flex-1 cursor-pointer">
              {o.label}
              {o.counts && countsText(o.counts) && <span className="text-fg-muted">: {countsText(o.counts)}</span>}
            </label>
          </div>
        ))}
        {open && listed.length < options.length && (
          <button type="button" className="mt-1 block text-sm text-accent hover:underline" onClick={showAll}>
            {messages.filterShowAll(options.length)}
          </button>
        )}
        {selected.length > 0 && (
          <button type="button" className="mt-1 text-sm text-accent hover:underline" onClick={() => onChange([])}>
            Clear {legend.toLowerCase()}
          </button>
        )}
      </fieldset>
    </details>
  );
}
