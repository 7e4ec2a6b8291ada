"use client";

import { useEffect, useRef, useState } from "react";

type Props = { value: string; onChange: (q: string) => void; maxLength: number };

/** Search over labels and text; the URL follows the typing after a short pause, not every key. */
export function SearchBox({ value, onChange, maxLength }: Props) {
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Follow outside changes (Back/Forward, "clear filters") without fighting the user's typing.
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return (
    <div className="flex items-center">
      <label htmlFor="search" className="sr-only">
        Search labels and text
      </label>
      <input
        id="search"
        type="search"
        placeholder="Search…"
        value={draft}
        maxLength={maxLength}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => {
            setSynced(next.trim());
            onChange(next.trim());
          }, 250);
        }}
        className="w-44 rounded border border-border bg-bg px-2 py-1 text-sm sm:w-56"
      />
    </div>
  );
}
