import type { TimeExpression } from "../../model/analysis";

/** A time expression with, where it denotes calendar time, its interpretation for the timeline. */
export type TimeMention = TimeExpression & {
  date?: {
    start: string; // YYYY-MM-DD
    end?: string; // YYYY-MM-DD, inclusive, for ranges and windows
    yearInferred: boolean; // the year is not written in the text
    fuzzy?: boolean; // a vague window ("in the coming days")
  };
};

/**
 * Finds every temporal expression of `text` and normalises it (TIMEX3, ISO-TimeML) against
 * `referenceDate` (YYYY-MM-DD). Placeholder until the time stage lands.
 */
export function findTimeExpressions(text: string, referenceDate: string): TimeMention[] {
  void text;
  void referenceDate;
  return [];
}
