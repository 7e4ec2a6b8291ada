import {
  addDays,
  addMonths,
  centuryPeriod,
  dayPeriod,
  decadePeriod,
  isoDay,
  monthPeriod,
  quarterOf,
  quarterPeriod,
  weekPeriod,
  weekendPeriod,
  yearPeriod,
  type Day,
  type Period,
} from "./calendar";
import { candidate, dateOf, periodMention, type Candidate, type Scan } from "./mention";
import { resolveWeekday } from "./resolve";
import { directionAt } from "./tense";
import { MONTHS, WEEKDAY_PATTERN, WEEKDAYS, durationValue, unitCode } from "./words";

/**
 * Deictic expressions resolved against the reference date: today, last week, this year, Friday morning;
 * "earlier today" is one expression, as "earlier this week" is.
 */

const PART_OF_DAY: Record<string, string> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
};

const DAY_WORDS = new RegExp(
  `\\b(?:(?:earlier|later)\\s+(?=today|tonight))?(today|tonight|yesterday|tomorrow|this|last|${WEEKDAY_PATTERN})(?:\\s+(morning|afternoon|evening|night))?\\b`,
  "gi",
);

function dayWords(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(DAY_WORDS)) {
    const word = (match[1] ?? "").toLowerCase();
    const part = match[2]?.toLowerCase();
    const start = match.index;
    const end = start + match[0].length;
    let day: Day;
    if (word === "today") day = scan.ref;
    else if (word === "tonight") day = scan.ref;
    else if (word === "yesterday") day = addDays(scan.ref, -1);
    else if (word === "tomorrow") day = addDays(scan.ref, 1);
    else if (word === "this" && part && part !== "night") day = scan.ref;
    else if (word === "last" && part === "night") day = addDays(scan.ref, -1);
    else if (word in WEEKDAYS && part && /^[A-Z]/.test(match[1] ?? "")) {
      day = resolveWeekday(scan.ref, WEEKDAYS[word]!, directionAt(scan.text, start, end));
    } else continue;
    const date = dateOf(dayPeriod(day), { yearWritten: false });
    const partCode = word === "tonight" ? "NI" : part ? PART_OF_DAY[part] : undefined;
    out.push(
      candidate(
        scan,
        start,
        end,
        partCode ? "TIME" : "DATE",
        isoDay(day) + (partCode ? `T${partCode}` : ""),
        date,
      ),
    );
  }
  return out;
}

const SHIFTED =
  /\b(?:(later|earlier)\s+)?(this|last|next|past|previous|coming|current|the\s+(?:past|last|next|previous|prior|coming|current)|the\s+(?:very\s+)?(?:beginning|start|end|middle|rest|remainder)\s+of\s+the)\s+(week(?:end)?|month|year|quarter|decade|century|(?:fiscal|financial)\s+year)\b/gi;

const SHIFT: Record<string, number> = {
  this: 0,
  current: 0,
  last: -1,
  past: -1,
  previous: -1,
  prior: -1,
  next: 1,
  coming: 1,
};
/** After "the", these measure a stretch ending or starting now ("the past year" = P1Y); "the previous year" names one. */
const STRETCH = new Set(["past", "last", "next", "coming"]);

function shiftedPeriod(ref: Day, unit: string, shift: number): Period {
  switch (unit) {
    case "week":
      return weekPeriod(addDays(ref, 7 * shift));
    case "weekend":
      return weekendPeriod(addDays(ref, 7 * shift));
    case "month": {
      const month = addMonths(ref, shift);
      return monthPeriod(month.y, month.m);
    }
    case "quarter": {
      const month = addMonths(ref, 3 * shift);
      return quarterPeriod(month.y, quarterOf(month));
    }
    case "decade":
      return decadePeriod(Math.floor(ref.y / 10) * 10 + 10 * shift);
    case "century":
      return centuryPeriod(Math.floor(ref.y / 100) + 1 + shift);
    default:
      return yearPeriod(ref.y + shift);
  }
}

/**
 * "last week", "this year", "later this month", "the beginning of the year". After "the", "past" and
 * "next" measure a stretch of time ("the past year" = P1Y), except for quarters, which news dates.
 */
