import {
  addDays,
  addMonths,
  dayPeriod,
  monthPeriod,
  quarterOf,
  quarterPeriod,
  weekPeriod,
  yearPeriod,
  type Day,
  type Period,
} from "./calendar";
import { candidate, dateOf, type Candidate, type Scan } from "./mention";
import { directionAt } from "./tense";
import {
  AMOUNT_PATTERN,
  UNIT_PATTERN,
  amountValue,
  durationValue,
  unitCode,
  type UnitCode,
} from "./words";

/**
 * Stretches of time: "three days" (P3D), "the past decade" (P10Y), "a 27-year contract", "decades-long".
 * "two years ago" and "in three years" (when the clause looks ahead) name a date instead.
 */

const HEDGE =
  "almost|nearly|about|around|roughly|approximately|some|at\\s+least|more\\s+than|less\\s+than|over|under|up\\s+to|just|only|barely";
const FRAME = "the\\s+(?:past|last|next|previous|first|final|coming|following|remaining|preceding)";

const DURATION = new RegExp(
  `\\b(?:(${FRAME})\\s+|(?:${HEDGE})\\s+)?(?:(half\\s+an?)|(${AMOUNT_PATTERN}))(?:\\s+(?:more|straight|consecutive|successive))?\\s+(${UNIT_PATTERN})\\b(\\s+and\\s+a\\s+half\\b)?(?:\\s+(ago|from\\s+now|earlier|later)(?![\\w-]|\\s+than\\b))?`,
  "gi",
);
const COMPOUND = new RegExp(
  `\\b(\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)-(second|minute|hour|day|week|month|year|decade|century)(?:-(?:old|long))?\\b`,
  "gi",
);
// A count left unsaid (TimeML PXY, PXM, …): "for years", "within weeks", "took months", "years of
// losses" ("decades ago", like "several years ago", is a past reference: see vague.ts).
const VAGUE_PLURAL =
  /\b(?:(?:years|decades|months|weeks|days)-long|over\s+the\s+(?:years|decades)|(?<=\b(?:for|within|in|after|take|takes|took|taken|taking|last|lasts|lasted|spent|spend|spends|spending)\s)(?:years|decades|months|weeks|days|hours)(?![-'’])|(?<!\bthe\s)(?:years|decades|months|weeks)(?=\s+of\s+(?!(?:the|a|an|this|that|its|their|his|her)\b)\p{Ll}))\b/giu;

export function shiftedDate(ref: Day, amount: number, unit: UnitCode, sign: 1 | -1): Period | null {
  // "half a century ago", "a century ago": whole years back
  if ((unit === "DE" || unit === "CE") && Number.isInteger(amount * (unit === "DE" ? 10 : 100)))
    return yearPeriod(ref.y + sign * amount * (unit === "DE" ? 10 : 100));
  if (!Number.isInteger(amount)) return null;
  const n = amount * sign;
  switch (unit) {
    case "D":
      return dayPeriod(addDays(ref, n));
    case "W":
      return weekPeriod(addDays(ref, 7 * n));
    case "M": {
      const month = addMonths(ref, n);
      return monthPeriod(month.y, month.m);
    }
    case "Q": {
      const month = addMonths(ref, 3 * n);
      return quarterPeriod(month.y, quarterOf(month));
    }
    case "Y":
      return yearPeriod(ref.y + n);
    default:
      return null;
  }
}

/**
 * "two years ago", "three weeks from now", "in five years": the NewsReader (MEANTIME) convention
 * annotates the stretch ("two years", DURATION P2Y) and leaves the point it reaches to a
 * non-consuming DATE anchored on the creation time; here that point is the mention's `date`, so the
 * timeline still places it. Without a count ("years ago") the point is only PAST_REF / FUTURE_REF.
 */
function countedFromNow(
  scan: Scan,
  [start, stretchEnd, end]: [number, number, number],
  amount: number | null,
  factor: number,
  unit: UnitCode,
  sign: 1 | -1,
): Candidate {
  const period = amount === null ? null : shiftedDate(scan.ref, amount * factor, unit, sign);
  if (!period) return candidate(scan, start, end, "DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF");
  const value = durationValue(amount, unit, factor);
  return {
    ...candidate(scan, start, stretchEnd, "DURATION", value),
    date: dateOf(period, { yearWritten: false }),
  };
}

/** Units a count of which from a day lands on a calendar period. */
const CALENDAR_UNITS = new Set<UnitCode>(["D", "W", "M", "Y", "DE"]);

function durations(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(DURATION)) {
    const start = match.index;
    const end = start + match[0].length;
    const counted = match[2] ? 0.5 : amountValue(match[3] ?? "");
    // "a year and a half": the half follows the unit
    const amount = match[5] && counted !== null ? counted + 0.5 : counted;
    const amountWord = (match[3] ?? "").toLowerCase();
    // "a day when", "an hour" alone: an article plus a unit is a duration only after a hedge or a frame.
    const relation = (match[6] ?? "").toLowerCase();
    if (
      (amountWord === "a" || amountWord === "an") &&
      match[0].toLowerCase().startsWith(amountWord) &&
      !relation &&
      !match[5]
    ) {
      if (
        !/^\s*(?:ago|later|earlier|before|after|of|long|old|and|or|[,.;:])/i.test(
          scan.text.slice(end, end + 8),
        ) &&
        !isMeasured(scan, start)
      )
        continue;
    }
    if (isOrdinalSecond(scan, match[4] ?? "", amountWord, end)) continue;
    const { unit, factor } = unitCode(match[4] ?? "");
    const stretchEnd = start + scan.text.slice(start, end - relation.length).trimEnd().length;
    const sign = relation === "ago" || relation === "earlier" ? -1 : 1;
    const dated = amount !== null && Number.isInteger(amount * factor) && CALENDAR_UNITS.has(unit);
    const anchored = relation === "earlier" || relation === "later";
    if (anchored && !dated) {
      // "several hours later": the stretch (a clock time would need its anchor's hour), its span
      // keeping "later" so that the word is not read again as a vague reference of its own.
      out.push(candidate(scan, start, end, "DURATION", durationValue(amount, unit, factor)));
      continue;
    }
    if (anchored) {
      // "a year earlier", "three days later": counted from the time last mentioned, which the
      // stage's last step resolves (the reference date when nothing came before).
      out.push({ ...candidate(scan, start, end, "DATE", ""), shift: { amount: amount! * factor * sign, unit } });
      continue;
    }
    if (relation) {
      out.push(countedFromNow(scan, [start, stretchEnd, end], amount, factor, unit, sign));
      continue;
    }
    const preposition = scan.text.slice(Math.max(0, start - 3), start).toLowerCase();
    if (
      preposition === "in " &&
      !match[1] &&
      amount !== null &&
      directionAt(scan.text, start, end) > 0 &&
      Number.isInteger(amount * factor)
    ) {
      out.push(countedFromNow(scan, [start, end, end], amount, factor, unit, 1));
      continue;
    }
    out.push(candidate(scan, start, end, "DURATION", durationValue(amount, unit, factor)));
  }
  return out;
}

/**
 * "a second straight week", "the second time": after a single article, "second" is an ordinal when a
 * content word follows it; the unit is followed by punctuation, a relation or a function word ("for a
 * second or two", "a second later").
 */
const AFTER_SECOND_UNIT =
  /^\s*(?:$|[^\s\p{L}]|(?:ago|later|earlier|before|after|or|and|of|to|in|on|at|for|the|that|when|while|longer|more|less|too|as|than|until|now|is|was|it|he|she|they|we|I)\b)/iu;

function isOrdinalSecond(scan: Scan, unitWord: string, amountWord: string, end: number): boolean {
  if (unitWord.toLowerCase() !== "second" || !/^an?$/.test(amountWord)) return false;
  return !AFTER_SECOND_UNIT.test(scan.text.slice(end, end + 12));
}

/** "for a year", "within a week": a measure word before the article. */
function isMeasured(scan: Scan, start: number): boolean {
  return /\b(?:for|within|in|over|after|about|nearly|almost|than|than\s+a|once|twice|half)\s+$/i.test(
    scan.text.slice(Math.max(0, start - 12), start),
  );
}

function compounds(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(COMPOUND)) {
    const { unit, factor } = unitCode(match[2] ?? "");
    out.push(
      candidate(
        scan,
        match.index,
        match.index + match[0].length,
        "DURATION",
        durationValue(amountValue(match[1] ?? ""), unit, factor),
      ),
    );
  }
  for (const match of scan.text.matchAll(VAGUE_PLURAL)) {
    const { unit } = unitCode(/(year|decade|month|week|day|hour)/i.exec(match[0])?.[1] ?? "year");
    out.push(
      candidate(
        scan,
        match.index,
        match.index + match[0].length,
        "DURATION",
        durationValue(null, unit),
      ),
    );
  }
  return out;
}

export function findDurations(scan: Scan): Candidate[] {
  return [...durations(scan), ...compounds(scan)];
}
