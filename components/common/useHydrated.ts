"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False on the server and in the hydrating render, true from then on (no effect, no extra render pass). */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
