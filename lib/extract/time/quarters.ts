import { halfPeriod, quarterOf, quarterPeriod, type Period } from "./calendar";
import { periodMention, type Candidate, type Scan } from "./mention";
import { pickYear } from "./resolve";
import { directionAt } from "./tense";
import { ORDINAL_QUARTERS } from "./words";

/** Quarters and halves of a year: "the third quarter of 2009", "Q2", "third-quarter", "the first half". */

const QUARTER =
  /\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]+(?:(?:fiscal|financial|calendar)[-\s]+)?quarter\b(?:\s+(?:of\s+)?(?:(?:fiscal|financial|calendar)\s+)?((?:19|20)\d\d)(?![\w%])|\s+(?:of\s+)?(this|last|next)\s+year\b|\s+of\s+the\s+(current|previous|prior|same|)\s*year\b)?/gi;
/** "the first quarter of this year", "the third quarter last year": the year counted from the reference. */
const YEAR_SHIFT: Record<string, number> = { this: 0, current: 0, same: 0, "": 0, last: -1, previous: -1, prior: -1, next: 1 };
const Q_CODE = /\bQ([1-4])(?:\s*(?:of\s+)?((?:19|20)\d\d|'\d\d)(?!\w))?(?![\w-])/g;
const HALF =
  /\b(?:the\s+)?(first|second|latter|1st|2nd)\s+half(?:\s+of\s+(?:(?:the|this)\s+year|(next|last|previous)\s+year|((?:19|20)\d\d)(?![\w%])))?/gi;

/** "the December quarter": the quarter that ends in that month, as company reports name it. */
const MONTH_QUARTER =
  /\bthe\s+(March|June|September|December)\s+quarter\b(?:\s+(?:of\s+)?((?:19|20)\d\d)(?![\w%]))?/g;
const QUARTER_ENDING: Record<string, number> = { March: 1, June: 2, September: 3, December: 4 };
/**
 * A year written before the part: "the 2008 fourth quarter", "2009's first quarter", "this year's first half", "last year's third
 * quarter", "the year-earlier first half" / "the year-ago quarter's" part (a year before the reference date).
 */
const PREFIXED_PART =
  /\b(?:(?:the\s+)?((?:19|20)\d\d)(?:['’]s)?|(this|last|next)\s+year['’]s|the\s+year[-\s](?:earlier|ago))[-\s]+(first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]+(?:(?:fiscal|financial|calendar)[-\s]+)?(quarter|half)\b/gi;

/** "the latest quarter", "the most recent quarter": the last quarter completed before the reference date. */
const LATEST_QUARTER = /\bthe\s+(?:latest|most\s+recent)\s+quarter\b/gi;

const FIGURES =
  /\d\s*(?:%|percent\b|per\s+cent\b)|[$€£¥]\s?\d|\b(?:sales|revenues?|profits?|earnings|losses|net\s+income|output|growth|economy|GDP|deliveries|shipments|exports|imports|inflation|turnover)\b/i;
const PLAY = /\b(?:scored|goals?|match|game|innings|minutes?|penalty|kick|league|cup|halftime|half-time|referee)\b/i;

function reportsFigures(sentence: string): boolean {
  return FIGURES.test(sentence) && !PLAY.test(sentence);
}

/** The sentence holding `at` (between sentence ends, at most 200 characters either side). */
function sentenceAround(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  const after = text.slice(at, at + 200);
  const from = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1;
  const to = /[.!?](?:\s|$)|\n/.exec(after)?.index ?? after.length;
  return before.slice(from) + after.slice(0, to);
}

function yearOf(raw: string | undefined): number | null {
  if (!raw) return null;
  return raw.startsWith("'") ? 2000 + Number(raw.slice(1)) : Number(raw);
}

function mention(
  scan: Scan,
  start: number,
  end: number,
  make: (year: number) => Period,
  year: number | null,
): Candidate | null {
  if (year !== null) return periodMention(scan, start, end, make(year), true);
  // Without a tense, a quarter or half is the latest one begun: news reports results ("GM reports
  // first-quarter loss" in October is this year's first quarter, in January last year's fourth).
  const period = pickYear(scan.ref, directionAt(scan.text, start, end) || -1, make);
  return period ? periodMention(scan, start, end, period, false) : null;
}

export function findQuarters(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(QUARTER)) {
    const word = (match[1] ?? "").toLowerCase();
    const relativeYear = match[3] ?? match[4];
    const shift = relativeYear === undefined ? undefined : YEAR_SHIFT[relativeYear.toLowerCase()];
    const year = shift !== undefined ? scan.ref.y + shift : yearOf(match[2]);
    // "the last quarter" without a year is the previous quarter: a relative expression, not Q4.
    if (word === "last" && year === null) continue;
    const q = ORDINAL_QUARTERS[word] ?? 1;
    const found = mention(
      scan,
      match.index,
      match.index + match[0].length,
      (y) => quarterPeriod(y, q),
      year,
    );
    // a year counted from the reference date is not written in the text
    if (found && shift !== undefined && found.date) found.date = { ...found.date, yearInferred: true };
    if (found) out.push(found);
  }
  for (const match of scan.text.matchAll(Q_CODE)) {
    const q = Number(match[1]);
    const found = mention(
      scan,
      match.index,
      match.index + match[0].length,
      (y) => quarterPeriod(y, q),
      yearOf(match[2]),
    );
    if (found) out.push(found);
  }
  for (const match of scan.text.matchAll(MONTH_QUARTER)) {
    const q = QUARTER_ENDING[match[1] ?? ""] ?? 4;
    const found = mention(scan, match.index, match.index + match[0].length, (y) => quarterPeriod(y, q), yearOf(match[2]));
    if (found) out.push(found);
  }
  for (const match of scan.text.matchAll(LATEST_QUARTER)) {
    const current = quarterOf(scan.ref);
    const [y, q] = current === 1 ? [scan.ref.y - 1, 4] : [scan.ref.y, current - 1];
    out.push(periodMention(scan, match.index, match.index + match[0].length, quarterPeriod(y, q), false));
  }
  for (const match of scan.text.matchAll(PREFIXED_PART)) {
    const word = (match[3] ?? "").toLowerCase();
    const written = match[1] !== undefined;
    const year = written ? Number(match[1]) : scan.ref.y + (YEAR_SHIFT[(match[2] ?? "last").toLowerCase()] ?? -1);
    const period =
      (match[4] ?? "").toLowerCase() === "half"
        ? halfPeriod(year, /^(first|1st)$/.test(word) ? 1 : 2)
        : quarterPeriod(year, ORDINAL_QUARTERS[word] ?? 1);
    out.push(periodMention(scan, match.index, match.index + match[0].length, period, written));
  }
  for (const match of scan.text.matchAll(HALF)) {
    const h = /^(first|1st)$/i.test(match[1] ?? "") ? 1 : 2;
    // "the first half" alone is too often not about a year ("the first half of the match"): only
    // where the sentence reports figures of a business or an economy ("profit rose 5% in the first half").
    if (!/of\s/i.test(match[0])) {
      if (/^the\s/i.test(match[0]) && reportsFigures(sentenceAround(scan.text, match.index)))
        out.push(mention(scan, match.index, match.index + match[0].length, (y) => halfPeriod(y, h), null)!);
      continue;
    }
    const year = match[3] ? Number(match[3]) : scan.ref.y + (YEAR_SHIFT[(match[2] ?? "this").toLowerCase()] ?? 0);
    out.push(periodMention(scan, match.index, match.index + match[0].length, halfPeriod(year, h), match[3] !== undefined));
  }
  return out;
}
