import type { TimeExpression } from "../../model";
import { isoDay, type Day, type Period } from "./calendar";
import type { UnitCode } from "./words";

/** A time expression with, where it denotes calendar time, its interpretation for the timeline. */
export type TimeMention = TimeExpression & {
  date?: {
    start: string; // YYYY-MM-DD
    end?: string; // YYYY-MM-DD, inclusive, for ranges and windows
    yearInferred: boolean; // the year is not written in the text
    fuzzy?: boolean; // a vague window ("in the coming days")
  };
  /** the range written round this point and another ("from 2009 to 2011"), a DURATION */
  within?: TimeExpression & { type: "DURATION"; date: NonNullable<TimeMention["date"]> };
};

/** A mention found by one detector, before overlaps are resolved. */
export type Candidate = TimeMention & {
  /** a clock time whose day is not in the expression: it takes the day last mentioned before it */
  needsDay?: boolean;
  /** a day counted from the day last mentioned before it ("the next day" = +1) */
  dayShift?: number;
  /** a point counted from the time last mentioned before it ("a year earlier" = -1 Y) */
  shift?: { amount: number; unit: UnitCode };
};

/** What every detector receives. */
export type Scan = { text: string; ref: Day };

type DateOptions = { yearWritten: boolean; fuzzy?: boolean };

/** The `date` of a mention that denotes the calendar period `period`. */
export function dateOf(
  period: Period,
  { yearWritten, fuzzy }: DateOptions,
): NonNullable<TimeMention["date"]> {
  const start = isoDay(period.start);
  const end = isoDay(period.end);
  return {
    start,
    ...(end !== start ? { end } : {}),
    yearInferred: !yearWritten,
    ...(fuzzy ? { fuzzy: true } : {}),
  };
}

export function candidate(
  scan: Scan,
  start: number,
  end: number,
  type: TimeExpression["type"],
  value: string,
  date?: TimeMention["date"],
): Candidate {
  return { start, end, text: scan.text.slice(start, end), type, value, ...(date ? { date } : {}) };
}

/** A DATE mention of a calendar period. */
export function periodMention(
  scan: Scan,
  start: number,
  end: number,
  period: Period,
  yearWritten: boolean,
): Candidate {
  return candidate(scan, start, end, "DATE", period.value, dateOf(period, { yearWritten }));
}
