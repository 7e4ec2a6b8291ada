/** A calendar day, proleptic Gregorian, no time zone: the pipeline's unit of date arithmetic. */
export type Day = { y: number; m: number; d: number };

/** A calendar period with its ISO-TimeML value and its first and last days (inclusive). */
export type Period = { value: string; start: Day; end: Day };

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

export function parseDay(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

export const isoDay = (day: Day) => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
export const isoMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;

const toUtc = (day: Day) => Date.UTC(day.y, day.m - 1, day.d);
const fromUtc = (ms: number): Day => {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};

export const addDays = (day: Day, n: number) => fromUtc(toUtc(day) + n * 86_400_000);
export const daysBetween = (a: Day, b: Day) => Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
export const compareDays = (a: Day, b: Day) => toUtc(a) - toUtc(b);
export const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(day.d, lastDayOfMonth(y, m)) };
}

/** 0 = Sunday … 6 = Saturday, as in JavaScript. */
export const weekdayOf = (day: Day) => new Date(toUtc(day)).getUTCDay();

/** The ISO 8601 week (Monday first; week 1 holds the year's first Thursday). */
export function isoWeek(day: Day): { year: number; week: number; monday: Day } {
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  const thursday = addDays(monday, 3);
  const firstThursdayYear = thursday.y;
  const jan4 = { y: firstThursdayYear, m: 1, d: 4 };
  const week1Monday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  return {
    year: firstThursdayYear,
    week: Math.floor(daysBetween(week1Monday, monday) / 7) + 1,
    monday,
  };
}

export const dayPeriod = (day: Day): Period => ({ value: isoDay(day), start: day, end: day });

export const monthPeriod = (y: number, m: number): Period => ({
  value: isoMonth(y, m),
  start: { y, m, d: 1 },
  end: { y, m, d: lastDayOfMonth(y, m) },
});

export const yearPeriod = (y: number): Period => ({
  value: pad(y, 4),
  start: { y, m: 1, d: 1 },
  end: { y, m: 12, d: 31 },
});

export function weekPeriod(day: Day): Period {
  const { year, week, monday } = isoWeek(day);
  return { value: `${pad(year, 4)}-W${pad(week)}`, start: monday, end: addDays(monday, 6) };
}

export function weekendPeriod(day: Day): Period {
  const week = weekPeriod(day);
  return { value: `${week.value}-WE`, start: addDays(week.start, 5), end: week.end };
}

export const quarterOf = (day: Day) => Math.ceil(day.m / 3);

export function quarterPeriod(y: number, q: number): Period {
  const first = (q - 1) * 3 + 1;
  return {
    value: `${pad(y, 4)}-Q${q}`,
    start: { y, m: first, d: 1 },
    end: { y, m: first + 2, d: lastDayOfMonth(y, first + 2) },
  };
}

export function halfPeriod(y: number, h: 1 | 2): Period {
  return h === 1
    ? { value: `${pad(y, 4)}-H1`, start: { y, m: 1, d: 1 }, end: { y, m: 6, d: 30 } }
    : { value: `${pad(y, 4)}-H2`, start: { y, m: 7, d: 1 }, end: { y, m: 12, d: 31 } };
}

export type Season = "SP" | "SU" | "FA" | "WI";

/** Meteorological seasons (northern hemisphere); winter YYYY runs from December YYYY into the next year. */
export function seasonPeriod(y: number, season: Season): Period {
  const value = `${pad(y, 4)}-${season}`;
  switch (season) {
    case "SP":
      return { value, start: { y, m: 3, d: 1 }, end: { y, m: 5, d: 31 } };
    case "SU":
      return { value, start: { y, m: 6, d: 1 }, end: { y, m: 8, d: 31 } };
    case "FA":
      return { value, start: { y, m: 9, d: 1 }, end: { y, m: 11, d: 30 } };
    case "WI":
      return {
        value,
        start: { y, m: 12, d: 1 },
        end: { y: y + 1, m: 2, d: lastDayOfMonth(y + 1, 2) },
      };
  }
}

/** A decade such as the 1990s: TimeML writes it as the first three digits of its years ("199"). */
export function decadePeriod(firstYear: number): Period {
  return {
    value: pad(Math.floor(firstYear / 10), 3),
    start: { y: firstYear, m: 1, d: 1 },
    end: { y: firstYear + 9, m: 12, d: 31 },
  };
}

/** A century: the 20th century is 1900–1999, written "19". */
export function centuryPeriod(ordinal: number): Period {
  const firstYear = (ordinal - 1) * 100;
  return {
    value: pad(ordinal - 1),
    start: { y: firstYear, m: 1, d: 1 },
    end: { y: firstYear + 99, m: 12, d: 31 },
  };
}
