/** TempEval-3 style scoring of time expressions, and span-overlap recall of participants. */

export type Span = { start: number; end: number };
export type Timex = Span & { type: string; value: string };

export type TimexCounts = {
  gold: number;
  system: number;
  strictSystem: number; // system mentions whose span equals a gold span
  strictGold: number;
  relaxedSystem: number; // system mentions overlapping a gold mention
  relaxedGold: number;
  matched: number; // gold mentions paired with their best-overlapping system mention
  typeCorrect: number;
  valueCorrect: number;
};

export const emptyCounts = (): TimexCounts => ({
  gold: 0, system: 0, strictSystem: 0, strictGold: 0, relaxedSystem: 0, relaxedGold: 0, matched: 0, typeCorrect: 0, valueCorrect: 0,
});

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/** The system expression overlapping `gold` most, the one its type and value are judged on. */
export function bestMatch<T extends Span>(gold: Span, system: readonly T[]): T | null {
  let best: T | null = null;
  for (const s of system) if (overlap(gold, s) > 0 && (!best || overlap(gold, s) > overlap(gold, best))) best = s;
  return best;
}

export function scoreTimexes(gold: Timex[], system: Timex[], into: TimexCounts): void {
  into.gold += gold.length;
  into.system += system.length;
  for (const s of system) {
    if (gold.some((g) => same(g, s))) into.strictSystem++;
    if (gold.some((g) => overlap(g, s) > 0)) into.relaxedSystem++;
  }
  for (const g of gold) {
    if (system.some((s) => same(g, s))) into.strictGold++;
    const best = bestMatch(g, system);
    if (!best) continue;
    into.relaxedGold++;
    into.matched++;
    if (best.type === g.type) into.typeCorrect++;
    if (best.value === g.value) into.valueCorrect++;
  }
}

export function add(a: TimexCounts, b: TimexCounts): TimexCounts {
  const out = emptyCounts();
  for (const key of Object.keys(out) as (keyof TimexCounts)[]) out[key] = a[key] + b[key];
  return out;
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function figures(c: TimexCounts) {
  const strictP = ratio(c.strictSystem, c.system);
  const strictR = ratio(c.strictGold, c.gold);
  const relaxedP = ratio(c.relaxedSystem, c.system);
  const relaxedR = ratio(c.relaxedGold, c.gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  const typeAccuracy = ratio(c.typeCorrect, c.matched);
  const valueAccuracy = ratio(c.valueCorrect, c.matched);
  return {
    strictP, strictR, strictF1: f1(strictP, strictR),
    relaxedP, relaxedR, relaxedF1,
    typeAccuracy, valueAccuracy,
    typeF1: relaxedF1 * typeAccuracy,
    valueF1: relaxedF1 * valueAccuracy,
  };
}

export type RecallCounts = { gold: number; found: number };

export function scoreRecall(gold: Span[], system: Span[], into: RecallCounts): void {
  into.gold += gold.length;
  for (const g of gold) if (system.some((s) => overlap(g, s) > 0)) into.found++;
}
