/** Who a cue relates: its subjects before it, its objects after it, actors joined by "and" or commas. */
import type { ActorMention } from "../types";

// "X and Y", "X, Y", "X and his Belarusian counterpart, Y": actors joined as one subject.
const COORDINATION =
  /^(?:\s+[a-z]+)?\s*(?:,|,?\s*and)\s+(?:the\s+)?$|^,?\s+and\s+(?:his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:counterparts?|colleagues?|partners?|opposite numbers?),?\s+$/u;

/** Actors right after a cue and joined by "and" or commas: "talks between Oman, Yemen and the UN". */
export function coordinatedAfter(text: string, mentions: ActorMention[], after: number): string[] {
  const run = mentions.filter((m) => m.start >= after);
  const first = run[0];
  if (
    !first ||
    !/^\s+(?:between|among|of|with)?\s*(?:the\s+)?$/.test(text.slice(after, first.start))
  )
    return [];
  const group = [first];
  for (let i = 1; i < run.length; i++) {
    if (
      !/^(?:\s+[a-z]+)?\s*(?:,|,?\s*and)\s+(?:the\s+)?$/.test(
        text.slice(run[i - 1]!.end, run[i]!.start),
      )
    )
      break;
    group.push(run[i]!);
  }
  return unique(group.map((m) => m.actor));
}

/** The subject of a cue: the nearest actor before it, with any actors coordinated with it ("X and Y agreed"). */
export function nearestSubjects(text: string, mentions: ActorMention[], at: number): string[] {
  const before = mentions.filter((m) => m.end <= at);
  const last = before.at(-1);
  if (!last) return [];
  const group = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const gap = text.slice(before[i]!.end, group[0]!.start);
    if (!COORDINATION.test(gap)) break;
    group.unshift(before[i]!);
  }
  return unique(group.map((m) => m.actor));
}

// How far an object may stand from its verb, and what may stand between: "sanctioned Russian
// President Vladimir Putin", "met with his Chinese counterpart Wang Yi", not a name two clauses on.
const MAX_OBJECT_GAP = 60;
// A list the cue's phrase goes on into ("demands, including the withdrawal of Ukrainian troops") is the same phrase.
const OBJECT_GAP = /^(?:,\s*(?:including|such as|notably|namely)\s+)?[^,;:.!?()"“”]*$/;

/**
 * The objects of a cue: the first actor after it, near and in the same phrase, and the actors
 * coordinated with it ("sanctioned Putin, Foreign Minister Sergei Lavrov, and members of Russia's
 * Security Council"); a nationality or an institution that only modifies the next name gives way
 * to it ("Russian President Putin").
 */
export function objectsOf(
  text: string,
  mentions: ActorMention[],
  after: number,
  subjects: string[],
): string[] {
  const run = mentions.filter((m) => m.start >= after && !subjects.includes(m.actor));
  if (!run[0]) return [];
  const gap = text.slice(after, run[0].start);
  if (gap.length > MAX_OBJECT_GAP || !OBJECT_GAP.test(gap)) return [];
  const heads = [run[0]];
  for (const m of run.slice(1)) {
    const between = text.slice(heads.at(-1)!.end, m.start);
    if (MODIFIES_NEXT.test(between)) heads[heads.length - 1] = m;
    else if (COORDINATED_OBJECT.test(between)) heads.push(m);
    else break;
  }
  return unique(heads.map((m) => m.actor));
}
const MODIFIES_NEXT = /^(?:['’]s)?\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
const COORDINATED_OBJECT =
  /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:\p{Lu}[\p{L}.’'-]*|members?|officials?|leaders?|heads?|of|the|its|his|her|their)\s+){0,4}$/u;

/** Actors named before the first cue and joined only by "and" or commas ("X and Y officials"): joint subjects. */
export function coordinated(text: string, mentions: ActorMention[], before: number): string[] {
  const run = mentions.filter((m) => m.end <= before);
  const out: ActorMention[] = run.slice(0, 1);
  for (let i = 1; i < run.length; i++) {
    const gap = text.slice(run[i - 1]!.end, run[i]!.start);
    if (!COORDINATION.test(gap)) break;
    out.push(run[i]!);
  }
  return out.length >= 2
    ? unique(out.map((m) => m.actor))
    : unique(run.map((m) => m.actor)).slice(0, 1);
}

export const unique = <T>(xs: T[]) => xs.filter((x, i) => xs.indexOf(x) === i);
