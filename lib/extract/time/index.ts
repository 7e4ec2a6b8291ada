/**
 * The time stage: every temporal expression of a text, with its TIMEX3 type and ISO-TimeML value
 * resolved against the reference date, and its calendar interpretation for the timeline.
 *
 *   detectors (chrono dates · relative · named days · quarters · seasons · years · sets · durations · vague)
 *     → select (longest non-overlapping) → modifiers ("early 2009")
 *     → anchored days ("at 18:00", "the next day" take the day last mentioned)
 *     → ranges ("from 2009 to 2011": each point carries the DURATION written round it)
 */
import { addDays, halfPeriod, isoDay, monthPeriod, parseDay, quarterPeriod } from "./calendar";
import { findChronoDates } from "./chrono";
import { findDurations, shiftedDate } from "./durations";
import { findDayPairs } from "./lists";
import { dateOf, type Candidate, type Scan, type TimeMention } from "./mention";
import { withModifiers } from "./modifiers";
import { findNamedDays } from "./named";
import { findQuarters } from "./quarters";
import { findRelativeDates } from "./relative";
import { findSeasons } from "./seasons";
import { withRanges } from "./ranges";
import { selectMentions } from "./select";
import { findSets } from "./sets";
import { findVagueReferences } from "./vague";
import { findYears } from "./years";

export type { TimeMention } from "./mention";

/** Most specific first: on spans of equal length the earlier detector wins. */
const DETECTORS: ((scan: Scan) => Candidate[])[] = [
  findDayPairs,
  findChronoDates,
  findRelativeDates,
  findNamedDays,
  findQuarters,
  findSeasons,
  findYears,
  findSets,
  findDurations,
  findVagueReferences,
];

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
const QUARTER_VALUE = /^\d{4}-Q[1-4]$/;

/**
 * A clock time without a day ("at 18:00 UTC") happens on the day last mentioned before it, and "the
 * next day" follows that day; without an earlier day, the reference date stands in.
 */
function withAnchoredDays(mentions: Candidate[], referenceDate: string): TimeMention[] {
  let lastDay: TimeMention | null = null;
  let lastDated: TimeMention | null = null;
  let lastQuarter: TimeMention | null = null;
  return mentions.map(({ needsDay, dayShift, shift, ...mention }) => {
    // a quarter is counted from the quarter last mentioned ("the first quarter … during the quarter"),
    // or else from the reference date
    if (shift) mention = shifted(mention, shift, shift.unit === "Q" ? lastQuarter : lastDated, referenceDate);
    const anchor = lastDay?.value.slice(0, 10) ?? referenceDate;
    const yearInferred = lastDay?.date?.yearInferred ?? true;
    if (needsDay)
      mention = {
        ...mention,
        value: anchor + mention.value,
        date: { start: anchor, yearInferred },
      };
    if (dayShift !== undefined) {
      const day = isoDay(addDays(parseDay(anchor), dayShift));
      mention = { ...mention, value: day, date: { start: day, yearInferred } };
    }
    if ((mention.type === "DATE" || mention.type === "TIME") && DAY_VALUE.test(mention.value))
      lastDay = mention;
    if (mention.date && !mention.date.fuzzy) lastDated = mention;
    if (QUARTER_VALUE.test(mention.value)) lastQuarter = mention;
    return mention;
  });
}

/** "a year earlier": the period `shift` away from the time last mentioned (or the reference date). */
function shifted(
  mention: TimeMention,
  shift: NonNullable<Candidate["shift"]>,
  lastDated: TimeMention | null,
  referenceDate: string,
): TimeMention {
  const anchor = parseDay(lastDated?.date?.start ?? referenceDate);
  // "the third quarter … a year earlier", "in September, from the same month a year earlier": whole
  // years from a quarter, a half or a month keep that part of the year.
  const part = /^(\d{4})-(?:Q([1-4])|H([12])|(\d\d))$/.exec(lastDated?.value ?? "");
  const year = Number(part?.[1]) + shift.amount;
  const period =
    part && shift.unit === "Y"
      ? part[2]
        ? quarterPeriod(year, Number(part[2]))
        : part[3]
          ? halfPeriod(year, part[3] === "1" ? 1 : 2)
          : monthPeriod(year, Number(part[4]))
      : shiftedDate(anchor, Math.abs(shift.amount), shift.unit, shift.amount < 0 ? -1 : 1);
  if (!period) return { ...mention, value: shift.amount < 0 ? "PAST_REF" : "FUTURE_REF" };
  const yearWritten = lastDated?.date ? !lastDated.date.yearInferred : false;
  return { ...mention, value: period.value, date: dateOf(period, { yearWritten }) };
}

/**
 * Finds every temporal expression of `text` and normalises it (TIMEX3, ISO-TimeML) against
 * `referenceDate` (YYYY-MM-DD). Spans are string offsets into `text`, sorted and non-overlapping;
 * the two points of a written range carry the range as `within`.
 */
export function findTimeExpressions(text: string, referenceDate: string): TimeMention[] {
  const scan: Scan = { text, ref: parseDay(referenceDate) };
  const selected = selectMentions(
    text.length,
    DETECTORS.map((detect) => detect(scan)),
  );
  return withRanges(text, withAnchoredDays(withModifiers(scan, selected), referenceDate.slice(0, 10)));
}
export { inferReferenceDate } from "./reference";
export { datelineDate } from "./dateline";
