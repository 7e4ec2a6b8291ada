import { DAY } from "./placement";
import type { TimeWindow } from "../types";

/** The narrowest window the timeline shows: zooming stops here. */
export const MIN_SPAN = 2 * DAY;
const PAD_LEFT = 0.06;
/** Labels run to the right of their mark, so the right side gets more room. */
const PAD_RIGHT = 0.14;
const MIN_FIT_SPAN = 7 * DAY;

/**
 * Fit-all domain: every dated time plus the reference date, padded so marks and their labels
 * stay clear of the edges; a single day widens to a week.
 */
export function fitDomain(times: Iterable<number>, referenceT: number): [number, number] {
  let lo = referenceT;
  let hi = referenceT;
  for (const t of times) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  let span = hi - lo;
  if (span < MIN_FIT_SPAN) {
    const grow = (MIN_FIT_SPAN - span) / 2;
    lo -= grow;
    hi += grow;
    span = MIN_FIT_SPAN;
  }
  return [lo - span * PAD_LEFT, hi + span * PAD_RIGHT];
}

/** Milliseconds of an ISO date or date-time (UTC when no zone is given), or null. */
export function parseInstant(s: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?)?$/.test(s)) return null;
  const t = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s.endsWith("Z") ? s : `${s}Z`);
  return Number.isFinite(t) ? t : null;
}

/** A window as a domain, or null if it is malformed or narrower than the minimum span. */
export function windowDomain(w: TimeWindow | null | undefined): [number, number] | null {
  if (!w) return null;
  const from = parseInstant(w.from);
  const to = parseInstant(w.to);
  if (from === null || to === null || to - from < MIN_SPAN / 2) return null;
  return [from, to];
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A domain as the ISO-date window shared in URLs: days widened outwards so the view is kept. */
export function domainWindow([from, to]: readonly [number, number]): TimeWindow {
  const start = Math.floor(from / DAY) * DAY;
  const end = Math.ceil(to / DAY) * DAY;
  return { from: isoDay(start), to: isoDay(Math.max(end, start + DAY)) };
}
