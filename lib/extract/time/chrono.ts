import { casual, type ParsedComponents, type ParsedResult } from "chrono-node";
import {
  addDays,
  dayPeriod,
  isoDay,
  monthPeriod,
  weekPeriod,
  weekdayOf,
  type Day,
  type Period,
} from "./calendar";
import { candidate, dateOf, type Candidate, type Scan } from "./mention";
import { resolveMonth, resolveMonthDay, resolveWeekday } from "./resolve";
import { directionAt } from "./tense";

/**
 * chrono-node for explicit calendar dates, weekdays, ranges and clock times. Its relative and casual
 * parsers ("today", "3 days ago", "next month") are removed: the sibling detectors resolve those with
 * TimeML values, and chrono would otherwise merge them into neighbouring dates.
 */
const KEEP_PARSERS = new Set([
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENWeekdayParser",
  "ENSlashMonthFormatParser",
  "ENTimeExpressionParser",
  "ENYearMonthNameParser",
  "ENMonthNameParser",
]);
const DROP_REFINERS = new Set([
  "ENEndOfPeriodRefiner",
  "ENMergeRelativeAfterDateRefiner",
  "ENMergeRelativeFollowByDateRefiner",
]);

const parser = casual.clone();
parser.parsers = parser.parsers.filter((p) => KEEP_PARSERS.has(p.constructor.name));
parser.refiners = parser.refiners.filter((r) => !DROP_REFINERS.has(r.constructor.name));
// Class names are the only handle chrono gives on its parsers; a bundler that renames classes would
// silently leave none, so fail loudly instead (next.config.js keeps chrono-node external for this).
if (parser.parsers.length !== KEEP_PARSERS.size)
  throw new Error(`chrono-node parsers not found by name (kept ${parser.parsers.length} of ${KEEP_PARSERS.size}); is chrono-node being bundled and minified?`);

