import { counts, type Counts } from "./counts";
import type { Category, Finding } from "./findings";
import { maximumMatching, type Candidate } from "./matching";

export type Tally = { match: number[]; counts: Counts; findings: Finding[] };

/**
 * Counts hits, misses and false positives of one category from the candidate lists
 * (`candidates[g]`: the predicted items gold item g accepts, best first, ranked by fit). Optional gold items are
 * neither required nor penalised; a predicted item that only duplicates an already-matched
 * required gold item is a false positive, reported as such.
 */
export function tally(
  category: Category,
  gold: readonly { optional?: boolean }[],
  predictedCount: number,
  candidates: readonly (readonly Candidate[])[],
  describeGold: (g: number) => string,
  describePredicted: (p: number) => string,
): Tally {
  const match = maximumMatching(candidates);
  const findings: Finding[] = [];
  let tp = 0;
  let fn = 0;
  match.forEach((p, g) => {
    if (gold[g]!.optional) return;
    if (p >= 0) tp++;
    else {
      fn++;
      findings.push({ type: "miss", category, item: describeGold(g) });
    }
  });
  const matched = new Set(match.filter((p) => p >= 0));
  const firstGoldOf = new Map<number, number>();
  candidates.forEach((cs, g) => cs.forEach(({ p }) => firstGoldOf.has(p) || firstGoldOf.set(p, g)));
  let fp = 0;
  for (let p = 0; p < predictedCount; p++) {
    if (matched.has(p)) continue;
    const g = firstGoldOf.get(p);
    if (g !== undefined && gold[g]!.optional) continue;
    fp++;
    findings.push({
      type: "false-positive",
      category,
      item: describePredicted(p),
      ...(g !== undefined ? { duplicateOf: describeGold(g) } : {}),
    });
  }
  return { match, counts: counts(tp, fp, fn), findings };
}