function shiftedPeriods(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(SHIFTED)) {
    const start = match.index;
    const end = start + match[0].length;
    const head = (match[2] ?? "").toLowerCase().replace(/\s+/g, " ");
    const rawUnit = (match[3] ?? "").toLowerCase().replace(/\s+/g, " ");
    const fiscal = rawUnit.endsWith(" year");
    const unit = fiscal ? "year" : rawUnit;
    const word = head.startsWith("the ") ? head.slice(4) : head;
    if (head.startsWith("the ") && STRETCH.has(word) && unit !== "quarter" && !match[1]) {
      const { unit: code } = unitCode(unit === "weekend" ? "day" : unit);
      out.push(
        candidate(
          scan,
          start,
          end,
          "DURATION",
          unit === "weekend" ? "P2D" : durationValue(1, code),
        ),
      );
      continue;
    }
    const shift = SHIFT[word] ?? 0;
    const period = shiftedPeriod(scan.ref, unit, shift);
    const value = fiscal ? `FY${period.value}` : period.value;
    out.push({ ...periodMention(scan, start, end, period, false), value });
  }
  return out;
}

/** "4 p.m. Tuesday", "noon Monday", "midnight on Friday", "10:30 a.m. today": an hour of a named day, one TIME. */
const HOUR_OF_DAY = new RegExp(
  `\\b(noon|midday|midnight|(\\d{1,2})(?::(\\d\\d))?\\s*([ap])\\.?m\\.?)\\s+(?:on\\s+)?(today|tomorrow|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`,
  "gi",
);

function hoursOfDays(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(HOUR_OF_DAY)) {
    const start = match.index;
    const end = start + match[0].length;
    const dayWord = (match[5] ?? "").toLowerCase();
    if (dayWord in WEEKDAYS && !/^[A-Z]/.test(match[5] ?? "")) continue;
    const day =
      dayWord === "today"
        ? scan.ref
        : dayWord === "yesterday"
          ? addDays(scan.ref, -1)
          : dayWord === "tomorrow"
            ? addDays(scan.ref, 1)
            : resolveWeekday(scan.ref, WEEKDAYS[dayWord]!, directionAt(scan.text, start, end));
    const word = (match[1] ?? "").toLowerCase();
    let clock: string;
    if (word === "noon" || word === "midday") clock = "12:00";
    else if (word === "midnight") clock = "24:00";
    else {
      const hour = Number(match[2]);
      if (hour < 1 || hour > 12) continue;
      const h24 = (hour % 12) + ((match[4] ?? "").toLowerCase() === "p" ? 12 : 0);
      clock = `${String(h24).padStart(2, "0")}:${match[3] ?? "00"}`;
    }
    out.push(candidate(scan, start, end, "TIME", `${isoDay(day)}T${clock}`, dateOf(dayPeriod(day), { yearWritten: false })));
  }
  return out;
}

const MONTH_NAME = "January|February|March|April|May|June|July|August|September|October|November|December";
/** "last December", "next May", "this November", "May last year", "November of next year". */
const SHIFTED_MONTH = new RegExp(
  `\\b(?:([Tt]his|[Ll]ast|[Nn]ext)\\s+(${MONTH_NAME})|(${MONTH_NAME})\\s+(?:of\\s+)?(this|last|next)\\s+year)\\b(?!\\s*\\d)`,
  "g",
);

/**
 * A month named from the reference date: "last December" is the latest December before this month,
 * "next May" the first May after it, "this November" and "November this year" the current year's.
 */
function shiftedMonths(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(SHIFTED_MONTH)) {
    const m = MONTHS[(match[2] ?? match[3] ?? "").toLowerCase()];
    if (!m) continue;
    const { y, m: current } = scan.ref;
    let year: number;
    if (match[1]) {
      const word = match[1].toLowerCase();
      year = word === "last" ? (m < current ? y : y - 1) : word === "next" ? (m > current ? y : y + 1) : y;
    } else year = y + (SHIFT[(match[4] ?? "").toLowerCase()] ?? 0);
    out.push(periodMention(scan, match.index, match.index + match[0].length, monthPeriod(year, m), false));
  }
  return out;
}

/** "0700 GMT", "1430 UTC": a clock time written in four digits before its zone, on the day last mentioned. */
const ZONED_CLOCK = /\b([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|UTC)\b/g;

function zonedClocks(scan: Scan): Candidate[] {
  return [...scan.text.matchAll(ZONED_CLOCK)].map((match) => ({
    ...candidate(scan, match.index, match.index + match[0].length, "TIME", `T${match[1]}:${match[2]}Z`),
    needsDay: true,
  }));
}

export function findRelativeDates(scan: Scan): Candidate[] {
  return [...dayWords(scan), ...shiftedPeriods(scan), ...shiftedMonths(scan), ...hoursOfDays(scan), ...zonedClocks(scan)];
}
