import type { RealCategory } from "@/tools/eval";

type Floors = Record<RealCategory, Record<"precision" | "recall", number>> & {
  headline: number;
  headlineKind: number;
};

/** Regression floors of the scopes session 30 added to real.test.ts (measured level less a small margin). */
export const FLOORS_S30: Record<
  "dev-r1-9" | "dev-r10a" | "dev-r10b" | "dev-r10c" | "dev-r10f",
  Floors
> = {
  // The 77 dev articles of rounds 1–9, with the floors the whole dev split had before session 30's
  // rounds, raised to just under the figures after session 30's merges (2026.12.10-m8: actors
  // 0.95/0.94, sources 0.86/0.91, dates 0.94/0.99, relations 0.82/0.57, headline 72/77, kind 0.97;
  // before the session 0.94/0.92, 0.83/0.85, 0.94/0.99, 0.81/0.53).
  "dev-r1-9": {
    actors: { precision: 0.94, recall: 0.93 },
    sources: { precision: 0.85, recall: 0.9 },
    dates: { precision: 0.93, recall: 0.98 },
    relations: { precision: 0.81, recall: 0.56 },
    headline: 0.93,
    headlineKind: 0.96,
  },
  // Round 10c alone (session 30c). Fresh, before any change: actors 0.824/0.824, sources 0.563/0.600,
  // dates 1/1, relations 0.25/0.14, headline 1/4, kind 1/1; transfer figure after the verb frames
  // tuned on older dev: relations 0.25/0.14 again; after rules for its own classes of misses:
  // 0.824/0.824, 0.563/0.600, 1/1, relations 1.00/0.43, 1/4, 1/1.
  "dev-r10c": {
    actors: { precision: 0.81, recall: 0.81 },
    sources: { precision: 0.55, recall: 0.59 },
    dates: { precision: 0.99, recall: 0.99 },
    relations: { precision: 0.99, recall: 0.42 },
    headline: 0.24,
    headlineKind: 0.99,
  },
  // Round 10a alone (session 30a): fresh 0.86/0.93, 0.67/0.53, 0.88/1.00, 0.08/0.50, 5/6, 5/5; transfer
  // 0.65/0.53 sources; after its rules 0.86/0.93, 0.76/0.76, 0.88/1.00, 0.08/0.50 (1 of 2 found, 11 extra), 5/6, 5/5.
  // After session 30's merges (2026.12.10-m8): actors 0.86/0.90, sources 0.79/0.79. Actors recall 0.92 →
  // 0.89: session 30e's rule that "Chinese officials said" is a source of its own, not the state (a
  // judgement call it reported), leaves China, named otherwise only in a title, unfound (one miss, read).
  // Session 30i (branch names, the officials' state, the union's descriptions): actors 0.857/0.900 →
  // 0.907/0.975, sources 0.789/0.789 → 0.821/0.842 (China found again; Walmart Chile and Lider named).
  "dev-r10a": {
    actors: { precision: 0.89, recall: 0.96 },
    sources: { precision: 0.81, recall: 0.83 },
    dates: { precision: 0.87, recall: 0.99 },
    relations: { precision: 0.08, recall: 0.5 },
    headline: 0.83,
    headlineKind: 0.99,
  },
  // Round 10b alone (session 30b). Fresh (2026.12.10-m7, gold committed first): actors 0.932/0.854,
  // sources 0.385/0.333, dates 0.947/0.947, relations 0.286/0.286, headline 5/6, kind 5/5. Transfer
  // (after rules made on older dev articles only): the same. After general rules for its own actor
  // misses: actors 0.957/0.917, relations 0.250/0.286 (one more extra), the rest the same.
  "dev-r10b": {
    actors: { precision: 0.95, recall: 0.91 },
    sources: { precision: 0.38, recall: 0.33 },
    dates: { precision: 0.94, recall: 0.94 },
    relations: { precision: 0.24, recall: 0.28 },
    headline: 0.83,
    headlineKind: 0.99,
  },
  // Round 10f alone: fresh, transfer and final figures in the fixtures README.
  "dev-r10f": {
    actors: { precision: 0.93, recall: 0.84 },
    sources: { precision: 0.88, recall: 0.77 },
    dates: { precision: 0.81, recall: 0.98 },
    relations: { precision: 0.31, recall: 0.18 },
    headline: 0.74,
    headlineKind: 0.65,
  },
};