/** Cheap test before handing a sentence to chrono: a month or weekday name, a slash or ISO date, a clock time. */
const WORTH_PARSING =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\d[/:]\d|\d-\d\d-\d|\d\s?[ap]\.?m\b|\bnoon\b|\bmidnight\b/;
/** Sentence ends, so that chrono sees short inputs; "Jan. 5" stays whole because a digit does not open a sentence here. */
const SENTENCE_END = /[.!?]["')\]]*\s+(?=["'(\[]?[A-Z])|\n+/g;

const LEADING =
  /^(?:(?:on|in|at|from|since|by|of|during|until|till|through|before|after|for|the)\s+)+/i;
const TRAILING = /(?:[\s,;:–—-]+|\s+of|(?<![\s.][A-Za-z])\.)+$/i;
const MONTH_WORD = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
const WEEKDAY_WORD = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const AMBIGUOUS_MONTHS = /^(?:may|march|jan|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
const MONTH_PREPOSITION =
  /\b(?:in|since|until|till|by|from|through|between|during|of|last|next|this|early|late|mid|end|beginning|start|before|after)[\s-]*$/i;

/** "January and March", "May or June": a month joined to a month just written. */
const AFTER_MONTH =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?,?\s+(?:and|or|to|through|until|till)\s+$/;

/** A clock time is written with minutes, a.m./p.m. or a named hour: "4 a" (as in "iPhone 4 a free case") is not one. */
const CLOCK = /\d:\d\d|\d\s*[ap]\.?m\b\.?|o'clock|noon|midnight/i;

const get = (c: ParsedComponents, key: Parameters<ParsedComponents["get"]>[0]) => c.get(key) ?? 0;

type Resolved = { period: Period; yearWritten: boolean };

/** `rangeYear`: the year written at the end of a range ("June 3 to June 5, 2025") also dates its start. */
function resolveComponents(
  c: ParsedComponents,
  scan: Scan,
  start: number,
  end: number,
  text: string,
  rangeYear?: number,
): Resolved | null {
  const direction = () => directionAt(scan.text, start, end);
  const yearWritten = c.isCertain("year") || rangeYear !== undefined;
  const year = rangeYear ?? get(c, "year");
  if (c.isCertain("month") && c.isCertain("day")) {
    if (yearWritten)
      return { period: dayPeriod({ y: year, m: get(c, "month"), d: get(c, "day") }), yearWritten };
    const period = resolveMonthDay(scan.ref, get(c, "month"), get(c, "day"), direction());
    return period ? { period, yearWritten } : null;
  }
  if (c.isCertain("month")) {
    if (yearWritten) return { period: monthPeriod(year, get(c, "month")), yearWritten };
    return { period: resolveMonth(scan.ref, get(c, "month"), direction()), yearWritten };
  }
  if (c.isCertain("weekday"))
    return {
      period: dayPeriod(weekdayDay(scan.ref, get(c, "weekday"), text, direction)),
      yearWritten,
    };
  return null;
}

function weekdayDay(ref: Day, weekday: number, text: string, direction: () => -1 | 0 | 1): Day {
  // "Friday last week", "Tuesday of next week": that weekday of the calendar week named, not the
  // nearest one ("Friday last week", said on a Sunday, is not the Friday two days before).
  const week = /\b(last|next|this)\s+week\b/i.exec(text)?.[1]?.toLowerCase();
  if (week) {
    const shift = week === "last" ? -7 : week === "next" ? 7 : 0;
    return addDays(weekPeriod(addDays(ref, shift)).start, (weekday + 6) % 7);
  }
  const modifier = /\b(last|past|next|this|coming)\b/i.exec(text)?.[1]?.toLowerCase();
  if (modifier === "last" || modifier === "past")
    return resolveWeekday(addDays(ref, -1), weekday, -1);
  if (modifier === "next" || modifier === "coming")
    return resolveWeekday(addDays(ref, 1), weekday, 1);
  if (modifier === "this") return addDays(weekPeriod(ref).start, (weekday + 6) % 7);
  return resolveWeekday(ref, weekday, direction());
}

function clockValue(c: ParsedComponents, text: string): string {
  const hh = String(get(c, "hour")).padStart(2, "0");
  const mm = String(get(c, "minute")).padStart(2, "0");
  return `T${hh}:${mm}${/\b(?:UTC|GMT|Z)\b/.test(text) ? "Z" : ""}`;
}

/** Trims prepositions and punctuation chrono keeps around a date; null when nothing usable is left. */
function trim(scan: Scan, start: number, end: number): [number, number] | null {
  const raw = scan.text.slice(start, end);
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
  const from = start + lead;
  let to = end - trail;
  if (scan.text[to - 1] === ")" && !scan.text.slice(from, to).includes("(")) to--;
  return to > from ? [from, to] : null;
}

/** A month alone ("May", "March") is often a verb or a modal: keep it only after a preposition or with a year. */
function plausibleMonthAlone(
  scan: Scan,
  start: number,
  text: string,
  c: ParsedComponents,
): boolean {
  if (c.isCertain("day") || c.isCertain("year")) return true;
  const word = MONTH_WORD.exec(text)?.[0].replace(/\.$/, "") ?? "";
  if (!/^[A-Z]/.test(word)) return false;
  if (!AMBIGUOUS_MONTHS.test(word)) return true;
  const before = scan.text.slice(Math.max(0, start - 40), start);
  return MONTH_PREPOSITION.test(before.slice(-16)) || AFTER_MONTH.test(before);
}

/** "the September 11 attacks": a date that names an event keeps the event's year. */
function namedDay(c: ParsedComponents, scan: Scan, end: number): Resolved | null {
  if (c.isCertain("year") || get(c, "month") !== 9 || get(c, "day") !== 11) return null;
  if (!/^(?:th)?,?\s+(?:terror(?:ist)?\s+)?attacks?\b/i.test(scan.text.slice(end, end + 24))) return null;
  return { period: dayPeriod({ y: 2001, m: 9, d: 11 }), yearWritten: false };
}

type Found = Pick<ParsedResult, "index" | "text" | "start"> & { end?: ParsedComponents | null };

function toCandidate(scan: Scan, result: Found, offset: number, yearOfRange?: number): Candidate | null {
  const span = trim(scan, offset + result.index, offset + result.index + result.text.length);
  if (!span) return null;
  const [start, end] = span;
  const text = scan.text.slice(start, end);
  const c = result.start;
  const hasClock = c.isCertain("hour") && CLOCK.test(text);
  const hasMonth = MONTH_WORD.test(text) && c.isCertain("month");
  const hasWeekday = WEEKDAY_WORD.test(text) && c.isCertain("weekday");
  const numeric = /\d{1,4}[/-]\d{1,2}[/-]\d{1,4}|\d{1,2}\/\d{4}/.test(text);
  if (!hasMonth && !hasWeekday && !numeric) {
    return hasClock
      ? { ...candidate(scan, start, end, "TIME", clockValue(c, text)), needsDay: true }
      : null;
  }
  if (hasWeekday && !hasMonth && !/^[A-Z]/.test(WEEKDAY_WORD.exec(text)?.[0] ?? "")) return null;
  if (hasMonth && !plausibleMonthAlone(scan, start, text, c)) return null;
  const rangeYear =
    !c.isCertain("year") && result.end?.isCertain("year")
      ? (result.end.get("year") ?? undefined)
      : !c.isCertain("year")
        ? yearOfRange
        : undefined;
  const resolved = namedDay(c, scan, end) ?? resolveComponents(c, scan, start, end, text, rangeYear);
  if (!resolved) return null;
  const { period, yearWritten } = resolved;
  if (hasClock && period.value.length === 10) {
    return candidate(
      scan,
      start,
      end,
      "TIME",
      period.value + clockValue(c, text),
      dateOf(period, { yearWritten }),
    );
  }
  const endPeriod = result.end ? resolveEnd(result.end, period, scan, start, end, text) : null;
  const date = dateOf(endPeriod ? { ...period, end: endPeriod.end } : period, { yearWritten });
  return candidate(scan, start, end, "DATE", period.value, date);
}

/** The end of a range ("June 3-5", "from Monday to Wednesday"), in the same year as its start unless written. */
function resolveEnd(
  c: ParsedComponents,
  startPeriod: Period,
  scan: Scan,
  start: number,
  end: number,
  text: string,
): Period | null {
  if (c.isCertain("year")) return resolveComponents(c, scan, start, end, text)?.period ?? null;
  const y = startPeriod.start.y;
  if (c.isCertain("month") && c.isCertain("day"))
    return dayPeriod({ y, m: get(c, "month"), d: get(c, "day") });
  if (c.isCertain("day")) return dayPeriod({ y, m: startPeriod.start.m, d: get(c, "day") });
  if (c.isCertain("weekday")) {
    const startDay = startPeriod.start;
    return dayPeriod(addDays(startDay, (get(c, "weekday") - weekdayOf(startDay) + 7) % 7));
  }
  return null;
}

/** The joiner of a range whose second point names its month or weekday: "May 3 to May 5", "Monday through Friday". */
const RANGE_JOINER =
  /(?:\s+(?:to|through|until|till|and)\s+|\s*[-–]\s*)(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)/;

/**
 * A range chrono reads as one result ("May to July 2007") is two points in TimeML, each its own
 * DATE (the range round them is found later, from "from … to"); a year written at the end dates both.
 */
function rangePoints(scan: Scan, result: ParsedResult, offset: number, refInstant: Date): Candidate[] | null {
  if (!result.end) return null;
  const joiner = RANGE_JOINER.exec(result.text);
  if (!joiner) return null;
  const secondFrom = joiner.index + joiner[0].length;
  const parse = (text: string) => parser.parse(text, { instant: refInstant, timezone: 0 }).find((r) => r.index === 0);
  const first = parse(result.text.slice(0, joiner.index));
  const second = parse(result.text.slice(secondFrom));
  if (!first || !second) return null;
  const year = second.start.isCertain("year") ? (second.start.get("year") ?? undefined) : undefined;
  const points = [
    toCandidate(scan, { index: result.index, text: first.text, start: first.start }, offset, year),
    toCandidate(scan, { index: result.index + secondFrom, text: second.text, start: second.start }, offset),
  ];
  return points.filter((p): p is Candidate => p !== null);
}

export function findChronoDates(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const refInstant = new Date(`${isoDay(scan.ref)}T12:00:00Z`);
  let from = 0;
  const flush = (to: number) => {
    const sentence = scan.text.slice(from, to);
    if (WORTH_PARSING.test(sentence)) {
      for (const result of parser.parse(sentence, { instant: refInstant, timezone: 0 })) {
        const points = rangePoints(scan, result, from, refInstant);
        if (points) {
          out.push(...points);
          continue;
        }
        const found = toCandidate(scan, result, from);
        if (found) out.push(found);
      }
    }
  };
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(scan.text); match; match = SENTENCE_END.exec(scan.text)) {
    const to = match.index + match[0].length;
    flush(to);
    from = to;
  }
  flush(scan.text.length);
  return out;
}
