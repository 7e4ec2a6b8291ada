/** An event's date as day numbers (see reportedInterval). */
export type Interval = { start: number; end: number };

const WEEK = 7;

// "On Friday", "Friday's summit", "Tuesday evening": a weekday named alone, with no "last" or
// "next", is the nearest such day before or after the article, and the article's tense decides
// which. News often leaves the tense to the reader ("the venue for Friday's summit"), so a report
// dated from a bare weekday may be a week off: the same weekday on the other side of its article's
// date is as good a reading of its words.
const BARE_WEEKDAY =
  /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?$/i;

/**
 * The other reading of a date taken from a bare weekday name: one week later when it was resolved
 * to a day before its article's date, one week earlier when after. Null for any other date, and
 * for a weekday that is the article's own day ("on Tuesday" in Tuesday's paper).
 */
export function weekdayAlternative(
  text: string | undefined,
  interval: Interval | null,
  published: number,
): Interval | null {
  if (!interval || !text || interval.start !== interval.end) return null;
  if (!BARE_WEEKDAY.test(text.trim())) return null;
  if (interval.start === published) return null;
  const shift = interval.start < published ? WEEK : -WEEK;
  return { start: interval.start + shift, end: interval.end + shift };
}

/** Days between two intervals (0 or less when they overlap). */
export const gapOf = (a: Interval, b: Interval) =>
  Math.max(a.start, b.start) - Math.min(a.end, b.end);

/**
 * The gap between two reports' dates, each read as its article gave it or, for a bare weekday, a
 * week the other way; `shifted` when only the other reading brings them close.
 */
export function dateGap(
  a: Interval,
  aAlternative: Interval | null,
  b: Interval,
  bAlternative: Interval | null,
): { gap: number; shifted: boolean } {
  const gap = gapOf(a, b);
  let other = Infinity;
  if (aAlternative) other = Math.min(other, gapOf(aAlternative, b));
  if (bAlternative) other = Math.min(other, gapOf(a, bAlternative));
  return other < gap && gap > 0 ? { gap: other, shifted: true } : { gap, shifted: false };
}
