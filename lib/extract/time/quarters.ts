import { halfPeriod, quarterPeriod, type Period } from "./calendar";
import { periodMention, type Candidate, type Scan } from "./mention";
import { pickYear } from "./resolve";
import { directionAt } from "./tense";
import { ORDINAL_QUARTERS } from "./words";

/** Quarters and halves of a year: "the third quarter of 2009", "Q2", "third-quarter", "the first half". */

const QUARTER =
  /\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]+(?:(?:fiscal|financial|calendar)[-\s]+)?quarter\b(?:\s+(?:of\s+)?(?:(?:fiscal|financial|calendar)\s+)?((?:19|20)\d\d)(?![\w%]))?/gi;
const Q_CODE = /\bQ([1-4])(?:\s*(?:of\s+)?((?:19|20)\d\d|'\d\d)(?!\w))?(?![\w-])/g;
const HALF =
  /\b(?:the\s+)?(first|second|latter|1st|2nd)\s+half(?:\s+of\s+(?:(?:the|this)\s+year|((?:19|20)\d\d)(?![\w%])))?/gi;

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
  const period = pickYear(scan.ref, directionAt(scan.text, start, end), make);
  return period ? periodMention(scan, start, end, period, false) : null;
}

export function findQuarters(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(QUARTER)) {
    const word = (match[1] ?? "").toLowerCase();
    const year = yearOf(match[2]);
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
  for (const match of scan.text.matchAll(HALF)) {
    // "the first half" alone is too often not about a year ("the first half of the match").
    if (!/of\s/i.test(match[0])) continue;
    const h = /^(first|1st)$/i.test(match[1] ?? "") ? 1 : 2;
    const year = match[2] ? Number(match[2]) : scan.ref.y;
    out.push(
      periodMention(
        scan,
        match.index,
        match.index + match[0].length,
        halfPeriod(year, h),
        match[2] !== undefined,
      ),
    );
  }
  return out;
}
