import type { Analysis } from "../../lib/model";
import type { ActorAlignment } from "./actors";
import { counts, type Counts } from "./counts";
import { occurrences } from "./dates";
import { matchGold } from "./matching";
import type { GoldSource } from "./real-gold";

/**
 * Scores attribution: who is said to say what. Every claim's chain, less the outlet, gives one
 * predicted attribution per source in it. A gold attribution is found when a claim whose evidence
 * holds its sentence names, anywhere in its chain, an actor aligned with the gold speaker. A
 * predicted attribution that no gold attribution accepts is a false positive; so is a claim
 * attributed to someone when the gold says who said it and it is someone else.
 */
export function scoreSources(
  analysis: Analysis,
  gold: readonly GoldSource[],
  actors: ActorAlignment,
): { counts: Counts; misses: string[]; extras: string[] } {
  const text = analysis.article.text;
  const nameOf = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const predicted = analysis.claims.flatMap((c) =>
    c.sources.filter((s) => !actors.outletIds.has(s)).map((s) => ({ claim: c, source: s })),
  );
  const goldSpeaker = gold.map((g) => actors.goldIndexOfName(g.source));
  const inClaim = gold.map((g) => occurrences(text, g.sentence));
  const covers = (g: number, p: number) => {
    const { evidence } = predicted[p]!.claim;
    return inClaim[g]!.some(([s, e]) => s >= evidence.start && e <= evidence.end);
  };
  const accepts = (g: number, p: number) =>
    covers(g, p) &&
    goldSpeaker[g] !== undefined &&
    actors.goldOf.get(predicted[p]!.source) === goldSpeaker[g];
  const { match, tp, fn, misses } = matchGold(gold, predicted.length, accepts, (g) => `${g.source}: "${g.sentence}"`);
  const matched = new Set(match.filter((p) => p >= 0));
  let fp = 0;
  const extras: string[] = [];
  predicted.forEach(({ claim, source }, p) => {
    if (matched.has(p) || gold.some((_, g) => accepts(g, p))) return;
    fp++;
    const said = text.slice(claim.evidence.start, claim.evidence.end).slice(0, 60);
    extras.push(`${nameOf.get(source) ?? source}: "${said}…"`);
  });
  return { counts: counts(tp, fp, fn), misses, extras };
}
