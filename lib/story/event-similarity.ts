import type { ReportFeatures } from "./event-features";

/** Dates further apart than this (in days) are two events, whatever else they share. */
export const MAX_DATE_GAP = 3;
/** The score from which two reports are one event. */
export const SAME_EVENT = 2;

const jaccard = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
};

/**
 * How strongly two reports describe one event: the same or a compatible kind is required, and
 * dates (each as its own article resolved it) more than MAX_DATE_GAP days apart rule it out. Then
 * evidence adds up: the same kind, overlapping dates (a single shared day counts most), shared
 * label words, shared actors, a shared place. Dates a little apart lower the score but do not rule
 * it out, so an article that misdates an event still joins it and the conflict stays visible.
 */
export function eventSimilarity(a: ReportFeatures, b: ReportFeatures): number {
  if (a.group !== b.group) return -Infinity;
  let score = a.event.kind === b.event.kind ? 1 : 0.5;
  if (Boolean(a.event.hypothetical) !== Boolean(b.event.hypothetical)) score -= 0.5;
  if (a.interval && b.interval) {
    const gap = Math.max(a.interval.start, b.interval.start) - Math.min(a.interval.end, b.interval.end);
    if (gap > MAX_DATE_GAP) return -Infinity;
    const pointed = a.interval.start === a.interval.end && b.interval.start === b.interval.end;
    score += gap > 0 ? -0.5 : pointed ? 1.5 : 0.75;
  }
  score += 2 * jaccard(a.words, b.words);
  score += jaccard(a.actors, b.actors);
  for (const p of a.places) if (b.places.has(p)) return score + 0.75;
  return score;
}
