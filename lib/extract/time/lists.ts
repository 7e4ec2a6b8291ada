import { dayPeriod } from "./calendar";
import { periodMention, type Candidate, type Scan } from "./mention";
import { MONTHS } from "./words";

/**
 * Two days of one month sharing a year: "September 14 and 18, 2010", "March 3 or 4, 2009". Each day is
 * its own date and both take the year written after the second (read alone, the first has no year).
 */
const DAY_PAIR =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|or|&)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?![\w%])/dg;

function valid(y: number, m: number, d: number): boolean {
  return d >= 1 && new Date(Date.UTC(y, m - 1, d)).getUTCMonth() === m - 1;
}

export function findDayPairs(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(DAY_PAIR)) {
    const m = MONTHS[(match[1] ?? "").toLowerCase().replace(/\.$/, "")];
    const y = Number(match[4]);
    const first = Number(match[2]);
    const second = Number(match[3]);
    if (!m || !valid(y, m, first) || !valid(y, m, second)) continue;
    const start = match.index;
    const firstEnd = match.indices?.[2]?.[1];
    const secondStart = match.indices?.[3]?.[0];
    if (firstEnd === undefined || secondStart === undefined) continue;
    out.push(periodMention(scan, start, firstEnd, dayPeriod({ y, m, d: first }), true));
    out.push(periodMention(scan, secondStart, start + match[0].length, dayPeriod({ y, m, d: second }), true));
  }
  return out;
}
