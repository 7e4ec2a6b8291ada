import { candidate, type Candidate, type Scan } from "./mention";
import {
  AMOUNT_PATTERN,
  WEEKDAY_PATTERN,
  WEEKDAYS,
  amountValue,
  durationValue,
  unitCode,
} from "./words";

/** Recurring times (TimeML SET): "weekly", "every year", "twice a month", "15 a year". */

const ADVERBS: Record<string, string> = {
  annual: "P1Y",
  annually: "P1Y",
  yearly: "P1Y",
  monthly: "P1M",
  weekly: "P1W",
  daily: "P1D",
  nightly: "P1D",
  hourly: "PT1H",
  quarterly: "P3M",
  biannual: "P6M",
  biannually: "P6M",
  semiannual: "P6M",
  "semi-annual": "P6M",
  "semi-annually": "P6M",
  biennial: "P2Y",
  biennially: "P2Y",
};
/** Lower case only: capitalised, these are names ("China Daily", "The Weekly Standard"). */
const ADVERB =
  /\b(?:annual|annually|yearly|monthly|weekly|daily|nightly|hourly|quarterly|biannual|biannually|semiannual|semi-annual|semi-annually|biennial|biennially)\b/g;

const EVERY = new RegExp(
  `\\b(?:every|each)\\s+(?:other\\s+)?(?:(${AMOUNT_PATTERN})\\s+)?(?:(second|minute|hour|day|week|month|quarter|year|decade)s?|(${WEEKDAY_PATTERN})|(morning|afternoon|evening|night))\\b`,
  "gi",
);
const RATE =
  /\b(?:(?:once|twice|thrice|\d+\s+times|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+)?(?:a|an|per)\s+(hour|day|week|month|quarter|year)\b/gi;
/** A rate needs a quantity just before it: "15 a year", "$40,000 per year", "twice a week". */
const QUANTITY_BEFORE =
  /(?:\d[\d,.]*\s*(?:%|percent|million|billion|thousand|[a-z]+)?\s*|\b(?:once|twice|thrice|times)\s*)$/i;

export function findSets(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(ADVERB)) {
    const value = ADVERBS[match[0].toLowerCase()] ?? "P1Y";
    out.push(candidate(scan, match.index, match.index + match[0].length, "SET", value));
  }
  for (const match of scan.text.matchAll(EVERY)) {
    const end = match.index + match[0].length;
    let value: string;
    if (match[3]) value = `XXXX-WXX-${WEEKDAYS[match[3].toLowerCase()] || 7}`;
    else if (match[4])
      value = `XXXX-XX-XXT${{ morning: "MO", afternoon: "AF", evening: "EV", night: "NI" }[match[4].toLowerCase()]}`;
    else {
      const { unit, factor } = unitCode(match[2] ?? "year");
      const amount = match[1] ? amountValue(match[1]) : 1;
      value = durationValue(amount, unit, factor * (/other/i.test(match[0]) ? 2 : 1));
    }
    out.push(candidate(scan, match.index, end, "SET", value));
  }
  for (const match of scan.text.matchAll(RATE)) {
    const start = match.index;
    const counted = /^(?:once|twice|thrice|\d|two|three|four|five|six|seven|eight|nine|ten)/i.test(
      match[0],
    );
    if (!counted && !QUANTITY_BEFORE.test(scan.text.slice(Math.max(0, start - 24), start)))
      continue;
    // "$3 billion a year ago" is a time, not a rate
    if (/^\s+ago\b/i.test(scan.text.slice(start + match[0].length))) continue;
    const { unit, factor } = unitCode(match[1] ?? "year");
    out.push(
      candidate(scan, start, start + match[0].length, "SET", durationValue(1, unit, factor)),
    );
  }
  return out;
}
