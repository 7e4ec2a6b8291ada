import {
  addDays,
  dayPeriod,
  monthPeriod,
  quarterOf,
  quarterPeriod,
  weekPeriod,
  weekdayOf,
  weekendPeriod,
  yearPeriod,
  type Day,
} from "./calendar";
import { candidate, periodMention, type Candidate, type Scan } from "./mention";
import { pickYear } from "./resolve";
import { unitCode } from "./words";
import { directionAt } from "./tense";

/**
 * Named days and anaphoric days: holidays ("Christmas 2008", "Easter"), "year-end", and days counted
 * from the day last mentioned ("the next day", "the previous day"), which the stage's last step dates.
 */

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451) + 114) / 31);
  const d = ((h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451) + 114) % 31) + 1;
  return { y, m, d };
}

function thanksgiving(y: number): Day {
  const first = { y, m: 11, d: 1 };
  return addDays(first, ((4 - weekdayOf(first) + 7) % 7) + 21);
}

const HOLIDAYS: [RegExp, (y: number) => Day][] = [
  [/^christmas\s+eve$/i, (y) => ({ y, m: 12, d: 24 })],
  [/^christmas(?:\s+day)?$/i, (y) => ({ y, m: 12, d: 25 })],
  [/^new\s+year's\s+eve$/i, (y) => ({ y, m: 12, d: 31 })],
  [/^new\s+year's(?:\s+day)?$/i, (y) => ({ y, m: 1, d: 1 })],
  [/^halloween$/i, (y) => ({ y, m: 10, d: 31 })],
  [/^valentine's\s+day$/i, (y) => ({ y, m: 2, d: 14 })],
  [/^thanksgiving(?:\s+day)?$/i, thanksgiving],
  [/^easter(?:\s+sunday)?$/i, easter],
];

const HOLIDAY =
  /\b(Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year's\s+(?:Eve|Day)|Halloween|Valentine's\s+Day|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?)(?![\w'’-])(?:\s+((?:19|20)\d\d)(?![\w%]))?/g;

/**
 * The market crashes named by their weekday: "Black Monday" (19 October 1987), "Black Tuesday"
 * (29 October 1929), "Black Thursday" (24 October 1929). "A new Black Monday" names no date.
 */
const NAMED_CRASH = /(?<!\b(?:a|another|new|its|their|second)\s)\bBlack\s+(Monday|Tuesday|Thursday)\b/g;
const CRASH_DAYS: Record<string, Day> = {
  Monday: { y: 1987, m: 10, d: 19 },
  Tuesday: { y: 1929, m: 10, d: 29 },
  Thursday: { y: 1929, m: 10, d: 24 },
};

function holidays(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(NAMED_CRASH)) {
    const day = CRASH_DAYS[match[1] ?? ""];
    if (day) out.push(periodMention(scan, match.index, match.index + match[0].length, dayPeriod(day), true));
  }
  for (const match of scan.text.matchAll(HOLIDAY)) {
    const name = match[1] ?? "";
    const dayOf = HOLIDAYS.find(([pattern]) => pattern.test(name))?.[1];
    if (!dayOf) continue;
    const start = match.index;
    const end = start + match[0].length;
    const year = match[2] ? Number(match[2]) : null;
    const period =
      year !== null
        ? dayPeriod(dayOf(year))
        : pickYear(scan.ref, directionAt(scan.text, start, end), (y) => dayPeriod(dayOf(y)));
    if (period) out.push(periodMention(scan, start, end, period, year !== null));
  }
  return out;
}

const YEAR_END =
  /\b(?:the\s+)?(?:year[-\s]end|end[-\s]of[-\s](?:the[-\s])?year)\b(?![-\s]+(?:results|report|bonus))/gi;

function yearEnd(scan: Scan): Candidate[] {
  return [...scan.text.matchAll(YEAR_END)].map((match) =>
    periodMention(scan, match.index, match.index + match[0].length, yearPeriod(scan.ref.y), false),
  );
}

const SHIFTS: Record<string, number> = {
  previous: -1,
  next: 1,
  following: 1,
  same: 0,
  before: -1,
  after: 1,
};
const ANAPHORIC_DAY =
  /\b(?:the|that)\s+(?:(previous|next|following|same)\s+day|day\s+(before|after))\b(?!\s+(?:yesterday|tomorrow))|\bthat\s+day\b(?!\s+(?:when|of)\b)/gi;

/** "the day before yesterday", "the day after tomorrow": two days from the reference date. */
const TWO_DAYS = /\bthe\s+day\s+(before\s+yesterday|after\s+tomorrow)\b/gi;

function twoDaysAway(scan: Scan): Candidate[] {
  return [...scan.text.matchAll(TWO_DAYS)].map((match) => {
    const shift = /^before/i.test(match[1] ?? "") ? -2 : 2;
    const period = dayPeriod(addDays(scan.ref, shift));
    return periodMention(scan, match.index, match.index + match[0].length, period, false);
  });
}

function anaphoricDays(scan: Scan): Candidate[] {
  return [...scan.text.matchAll(ANAPHORIC_DAY)].map((match) => ({
    ...candidate(scan, match.index, match.index + match[0].length, "DATE", ""),
    dayShift: SHIFTS[(match[1] ?? match[2] ?? "").toLowerCase()] ?? 0,
  }));
}

const ANAPHORIC_PERIOD =
  /\b(?:the|that)\s+(?:following\s+(week|month|year)|(week|month|year)\s+(before|after|earlier|later)(?!\s+(?:the|a|an|his|her|its|their|that|this|last|next)\b|\s+[A-Z\d]|-))\b/gi;

/** "that year", "the same month": the period of the time last mentioned. */
const SAME_PERIOD = /\b(?:[Tt]hat|[Tt]he\s+same)\s+(week|month|quarter|year)\b(?!\s+(?:when|of|as|that)\b|-)/gi;

/**
 * "the year-earlier quarter", "the year-ago period", "the same period last year", "the same quarter a
 * year earlier": a year before the time last mentioned.
 */
const YEAR_EARLIER =
  /\bthe\s+(?:year[-\s](?:earlier|ago|before)|prior[-\s]year|previous[-\s]year)\s+(?:period|quarter|month|week)\b|\bthe\s+same\s+(?:period|quarter|month|week)\s+(?:(?:of|in)\s+)?(?:last\s+year|the\s+(?:previous|prior|last)\s+year|a\s+year\s+(?:earlier|ago|before))\b/gi;

/** A date `amount` periods away from the time last mentioned, which the stage's last step resolves. */
const shiftedFromLast = (scan: Scan, match: RegExpMatchArray, amount: number, unit: string): Candidate => ({
  ...candidate(scan, match.index!, match.index! + match[0].length, "DATE", ""),
  shift: { amount, unit: unitCode(unit).unit },
});

/** "that year" (the period last mentioned), "the year-earlier quarter", "the following year", "the month before". */
function anaphoricPeriods(scan: Scan): Candidate[] {
  return [
    ...[...scan.text.matchAll(SAME_PERIOD)].map((m) => shiftedFromLast(scan, m, 0, m[1] ?? "year")),
    ...[...scan.text.matchAll(YEAR_EARLIER)].map((m) => shiftedFromLast(scan, m, -1, "year")),
    ...[...scan.text.matchAll(ANAPHORIC_PERIOD)].map((m) =>
      shiftedFromLast(scan, m, /^(?:before|earlier)$/i.test(m[3] ?? "") ? -1 : 1, m[1] ?? m[2] ?? "year"),
    ),
  ];
}

/**
 * "in the morning", "at noon", "by midnight": a part or an hour of the day last mentioned (the
 * stage's last step gives it its day). The preposition stays outside the span, as in TimeML. With
 * its day after it ("at noon Monday", "by midnight on Friday") it is chrono's, whole.
 */
const PART_OF_DAY = /(?<=\b(?:in|during|through|throughout)\s)the\s+(?:(?:early|late|mid)[-\s]+)?(morning|afternoon|evening)\b(?!\s+of\b)|(?<=\b(?:at|by|around|until|till|before|after|about|near|from|past|since)\s)(noon|midday|midnight)\b(?!\s+(?:on\s+)?(?:\p{Lu}|\d|today|tomorrow|yesterday|tonight))/giu;
const PART_CODE: Record<string, string> = { morning: "TMO", afternoon: "TAF", evening: "TEV", noon: "T12:00", midday: "T12:00", midnight: "T24:00" };

function partsOfDay(scan: Scan): Candidate[] {
  return [...scan.text.matchAll(PART_OF_DAY)].map((match) => ({
    ...candidate(scan, match.index, match.index + match[0].length, "TIME", PART_CODE[(match[1] ?? match[2] ?? "").toLowerCase()] ?? "TMO"),
    needsDay: true,
  }));
}

/**
 * "over the weekend": the weekend just past, or the coming one when the clause looks ahead; on a
 * Saturday or Sunday, that weekend.
 */
function nearestWeekend(scan: Scan, start: number, end: number) {
  const weekday = weekdayOf(scan.ref);
  if (weekday === 0 || weekday === 6) return weekendPeriod(scan.ref);
  return weekendPeriod(directionAt(scan.text, start, end) > 0 ? scan.ref : addDays(scan.ref, -7));
}

/**
 * "for the year", "in the quarter", "on the day", "earlier in the week": the period under
 * discussion, in news the current one.
 */
const CURRENT_PERIOD =
  /(?:(?<=\b(?:[Ff]or|[Dd]uring|[Oo]n|[Ii]n|[Oo]ver|[Tt]hroughout)\s)|(?<=\bat\s)(?=the\s+weekend)|\b(?:earlier|later)\s+in\s+)the\s+(day|week(?:end)?|month|quarter|year)\b(?!\s*\d|-|\s+(?:before|after|earlier|later|ago|when|that|of)\b)/g;
/**
 * The same in market reports: "the biggest fall of the day", "the end of the week", "the day's
 * losses", "shares ended the day lower".
 */
const REPORTED_PERIOD = /\b[Tt]he\s+(day|week|month|year)\b/g;
const REPORTED_BEFORE =
  /(?:\b(?:end|start|beginning|close|rest|remainder|middle)\s+of|\b(?:the|its|their|his|her)\s+(?:\p{L}{2,}est|best|worst|first|last|only|most\s+\p{L}+)\s+\p{L}+(?:\s+\p{L}+)?\s+of|\b(?:ended|ending|ends|closed|closing|finished|started|began|opened|end|close|finish|start|begin|open))\s$/u;
const REPORTED_AFTER = /^(?!-|\s+(?:before|after|earlier|later|ago|when|that|of)\b)/;

/** A match of REPORTED_PERIOD that is one: a day or week after its cue, or any period before "'s" and a noun. */
function isReported(scan: Scan, match: RegExpMatchArray): boolean {
  const start = match.index!;
  const end = start + match[0].length;
  if (/^['’]s\s+\p{Ll}/u.test(scan.text.slice(end, end + 4))) return true;
  if (!/^(?:day|week)$/.test(match[1] ?? "")) return false;
  return REPORTED_BEFORE.test(scan.text.slice(Math.max(0, start - 40), start)) && REPORTED_AFTER.test(scan.text.slice(end, end + 12));
}

function currentPeriods(scan: Scan): Candidate[] {
  const reported = [...scan.text.matchAll(REPORTED_PERIOD)].filter((m) => isReported(scan, m));
  return [...scan.text.matchAll(CURRENT_PERIOD), ...reported].map((match) => {
    const start = match.index;
    const end = start + match[0].length;
    const unit = match[1] ?? "day";
    if (unit === "day") return { ...candidate(scan, start, end, "DATE", ""), dayShift: 0 };
    if (unit === "weekend") return periodMention(scan, start, end, nearestWeekend(scan, start, end), false);
    // "for the quarter" after "the third quarter" is that quarter (see the stage's last step)
    if (unit === "quarter") return shiftedFromLast(scan, match, 0, "quarter");
    const period =
      unit === "week"
        ? weekPeriod(scan.ref)
        : unit === "month"
          ? monthPeriod(scan.ref.y, scan.ref.m)
          : unit === "quarter"
            ? quarterPeriod(scan.ref.y, quarterOf(scan.ref))
            : yearPeriod(scan.ref.y);
    return periodMention(scan, start, end, period, false);
  });
}

export function findNamedDays(scan: Scan): Candidate[] {
  return [...holidays(scan), ...yearEnd(scan), ...anaphoricDays(scan), ...twoDaysAway(scan), ...anaphoricPeriods(scan), ...currentPeriods(scan), ...partsOfDay(scan)];
}
