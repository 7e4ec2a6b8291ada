import type { RealCategory } from "@/tools/eval";

type Floors = Record<RealCategory, Record<"precision" | "recall", number>> & {
  headline: number;
  headlineKind: number;
};

/** Regression floors of the scopes session 32 added to real.test.ts (measured level less a small margin). */
export const FLOORS_S32: Record<"dev" | "dev-r12", Floors> = {
  // All 113 dev articles, with round 12 (session 32a), fresh (2026.12.10-m8, branch base 352dc15, gold
  // committed first in 105bf12): 0.939/0.918, 0.814/0.841, 0.929/0.983, 0.644/0.493, headline 101/113,
  // kind 97/101, none contradicting. Actors precision 0.94 → 0.93, sources recall 0.84 → 0.83, dates
  // precision 0.93 → 0.92 and kind 0.96 → 0.95 because the round was added, not for a rule; the 105
  // dev articles before it keep the whole split's floors in dev-r1-11 (real.test.ts).
  // Raised at 2026.12.10-m9 (session 32's actor, attribution and relation rules merged; measured
  // 0.949/0.947, 0.840/0.893, 0.929/0.983, 0.758/0.551, headline 101/113, kind 97/101) to keep them.
  dev: {
    actors: { precision: 0.94, recall: 0.94 },
    sources: { precision: 0.83, recall: 0.88 },
    dates: { precision: 0.92, recall: 0.98 },
    relations: { precision: 0.74, recall: 0.54 },
    headline: 0.88,
    headlineKind: 0.95,
  },
  // Round 12 alone (session 32a), a transfer judge left untouched in session 32. Fresh measure
  // (2026.12.10-m8, base 352dc15, gold committed first in 105bf12): actors 0.868/0.868 (33 of 38
  // required found, 5 extra), sources 0.829/0.723 (34 of 47, 7 extra), dates 0.828/0.923 (24 of 26,
  // 5 extra), relations 0.667/0.500 (4 of 8, 2 extra), headline 7/8, kind 6/7, none contradicting.
  "dev-r12": {
    actors: { precision: 0.84, recall: 0.84 },
    sources: { precision: 0.8, recall: 0.7 },
    dates: { precision: 0.8, recall: 0.9 },
    relations: { precision: 0.64, recall: 0.47 },
    headline: 0.85,
    headlineKind: 0.83,
  },
};
