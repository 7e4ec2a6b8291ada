import type { RealCategory } from "@/tools/eval";

export { FLOORS_S30 } from "./real-floors-s30";

type Floors = Record<RealCategory, Record<"precision" | "recall", number>> & {
  headline: number;
  headlineKind: number;
};

/** Regression floors of the scopes session 31 added to real.test.ts (measured level less a small margin). */
export const FLOORS_S31: Record<"dev-r1-10" | "dev-r11", Floors> = {
  // The 97 dev articles of rounds 1–10, with the floors the whole dev split had before round 11 was
  // added (2026.12.10-m8, session 31's base 89ad4f7; measured there 0.947/0.936, 0.836/0.886,
  // 0.938/0.987, 0.663/0.530, headline 86/97, kind 83/86): round 11 lowers the whole split's level,
  // so these keep judging the same 97 articles. The whole split's floors (real.test.ts, `dev`) went
  // just under the 105 articles' level with round 11, fresh (0.943/0.921, 0.813/0.853, 0.937/0.988,
  // 0.643/0.492, headline 94/105, kind 91/94): actors recall 0.93 → 0.91, sources 0.83/0.88 →
  // 0.80/0.84, relations 0.65/0.52 → 0.63/0.48, because the round was added, not for a rule.
  "dev-r1-10": {
    actors: { precision: 0.94, recall: 0.93 },
    sources: { precision: 0.83, recall: 0.88 },
    dates: { precision: 0.93, recall: 0.98 },
    relations: { precision: 0.65, recall: 0.52 },
    headline: 0.88,
    headlineKind: 0.96,
  },
  // Round 11 alone (session 31f), a transfer judge left untouched in session 31. Fresh measure
  // (2026.12.10-m8, base 89ad4f7, gold committed first in ec450de): actors 0.884/0.745 (38 of 51
  // required found, 5 extra), sources 0.514/0.474 (18 of 38, 17 extra), dates 0.931/1.000 (27 of 27,
  // 2 extra), relations 0.333/0.154 (2 of 13, 4 extra), headline 8/8, kind 8/8, none contradicting.
  // Raised at 2026.12.10-m9, after session 32 read the round's misses and wrote rules for their
  // classes (measured 0.923/0.941, 0.705/0.816, 0.931/1.000, 0.571/0.308): no longer a fresh figure.
  "dev-r11": {
    actors: { precision: 0.9, recall: 0.92 },
    sources: { precision: 0.68, recall: 0.8 },
    dates: { precision: 0.91, recall: 0.97 },
    relations: { precision: 0.55, recall: 0.3 },
    headline: 0.87,
    headlineKind: 0.87,
  },
};
