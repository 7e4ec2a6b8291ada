/** A predicted item a gold item would accept, with how well it fits (higher is better). */
export type Candidate = { p: number; rank: number };

/**
 * A one-to-one matching between gold items and predicted items that first pairs as many items as
 * possible through the best-fitting candidates, then through weaker ones (Kuhn's augmenting paths,
 * run tier by tier). So a weak fit (an actor whose stray mention is "the government") never takes
 * a predicted item from the gold item it names outright, and the number of pairs is still maximal.
 * Returns, for each gold index, its predicted index or -1.
 */
export function maximumMatching(candidates: readonly (readonly Candidate[])[]): number[] {
  const goldOf = new Map<number, number>();
  const predictedOf = candidates.map(() => -1);
  const tryAssign = (g: number, minRank: number, seen: Set<number>): boolean => {
    for (const { p, rank } of candidates[g] ?? []) {
      if (rank < minRank || seen.has(p)) continue;
      seen.add(p);
      const holder = goldOf.get(p);
      if (holder === undefined || tryAssign(holder, minRank, seen)) {
        goldOf.set(p, g);
        predictedOf[g] = p;
        return true;
      }
    }
    return false;
  };
  const tiers = [...new Set(candidates.flatMap((cs) => cs.map((c) => c.rank)))].sort(
    (a, b) => b - a,
  );
  for (const minRank of tiers)
    candidates.forEach((_, g) => {
      if (predictedOf[g] === -1) tryAssign(g, minRank, new Set());
    });
  return predictedOf;
}

/**
 * One-to-one matching of gold items to predicted ones that `accepts`, counted: true positives and
 * misses over the gold items that are not optional, with each miss described.
 */
export function matchGold<G extends { optional?: boolean }>(
  gold: readonly G[],
  predictedCount: number,
  accepts: (g: number, p: number) => boolean,
  describeMiss: (g: G) => string,
): { match: number[]; tp: number; fn: number; misses: string[] } {
  const candidates = gold.map((_, g) =>
    Array.from({ length: predictedCount }, (_, p) => p).flatMap((p) => (accepts(g, p) ? [{ p, rank: 1 }] : [])),
  );
  const match = maximumMatching(candidates);
  let tp = 0;
  const misses: string[] = [];
  match.forEach((p, g) => {
    if (gold[g]!.optional) return;
    if (p >= 0) tp++;
    else misses.push(describeMiss(gold[g]!));
  });
  return { match, tp, fn: misses.length, misses };
}
