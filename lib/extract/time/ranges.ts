import { parseDay } from "./calendar";
import type { TimeMention } from "./mention";

/**
 * Ranges written as two points: "from 2009 to 2011", "between May 3 and May 5". MEANTIME (the
 * NewsReader guidelines) annotates the whole as a DURATION whose value is the distance between the
 * points (P2Y) and keeps the two points as DATEs inside it. The points stay the stage's mentions;
 * each carries the range it belongs to in `within`, with the calendar span from the first point's
 * start to the second's end.
 */

const OPENER = /\b(from|between)\s+$/i;
const JOINER: Record<string, RegExp> = {
  from: /^\s*(?:to|through|until|till|[-–])\s*$/i,
  between: /^\s*and\s*$/i,
};

type Grain = "Y" | "M" | "D";

function grainOf(value: string): Grain | null {
  if (/^\d{4}$/.test(value)) return "Y";
  if (/^\d{4}-\d\d$/.test(value)) return "M";
  if (/^\d{4}-\d\d-\d\d$/.test(value)) return "D";
  return null;
}

/** The distance from one point to the other in their own unit, or null when it is not positive. */
function distance(first: string, second: string, grain: Grain): number | null {
  let n: number;
  if (grain === "Y") n = Number(second) - Number(first);
  else if (grain === "M") {
    const [y1, m1] = first.split("-").map(Number) as [number, number];
    const [y2, m2] = second.split("-").map(Number) as [number, number];
    n = (y2 - y1) * 12 + (m2 - m1);
  } else {
    const a = parseDay(first);
    const b = parseDay(second);
    n = Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
  }
  return n > 0 ? n : null;
}

export function withRanges(text: string, mentions: TimeMention[]): TimeMention[] {
  const out = mentions.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const first = out[i]!;
    const second = out[i + 1]!;
    if (first.type !== "DATE" || second.type !== "DATE" || !first.date || !second.date) continue;
    const opener = OPENER.exec(text.slice(Math.max(0, first.start - 9), first.start));
    const joiner = opener && JOINER[opener[1]!.toLowerCase()];
    if (!opener || !joiner || !joiner.test(text.slice(first.end, second.start))) continue;
    const grain = grainOf(first.value);
    if (!grain || grainOf(second.value) !== grain) continue;
    const n = distance(first.value, second.value, grain);
    if (n === null) continue;
    const start = first.start - opener[0].length;
    const within: NonNullable<TimeMention["within"]> = {
      start,
      end: second.end,
      text: text.slice(start, second.end),
      type: "DURATION",
      value: `P${n}${grain}`,
      date: {
        start: first.date.start,
        end: second.date.end ?? second.date.start,
        yearInferred: first.date.yearInferred && second.date.yearInferred,
      },
    };
    out[i] = { ...first, within };
    out[i + 1] = { ...second, within };
    i++;
  }
  return out;
}
