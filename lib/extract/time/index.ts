/**
 * The time stage: every temporal expression of a text, with its TIMEX3 type and ISO-TimeML value
 * resolved against the reference date, and its calendar interpretation for the timeline.
 *
 *   detectors (chrono dates · relative · named days · quarters · seasons · years · sets · durations · vague)
 *     → select (longest non-overlapping) → modifiers ("early 2009")
 *     → anchored days ("at 18:00", "the next day" take the day last mentioned)
 */
import { addDays, isoDay, parseDay } from "./calendar";
import { findChronoDates } from "./chrono";
import { findDurations } from "./durations";
import type { Candidate, Scan, TimeMention } from "./mention";
import { withModifiers } from "./modifiers";
import { findNamedDays } from "./named";
import { findQuarters } from "./quarters";
import { findRelativeDates } from "./relative";
import { findSeasons } from "./seasons";
import { selectMentions } from "./select";
import { findSets } from "./sets";
import { findVagueReferences } from "./vague";
import { findYears } from "./years";

export type { TimeMention } from "./mention";

/** Most specific first: on spans of equal length the earlier detector wins. */
const DETECTORS: ((scan: Scan) => Candidate[])[] = [
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

/**
 * A clock time without a day ("at 18:00 UTC") happens on the day last mentioned before it, and "the
 * next day" follows that day; without an earlier day, the reference date stands in.
 */
function withAnchoredDays(mentions: Candidate[], referenceDate: string): TimeMention[] {
  let lastDay: TimeMention | null = null;
  return mentions.map(({ needsDay, dayShift, ...mention }) => {
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
    return mention;
  });
}

/**
 * Finds every temporal expression of `text` and normalises it (TIMEX3, ISO-TimeML) against
 * `referenceDate` (YYYY-MM-DD). Spans are string offsets into `text`, sorted and non-overlapping.
 */
export function findTimeExpressions(text: string, referenceDate: string): TimeMention[] {
  const scan: Scan = { text, ref: parseDay(referenceDate) };
  const selected = selectMentions(
    text.length,
    DETECTORS.map((detect) => detect(scan)),
  );
  return withAnchoredDays(withModifiers(scan, selected), referenceDate.slice(0, 10));
}
export { inferReferenceDate } from "./reference";
