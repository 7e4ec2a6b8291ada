import { namesPersonShot, shareMeans } from "./acts";
import { kindAffinity, type ReportFeatures } from "./event-features";
import { dateGap } from "./event-time";
import { familyAffinity } from "./noun-kinds";
import type { EventKind } from "../model";

/** Two attack reports naming one means of attack. */
export const SAME_MEANS = 0.5;

/** Dates further apart than this (in days) are two events, whatever else they share. */
export const MAX_DATE_GAP = 3;
/**
 * Kinds of event a story holds many of on one day: statements, visits, deliveries of aid, arrests.
 * Two of them on one day that share no word and no actor are two, as likely as one. (An attack,
 * an election, a summit is mostly the only one of its day in a story, and its day says more.)
 */
const MANY_A_DAY = new Set<EventKind>([
  "statement",
  "press_conference",
  "visit",
  "aid",
  "deployment",
  "legal",
  "meeting",
  "talks",
  "other",
]);

/** The score from which two reports are one event. */
export const SAME_EVENT = 2;

/**
 * How rare each word is among the story's reports: a word every report shares ("ukraine") tells
 * little. Actors are weighed alike, as `actorKey(id)`; `rare` is the weight of a word no report has.
 */
export type WordWeights = ((word: string) => number) & { rare?: number };

export const actorKey = (id: string) => `&${id}`;

export function wordWeights(reports: readonly ReportFeatures[]): WordWeights {
  const df = new Map<string, number>();
  const count = (w: string) => df.set(w, (df.get(w) ?? 0) + 1);
  for (const r of reports) {
    for (const w of r.words) count(w);
    for (const a of r.actors) count(actorKey(a));
  }
  const n = reports.length;
  const weights = new Map([...df].map(([w, count]) => [w, Math.log(1 + n / count)]));
  const rare = Math.log(1 + n);
  return Object.assign((w: string) => weights.get(w) ?? rare, { rare });
}

function weightedJaccard(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  weight: WordWeights,
): number {
  let shared = 0;
  let union = 0;
  for (const w of a) {
    const x = weight(w);
    union += x;
    if (b.has(w)) shared += x;
  }
  for (const w of b) if (!a.has(w)) union += weight(w);
  return union > 0 ? shared / union : 0;
}

function containment(
  words: ReadonlySet<string>,
  vocabulary: ReadonlySet<string>,
  weight: WordWeights,
): number {
  let inside = 0;
  let all = 0;
  for (const w of words) {
    all += weight(w);
    if (vocabulary.has(w)) inside += weight(w);
  }
  return all > 0 ? inside / all : 0;
}

/**
 * The actors two reports share, over all they name, each shared one counting as much as it is rare
 * in the story: the country a story is about, in nearly every report, says little of which event
 * two reports are; a minister named in few says much.
 */
function sharedActors(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: WordWeights): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  let both = 0;
  for (const x of a)
    if (b.has(x)) {
      both++;
      shared += weight.rare ? weight(actorKey(x)) / weight.rare : 1;
    }
  return shared / (a.size + b.size - both);
}

/**
 * How strongly two reports describe one event. A compatible kind is required (kindAffinity),
 * and dates (each as its own article resolved it) more than MAX_DATE_GAP days apart rule it out,
 * as does a side meeting against the gathering it is held beside ("bilateral talks" at a summit).
 * Then evidence adds up: overlapping dates (one shared day counts most), shared label words and
 * places weighted by their rarity in the story, shared actors (so weighted too). Dates a little apart lower the
 * score without ruling it out, so an article that misdates an event still joins it and the
 * conflict stays visible. An event first mentioned as a condition ("if a deal is reached") and
 * later reported as done is one event: its history shows the change.
 *
 * With `vocabulary` (the words of the cluster `a` belongs to), the words count as much as `b`'s
 * words are contained in it, when that is more than they share with `a` alone: a vague report
 * ("the summit") joins an event that other reports have named in full. `told` (0 to 1) is a
 * floor on the words' part, from what the sentences of `a`'s cluster say (events.ts).
 */
export function eventSimilarity(
  a: ReportFeatures,
  b: ReportFeatures,
  weight: WordWeights = () => 1,
  vocabulary?: ReadonlySet<string>,
  told = 0,
): number {
  if (a.collective || b.collective || a.side !== b.side) return -Infinity;
  const family = familyAffinity(a.family, b.family);
  const affinity = family === undefined ? kindAffinity(a.kind, b.kind) : family;
  if (affinity === null) return -Infinity;
  if (a.stage && b.stage && a.stage !== b.stage) return -Infinity;
  if (otherSpeakers(a.speakers, b.speakers)) return -Infinity;
  let score = affinity;
  let dated = 0;
  if (a.interval && b.interval) {
    const { gap, shifted } = dateGap(a.interval, a.alternative, b.interval, b.alternative);
    if (gap > MAX_DATE_GAP) return -Infinity;
    const pointed = a.interval.start === a.interval.end && b.interval.start === b.interval.end;
    // a bare weekday read a week the other way: no conflict, and no evidence either
    dated = gap > 0 ? -0.5 : shifted ? 0 : pointed ? 1.25 : 0.75;
    score += dated;
  }
  const shared = weightedJaccard(a.words, b.words, weight);
  const words = Math.max(shared, told, vocabulary ? containment(b.words, vocabulary, weight) : 0);
  score += 2 * words;
  if (sameMeans(a, b)) score += SAME_MEANS;
  // A common actor says little of the catch-all kind, which has no kind to tell it apart, nor of
  // two reports that share no word and no dates: then it counts as much as it is rare.
  const alike = words > 0 || (a.interval !== null && b.interval !== null);
  const actors =
    a.kind === "other" || b.kind === "other" || !alike
      ? sharedActors(a.actors, b.actors, weight)
      : sharedActors(a.actors, b.actors, () => 1);
  // Of a kind a story holds many of in one day, a shared day alone is no evidence (dateOnly).
  if (dated > 0 && words === 0 && actors === 0 && MANY_A_DAY.has(a.kind)) score -= dated;
  return score + actors;
}

function sameMeans(a: ReportFeatures, b: ReportFeatures): boolean {
  if (a.kind !== "attack" || b.kind !== "attack") return false;
  if (namesPersonShot(a.event.label) || namesPersonShot(b.event.label)) return false;
  return shareMeans(a.words, b.words);
}

/**
 * Two statements, each with a known speaker, none shared: "the mayor said in a statement" and "the
 * governor's statement" are two statements, whatever their day. A statement whose speaker its
 * article leaves unsaid can be either.
 */
function otherSpeakers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
