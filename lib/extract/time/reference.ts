import type { Span } from "../../model";

/**
 * The day an undated article speaks from, read from its own text: the latest date written in
 * full (with its year) that is not announced as ahead ("will meet on March 3, 2026"). A weekday
 * written with it must agree ("Thursday, April 14, 2016"), or the date is not trusted; a weekday
 * with a day and month only ("Thursday, April 14") takes the one year written in the article
 * that agrees with it. Never the clock: an article without such a date gets null.
 */
export type InferredReference = { date: string; evidence: Span };

const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const WEEKDAY = "(?:(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\\s+)?";
const YEAR = "((?:19|20)\\d\\d)";
const PATTERNS: {
  re: RegExp;
  parts: (m: RegExpMatchArray) => [string?, string?, string?, string?];
}[] = [
  // [weekday, month, day, year]
  {
    re: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?\\b`, "g"),
    parts: (m) => [m[1], m[2], m[3], m[4]],
  },
  {
    re: new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, "g"),
    parts: (m) => [m[1], m[3], m[2], m[4]],
  },
];
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;
const AHEAD =
  /\b(?:will|shall|to be|is to|are to|scheduled|planned|due|next|until|by|expected|ahead of|set for)\b[^.;]*$/i;

export function inferReferenceDate(text: string): InferredReference | null {
  const years = new Set([...text.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1])));
  const found: { date: string; start: number; end: number }[] = [];
  const keep = (date: string | null, start: number, end: number) => {
    if (!date) return;
    const sentenceStart = Math.max(text.lastIndexOf(".", start), text.lastIndexOf("\n", start));
    if (AHEAD.test(text.slice(sentenceStart + 1, start))) return;
    found.push({ date, start, end });
  };
  for (const { re, parts } of PATTERNS)
    for (const m of text.matchAll(re)) {
      const [weekday, month, day, year] = parts(m);
      const mi = MONTHS.indexOf(month!.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
      const d = Number(day);
      const wd = weekday ? WEEKDAYS.indexOf(weekday.toLowerCase()) : -1;
      if (year) keep(agreeing(Number(year), mi, d, wd), m.index!, m.index! + m[0].length);
      else if (wd >= 0) {
        const fits = [...years].filter((y) => agreeing(y, mi, d, wd));
        if (fits.length === 1)
          keep(agreeing(fits[0]!, mi, d, wd), m.index!, m.index! + m[0].length);
      }
    }
  for (const m of text.matchAll(ISO))
    keep(
      agreeing(Number(m[1]), Number(m[2]) - 1, Number(m[3]), -1),
      m.index,
      m.index + m[0].length,
    );
  if (found.length === 0) return null;
  const latest = found.reduce((a, b) => (b.date > a.date ? b : a));
  return { date: latest.date, evidence: { start: latest.start, end: latest.end } };
}

/** The ISO day, when it exists and falls on the weekday written with it (-1: none written). */
function agreeing(year: number, month: number, day: number, weekday: number): string | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  const t = new Date(Date.UTC(year, month, day));
  if (t.getUTCMonth() !== month) return null;
  if (weekday >= 0 && t.getUTCDay() !== weekday) return null;
  return t.toISOString().slice(0, 10);
}
