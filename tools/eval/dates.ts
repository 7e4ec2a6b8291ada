import type { Analysis } from "../../lib/model";
import { counts, type Counts } from "./counts";
import { matchGold } from "./matching";
import { normalizeText } from "../../lib/text";
import type { GoldDate } from "./real-gold";

/** Time expressions scored as dates: durations and sets name no point in time. */
const DATED = new Set(["DATE", "TIME"]);

/** The date part of a TIMEX3 value: a time of day (`2019-01-25TEV`) is scored as its day. */
const dayOf = (value: string) => value.replace(/T.*$/, "");

/** `normalizeText` one character at a time, so that offsets into the folded text are offsets into the text. */
const foldChars = (s: string) =>
  Array.from(s, (c) => (normalizeText(c) || " ").slice(0, c.length).padEnd(c.length)).join("");

/** Every [start, end) where `needle` occurs in `text`, compared case-, accent- and quote-insensitively. */
export function occurrences(text: string, needle: string): [number, number][] {
  const hay = foldChars(text);
  const want = foldChars(needle);
  const found: [number, number][] = [];
  for (let i = hay.indexOf(want); i >= 0; i = hay.indexOf(want, i + 1))
    found.push([i, i + want.length]);
  return found;
}

/**
 * Scores the pipeline's time expressions against the gold dates. A predicted DATE or TIME matches
 * a gold date when its span overlaps a place where the gold text is written and its value (day
 * part) is the gold value. Recall is over gold dates (one-to-one); a predicted date that matches
 * no gold date, or that overlaps one with another value, is a false positive; one that repeats an
 * already found date (the same weekday twice) is neither.
 */
export function scoreDates(
  analysis: Analysis,
  gold: readonly GoldDate[],
): { counts: Counts; misses: string[]; extras: string[] } {
  const text = analysis.article.text;
  const predicted = analysis.timeExpressions.filter((t) => DATED.has(t.type));
  const spans = gold.map((g) => occurrences(text, g.text));
  const overlaps = (g: number, p: number) =>
    spans[g]!.some(([s, e]) => predicted[p]!.start < e && s < predicted[p]!.end);
  const accepts = (g: number, p: number) =>
    overlaps(g, p) && dayOf(predicted[p]!.value) === gold[g]!.value;
  const { tp, fn, misses } = matchGold(gold, predicted.length, accepts, (g) => `${g.text} = ${g.value}`);
  let fp = 0;
  const extras: string[] = [];
  predicted.forEach((t, p) => {
    const right = gold.some((_, g) => accepts(g, p));
    const optionalHere = gold.some((g, i) => g.optional && overlaps(i, p));
    if (right || optionalHere) return;
    fp++;
    extras.push(`${t.text} = ${t.value}`);
  });
  return { counts: counts(tp, fp, fn), misses, extras };
}
