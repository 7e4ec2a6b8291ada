import { centuryPeriod, decadePeriod, yearPeriod } from "./calendar";
import { periodMention, type Candidate, type Scan } from "./mention";

/** Written years ("in 2008", "fiscal 2009", "FY2007"), decades ("the 1990s") and centuries. */

const YEAR =
  /(?<![\w$£€#.,/]|(?<!\bmid)-)((?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?((?:1[89]|20)\d\d)(?![\w%/]|[.,]\d|-\d)/gi;

/** Numbers that count things rather than name a year. */
const COUNTED =
  /^\s*(?:%|percent|per\b|people|persons|workers|jobs|employees|staff|units|cars|vehicles|trucks|dealers|dealerships|planes|aircraft|jets|shares|points|hp|horsepower|km|kilometres|kilometers|miles|metres|meters|feet|ft|tons|tonnes|pounds|passengers|seats|stores|outlets|locations|flights|troops|soldiers|dollars|euros|yen|acres|barrels|members|votes|homes|houses|songs|apps|copies|lbs|kg|mph)\b/i;
const NAMED =
  /(?:flight|route|highway|windows|office|model|no\.|number|version|room|rule|resolution|article|section|chapter|page|tel|phone)\s*$/i;

/** "the 2009 fiscal year", "its 2010 financial year": the fiscal year, whole. */
const YEAR_FISCAL = /\b(?:the\s+)?((?:19|20)\d\d)\s+(?:fiscal|financial)\s+year\b/gi;

function years(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(YEAR_FISCAL)) {
    const year = Number(match[1]);
    const mention = periodMention(scan, match.index, match.index + match[0].length, yearPeriod(year), true);
    out.push({ ...mention, value: `FY${year}` });
  }
  for (const match of scan.text.matchAll(YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    const fiscal = match[1] !== undefined;
    const before = scan.text.slice(Math.max(0, start - 12), start);
    if (COUNTED.test(scan.text.slice(end, end + 16))) continue;
    if (!fiscal && NAMED.test(before)) continue;
    const year = Number(match[2]);
    const mention = periodMention(scan, start, end, yearPeriod(year), true);
    out.push(fiscal ? { ...mention, value: `FY${year}` } : mention);
  }
  return out;
}

/** "2007-2008", "2009–2011": a span of years written with a dash is its two years, like "from 2007 to 2008". */
const YEAR_SPAN = /(?<![\w$£€#.,/-])((?:1[89]|20)\d\d)\s?[-–]\s?((?:1[89]|20)\d\d)(?![\w%/]|[.,]\d|-\d)/g;

function yearSpans(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(YEAR_SPAN)) {
    const first = Number(match[1]);
    const last = Number(match[2]);
    if (last <= first || last - first > 30) continue;
    const end = match.index + match[0].length;
    if (COUNTED.test(scan.text.slice(end, end + 16))) continue;
    if (NAMED.test(scan.text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const secondStart = end - (match[2] ?? "").length;
    out.push(periodMention(scan, match.index, match.index + 4, yearPeriod(first), true));
    out.push(periodMention(scan, secondStart, end, yearPeriod(last), true));
  }
  return out;
}

const DECADE = /(?:\b(?:the\s+)?((?:1[89]|20)\d0)|(?:\bthe\s+)?(?<![\w'’])['’](\d0))['’]?s\b/gi;
/** "the seventies", "the late nineteen-sixties": a decade of the twentieth century, named ("in her sixties" is an age). */
const DECADE_WORD =
  /\bthe\s+(?:(?:early|mid|late)[-\s]+)?(?:nineteen[-\s]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

function decades(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(DECADE)) {
    const firstYear = match[1] ? Number(match[1]) : 1900 + Number(match[2]);
    out.push(
      periodMention(
        scan,
        match.index,
        match.index + match[0].length,
        decadePeriod(firstYear),
        match[1] !== undefined,
      ),
    );
  }
  for (const match of scan.text.matchAll(DECADE_WORD)) {
    const index = DECADE_WORDS.indexOf((match[1] ?? "").toLowerCase());
    out.push(periodMention(scan, match.index, match.index + match[0].length, decadePeriod(1920 + 10 * index), false));
  }
  return out;
}

const ORDINAL_WORDS: Record<string, number> = {
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
  "twenty first": 21,
  eighteenth: 18,
};
const CENTURY =
  /\b(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(nineteenth|twentieth|twenty[-\s]first|eighteenth))\s+century\b/gi;

function centuries(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(CENTURY)) {
    const ordinal = match[1]
      ? Number(match[1])
      : ORDINAL_WORDS[(match[2] ?? "").toLowerCase().replace(/\s+/, "-")];
    if (!ordinal || ordinal < 1) continue;
    out.push(
      periodMention(scan, match.index, match.index + match[0].length, centuryPeriod(ordinal), true),
    );
  }
  return out;
}

/**
 * "in '09", "the class of '98": a year written with its last two digits after an apostrophe, in the
 * century that puts it nearest the reference date (no more than ten years ahead of it). A preposition
 * or article before it tells it from a quotation mark opening a number.
 */
const SHORT_YEAR = /['’](\d\d)(?![\w'’%]|[.,]\d)(?<=\b(?:in|since|of|from|to|until|by|and|through|before|after|during|the|late|early|mid)[\s-]['’]\d\d)/gi;

function shortYears(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(SHORT_YEAR)) {
    const two = Number(match[1]);
    const century = Math.floor(scan.ref.y / 100) * 100;
    const year = century + two > scan.ref.y + 10 ? century - 100 + two : century + two;
    out.push(periodMention(scan, match.index, match.index + match[0].length, yearPeriod(year), true));
  }
  return out;
}

export function findYears(scan: Scan): Candidate[] {
  return [...years(scan), ...yearSpans(scan), ...decades(scan), ...centuries(scan), ...shortYears(scan)];
}
