import { compareDays, seasonPeriod, type Season } from "./calendar";
import { periodMention, type Candidate, type Scan } from "./mention";
import { pickYear } from "./resolve";
import { directionAt } from "./tense";

/** Seasons: "this summer", "last winter", "in the spring of 2009" (TimeML 2009-SP). */

const SEASONS: Record<string, Season> = {
  spring: "SP",
  summer: "SU",
  autumn: "FA",
  fall: "FA",
  winter: "WI",
};

const SEASON =
  /\b(?:(this|last|next|the\s+coming|the\s+past|the)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d)(?![\w%]))?\b/gi;
const INTRODUCED =
  /\b(?:in|during|by|until|till|since|early|late|mid|before|after|through|throughout)[\s-]*$/i;

export function findSeasons(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const match of scan.text.matchAll(SEASON)) {
    const start = match.index;
    const end = start + match[0].length;
    const modifier = (match[1] ?? "").toLowerCase().replace(/\s+/g, " ");
    const season = SEASONS[(match[2] ?? "").toLowerCase()]!;
    const year = match[3] ? Number(match[3]) : null;
    const introduced = INTRODUCED.test(scan.text.slice(Math.max(0, start - 12), start));
    // "fall" and "spring" are also verbs and nouns: a season needs a year, a determiner or a preposition.
    if (year === null && !modifier && !introduced) continue;
    if (year === null && modifier === "the" && !introduced) continue;
    if (year !== null) {
      out.push(periodMention(scan, start, end, seasonPeriod(year, season), true));
      continue;
    }
    const make = (y: number) => seasonPeriod(y, season);
    let period;
    if (modifier === "this") period = pickYear(scan.ref, 0, make);
    else if (modifier === "last" || modifier === "the past") {
      period = [scan.ref.y, scan.ref.y - 1, scan.ref.y - 2]
        .map(make)
        .find((p) => compareDays(p.end, scan.ref) < 0);
    } else if (modifier === "next" || modifier === "the coming") {
      period = [scan.ref.y - 1, scan.ref.y, scan.ref.y + 1]
        .map(make)
        .find((p) => compareDays(p.start, scan.ref) > 0);
    } else period = pickYear(scan.ref, directionAt(scan.text, start, end), make);
    if (period) out.push(periodMention(scan, start, end, period, false));
  }
  return out;
}
