import {
  addDays,
  compareDays,
  dayPeriod,
  daysBetween,
  lastDayOfMonth,
  monthPeriod,
  weekdayOf,
  type Day,
  type Period,
} from "./calendar";
import type { Direction } from "./tense";

/** Within this many days of the reference date, the nearest reading wins whatever the tense says. */
const NEAR_DAYS = 7;

function distance(period: Period, ref: Day): number {
  if (compareDays(ref, period.start) < 0) return daysBetween(ref, period.start);
  if (compareDays(ref, period.end) > 0) return daysBetween(period.end, ref);
  return 0;
}

/**
 * Picks the year of a yearless period ("January 6", "June", "the spring"): the reading nearest to the
 * reference date, unless the tense points clearly one way and the nearest reading is not close.
 */
export function pickYear(
  ref: Day,
  direction: Direction,
  make: (year: number) => Period | null,
): Period | null {
  const options = [ref.y - 1, ref.y, ref.y + 1].map(make).filter((p): p is Period => p !== null);
  if (options.length === 0) return null;
  const nearest = options.reduce((a, b) => (distance(b, ref) < distance(a, ref) ? b : a));
  if (direction === 0 || distance(nearest, ref) <= NEAR_DAYS) return nearest;
  if (direction < 0) {
    const past = options.filter((p) => compareDays(p.start, ref) <= 0);
    return past.at(-1) ?? nearest;
  }
  return options.find((p) => compareDays(p.end, ref) >= 0) ?? nearest;
}

export function resolveMonthDay(
  ref: Day,
  month: number,
  day: number,
  direction: Direction,
): Period | null {
  return pickYear(ref, direction, (y) =>
    day <= lastDayOfMonth(y, month) ? dayPeriod({ y, m: month, d: day }) : null,
  );
}

export function resolveMonth(ref: Day, month: number, direction: Direction): Period {
  return pickYear(ref, direction, (y) => monthPeriod(y, month)) ?? monthPeriod(ref.y, month);
}

/** A bare weekday: the one of the reference week or the nearest in the direction of the tense. */
export function resolveWeekday(ref: Day, weekday: number, direction: Direction): Day {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(ref) + 7) % 7;
  if (back === 0) return ref;
  if (direction < 0) return addDays(ref, -back);
  if (direction > 0) return addDays(ref, forward);
  return forward < back ? addDays(ref, forward) : addDays(ref, -back);
}
