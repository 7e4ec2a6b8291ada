"use client";

import { useSyncExternalStore } from "react";
import type { GraphTheme } from "@/lib/graph";

const QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  if (typeof window === "undefined" || !window.matchMedia) return () => {};
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

function systemTheme(): GraphTheme {
  return typeof window !== "undefined" && window.matchMedia?.(QUERY).matches ? "dark" : "light";
}

/** The theme asked for, else the system's; the server and hydration render light. */
export function useGraphTheme(theme?: GraphTheme): GraphTheme {
  const system = useSyncExternalStore(subscribe, systemTheme, () => "light" as const);
  return theme ?? system;
}
