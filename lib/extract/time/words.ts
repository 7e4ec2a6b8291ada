/** Vocabulary shared by the detectors: names, number words and units, as data. */

export const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

export const WEEKDAY_PATTERN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

const SMALL_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  half: 0.5,
  "a half": 0.5,
  "a couple of": 2,
  "a couple": 2,
  "couple of": 2,
};

/** Amounts too vague for a number: TimeML writes them X ("several years" = PXY). */
const VAGUE_AMOUNTS = new Set([
  "several",
  "few",
  "a few",
  "many",
  "some",
  "the next few",
  "numerous",
]);

const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const UNITS = "one|two|three|four|five|six|seven|eight|nine";

/** An amount: digits, number words ("twenty-five", "two and a half") or a vague quantity. No nested quantifiers. */
export const AMOUNT_PATTERN =
  `(?:\\d+(?:\\.\\d+)?|(?:${TENS})(?:-(?:${UNITS}))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|` +
  `${UNITS}|ten|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+few|several|few|many|numerous|a|an|half|a\\s+dozen|dozen)` +
  `(?:\\s+and\\s+a\\s+half)?`;

/** The number an amount stands for, or null when it is vague ("several"). */
export function amountValue(raw: string): number | null {
  const words = raw.toLowerCase().replace(/\s+/g, " ").trim();
  const half = words.endsWith(" and a half") ? 0.5 : 0;
  const core = half ? words.slice(0, -" and a half".length) : words;
  if (VAGUE_AMOUNTS.has(core)) return null;
  if (/^\d+(\.\d+)?$/.test(core)) return Number(core) + half;
  if (core === "a dozen") return 12 + half;
  const [tens, units] = core.split("-");
  const base = SMALL_NUMBERS[tens ?? ""];
  if (base === undefined) return null;
  return base + (units ? (SMALL_NUMBERS[units] ?? 0) : 0) + half;
}

export type UnitCode = "S" | "MIN" | "H" | "D" | "W" | "M" | "Q" | "Y" | "DE" | "CE";

export const UNIT_PATTERN =
  "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries";

export function unitCode(raw: string): { unit: UnitCode; factor: number } {
  const word = raw.toLowerCase();
  if (word.startsWith("second")) return { unit: "S", factor: 1 };
  if (word.startsWith("minute")) return { unit: "MIN", factor: 1 };
  if (word.startsWith("hour")) return { unit: "H", factor: 1 };
  if (word.startsWith("day")) return { unit: "D", factor: 1 };
  if (word.startsWith("fortnight")) return { unit: "W", factor: 2 };
  if (word.startsWith("week")) return { unit: "W", factor: 1 };
  if (word.startsWith("month")) return { unit: "M", factor: 1 };
  if (word.startsWith("quarter")) return { unit: "Q", factor: 1 };
  if (word.startsWith("decade")) return { unit: "DE", factor: 1 };
  if (word.startsWith("centur")) return { unit: "CE", factor: 1 };
  return { unit: "Y", factor: 1 };
}

/** ISO 8601 duration: P3D, PT30M, P2.5Y; decades and centuries as years (P10Y), as MEANTIME and TimeBank write them. */
export function durationValue(amount: number | null, unit: UnitCode, factor = 1): string {
  const n =
    amount === null
      ? "X"
      : formatNumber(amount * factor * (unit === "DE" ? 10 : unit === "CE" ? 100 : 1));
  switch (unit) {
    case "S":
      return `PT${n}S`;
    case "MIN":
      return `PT${n}M`;
    case "H":
      return `PT${n}H`;
    case "DE":
    case "CE":
      return `P${n}Y`;
    default:
      return `P${n}${unit}`;
  }
}

const formatNumber = (n: number) =>
  Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);

export const ORDINAL_QUARTERS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  final: 4,
  last: 4,
};
