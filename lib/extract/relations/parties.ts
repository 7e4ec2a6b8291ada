/** Who a cue relates: its subjects before it, its objects after it, actors joined by "and" or commas. */
import { isVerbForm } from "../lexicon";
import type { ActorMention } from "../types";
import { isTitle } from "../actors";
import { baseOf } from "./labels";
import type { Hit } from "./cues";

// "X and Y", "X, Y", "X and his Belarusian counterpart, Y", "X and his vice president, Y": actors joined as one subject.
const COORDINATION =
  /^(?:\s+[a-z]+)?\s*(?:,|,?\s*and)\s+(?:the\s+)?$|^,?\s+and\s+(?:his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:counterparts?|colleagues?|partners?|opposite numbers?),?\s+$|^,?\s+and\s+(?:his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+$/u;

/** Actors right after a cue and joined by "and" or commas: "talks between Oman, Yemen and the UN". */
export function coordinatedAfter(
  text: string,
  mentions: ActorMention[],
  after: number,
  lead: RegExp = /^\s+(?:between|among|of|with)?\s*(?:the\s+)?$/,
): string[] {
  const run = mentions.filter((m) => m.start >= after);
  const first = run[0];
  if (!first || !lead.test(text.slice(after, first.start))) return [];
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
    // "Director … of the National Security Council, Laura Rosenberger, and Y": a body after "of"
    // and set off by a comma is the next name's affiliation, not a subject of its own; "X, head
    // of the P, and Y": the affiliation of the name before it, which is the subject.
    const affiliation = AFFILIATION_BEFORE.test(text.slice(Math.max(0, before[i]!.start - 40), before[i]!.start));
    if (affiliation && !/\band\b/.test(gap)) break;
    if (affiliation && i > 0 && APPOSED_ROLE.test(text.slice(before[i - 1]!.end, before[i]!.start))) i--;
    group.unshift(before[i]!);
  }
  // "The Unity Party headed by former minister Y is campaigning": the agent of a participle after
  // the subject's name belongs to that phrase; the name it describes is the subject.
  const described = before[before.indexOf(group[0]!) - 1];
  const phrase = described && text.slice(described.end, group[0]!.start);
  if (phrase && DESCRIBING_AGENT.test(phrase) && !/\b(?:is|are|was|were|been|be)\s/.test(phrase)) return [described.actor];
  return unique(group.map((m) => m.actor));
}

const DESCRIBING_AGENT = /^,?\s+(?:headed|led|chaired|founded|run|owned)\s+by\s+(?:(?:the|its|former|\p{Ll}+)\s+){0,4}$/u;

const AFFILIATION_BEFORE = /\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
const APPOSED_ROLE = /^,\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){1,4}of\s+(?:the\s+)?$/u;

// How far an object may stand from its verb, and what may stand between: "sanctioned Russian
// President Vladimir Putin", "met with his Chinese counterpart Wang Yi", not a name two clauses on.
const MAX_OBJECT_GAP = 60;
// A list the cue's phrase goes on into ("demands, including the withdrawal of Ukrainian troops") is the same phrase.
// A comma or a point inside a number ("4,000 doses", "$1.5 billion") is no pause.
// "sanctioned six individuals, including Y": a plural noun the list after it names is the cue's object too.
const OBJECT_GAP = /^(?:\s+(?:[\p{Ll}\d-]+\s+){0,3}[\p{Ll}-]+s)?(?:,\s*(?:including|such as|notably|namely|among them)\s+)?(?:[^,;:.!?()"“”]|[,.](?=\d))*$/u;

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
  // "acquired Ghana's largest lender, Ecobank,": a description whose apposition names the object.
  const apposed = (m: ActorMention | undefined) => !!m && APPOSITION_END.test(text.slice(m.end, m.end + 2));
  if (DESCRIBED_GAP.test(gap) && apposed(run[0])) return [run[0].actor];
  if (/^\s+(?:of\s+)?(?:the\s+)?$/.test(gap) && run[1] && POSSESSED_DESCRIPTION.test(text.slice(run[0].end, run[1].start)) && apposed(run[1])) return [run[1].actor];
  if (gap.length > MAX_OBJECT_GAP || !OBJECT_GAP.test(gap) || LOCATIVE_GAP.test(gap) || PLACE_AFTER_CUE.test(gap) || runsIntoInfinitive(gap) || GERUND_GAP.test(gap))
    return [];
  // "sanctions on one of China's largest traders": the object is a member of what the name possesses.
  if (PARTITIVE_GAP.test(gap) && /^['’]s?\s/.test(text.slice(run[0].end, run[0].end + 3))) return [];
  const heads = [run[0]];
  for (const m of run.slice(1)) {
    const between = text.slice(heads.at(-1)!.end, m.start);
    // "the Saudi-led coalition": a state written into the compound of the group after it modifies it.
    if (between === "" || modifiesNext(between)) heads[heads.length - 1] = m;
    else if (COORDINATED_OBJECT.test(between)) heads.push(m);
    else break;
  }
  // "expelled the head of the CICIG, Colombian Ivan Velasquez": the holder the apposition names is the object.
  if (ROLE_OF_GAP.test(gap) && heads[1] && /^\s*,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(heads[0]!.end, heads[1].start)))
    return [heads[1].actor];
  return unique(heads.map((m) => m.actor));
}
// "banned the club from selling tickets for a Y match", "fined it for breaching Y's rules": a
// gerund after a preposition opens a clause of its own; a name in it is not the verb's object.
const GERUND_GAP = /\b(?:from|for|after|before|without|while|by)\s+\p{Ll}+ing\b/u;
// "the head of", "its former chairman of": a role in the body named next, held by someone else.
const ROLE_OF_GAP =
  /\b(?:the|its|their|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:head|chief|leader|president|director|chairman|chairwoman|chair|founder|secretary-general|spokesman|spokeswoman|spokesperson|commander|boss|ceo|captain|coach|owner|manager)\s+of\s+(?:the\s+)?$/iu;
/**
 * "rejected a plan to sell weapons to Peru": the object's phrase ends where an infinitive begins;
 * a name after it is that verb's object, not this one's. A word after "to" is a verb when
 * compromise's lexicon or the relation cues know it as one.
 */
function runsIntoInfinitive(gap: string): boolean {
  for (const m of gap.matchAll(/\bto\s+(\p{Ll}+)\s/gu)) if (isVerbForm(m[1]!) || baseOf(m[1]!)) return true;
  return false;
}
const DESCRIBED_GAP =
  /^\s+(?:of\s+)?(?:the|its|their|his|her|an?|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?)\s+(?:[\p{Ll}\d%’'-]+\s+){0,3}[\p{Ll}-]+,\s+$/u;
const POSSESSED_DESCRIPTION = /^['’]s?\s+(?:[\p{Ll}\d%’'-]+\s+){0,3}[\p{Ll}-]+,\s+$/u;
const APPOSITION_END = /^(?:[,.;:]|$)/;
const PARTITIVE_GAP = /\b(?:one|some|two|three|several|many|most|all|none|each|any|part|members?) of\s+(?:the\s+)?$/i;
// "protect users in the EU", "fined companies across Europe": the name places the object, it is not the object.
// "a 20 percent stake in X" is a share of X, not a place.
const LOCATIVE_GAP = /\p{Ll}[\p{L}-]*(?<!\bstakes?|\bshares|\bholdings?|\binterests?)\s+(?:in|across|throughout|within|inside)\s+(?:the\s+)?$/u;
// "co-operation in the Pacific", "a strike across Canada": a name right after the cue's "in" places the act, it is no party to it.
const PLACE_AFTER_CUE = /^\s+(?:in|across|throughout|within|inside)\s+(?:the\s+)?$/;
const MODIFIES_NEXT = /^(?:['’]s)?\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
// "Tamil Nadu higher education minister K Ponmudy": a place, then the office it gives, then the holder.
const OFFICE_OF_NEXT = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,3}([\p{L}-]+)\s+$/u;
const BODY_OF_NEXT =
  /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,3}(?:company|group|firm|operator|maker|giant|lender|bank|carrier|airline|insurer|producer|conglomerate|broadcaster|utility|trader|miner|agency|regulator|watchdog|union|club|fund)\s+$/u;
// "Pakistan's head coach Mickey Arthur", "Kenya's star runner Y": a possessor and the role it gives the name after.
const ROLE_OF_NEXT = /^['’]s?\s+(?:[\p{Ll}-]+\s+){1,3}$/u;
const FUNCTION_WORD = /\b(?:and|or|but|its|his|her|their|to|with|from|by|of|in|on|at|for|as|the|a|an|that|which|who|\p{Ll}+ed)\b/u;
const modifiesNext = (between: string) => {
  if (MODIFIES_NEXT.test(between)) return true;
  if (ROLE_OF_NEXT.test(between) && !FUNCTION_WORD.test(between)) return true;
  // "the United Arab Emirates state energy company ADNOC": a place, then the kind of body it owns, then the body.
  if (BODY_OF_NEXT.test(between) && !/\b(?:and|or|but|its|his|her|their|to|with|from|by|of|in|on|at|for|as|that|which|who)\b/.test(between)) return true;
  const office = OFFICE_OF_NEXT.exec(between);
  // "Russia and its president Putin" names two objects, not one.
  return !!office && isTitle(office[1]!) && !/\b(?:and|or|but|its|his|her|their|to|with|from|by)\b/.test(between);
};
const COORDINATED_OBJECT =
  /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:\p{Lu}[\p{L}.’'-]*|members?|officials?|leaders?|heads?|of|the|its|his|her|their)\s+){0,4}$/u;

/** Actors named before the first cue and joined only by "and" or commas ("X and Y officials"): joint subjects. */
export function coordinated(text: string, mentions: ActorMention[], before: number): string[] {
  const all = mentions.filter((m) => m.end <= before);
  const run = jointRun(text, all);
  if (run !== all) return unique(run.map((m) => m.actor));
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

/**
 * "In a move seen to counter X, Y and Z announced …": a phrase set off by a comma before the
 * subject holds none of it. When the first name stands alone, the names after that comma, joined
 * by "and" and up to the verb, are the subject; otherwise the run as it is.
 */
function jointRun(text: string, run: ActorMention[]): ActorMention[] {
  const gap = (k: number) => text.slice(run[k - 1]!.end, run[k]!.start);
  if (run.length < 3 || COORDINATION.test(gap(1))) return run;
  for (let i = 1; i < run.length - 1; i++) {
    if (COORDINATION.test(gap(i))) return run;
    if (!/,\s+(?:the\s+)?$/.test(gap(i))) continue;
    let k = i + 1;
    while (k < run.length && COORDINATION.test(gap(k))) k++;
    const group = run.slice(i, k);
    return group.length >= 2 && group.some((_, n) => n > 0 && /\band\b/.test(gap(i + n))) ? group : run;
  }
  return run;
}

// A preposition before the first name: the names are in an adverbial phrase, not the subject.
const PREPOSITION_BEFORE =
  /\b(?:under|in|for|after|before|with|by|from|to|at|on|of|about|against|over|during|since|despite|like|unlike|among|between|through|within|without|across|into|toward|towards|via|per|beyond|behind|near|amid|following)\s+(?:(?:the|a|an)\s+)?$/i;

/**
 * Whether the clause's leading names are joint subjects of one act: a list that ends in "and"
 * ("X, Y and Z", "X and Y"), not two names set side by side by a comma (an apposition: "the GDPR,
 * Europe's privacy law"), and not inside a prepositional phrase ("Under the GDPR and …").
 */
export function jointSubjects(text: string, mentions: ActorMention[], clauseStart: number, before: number): boolean {
  const all = mentions.filter((m) => m.end <= before);
  const run = jointRun(text, all);
  if (run.length < 2) return false;
  if (run !== all) return true;
  if (PREPOSITION_BEFORE.test(text.slice(clauseStart, run[0]!.start))) return false;
  let joined = 1;
  let and = false;
  for (let i = 1; i < run.length; i++) {
    const gap = text.slice(run[i - 1]!.end, run[i]!.start);
    if (!COORDINATION.test(gap)) break;
    joined++;
    if (/\band\b/.test(gap)) and = true;
  }
  return joined >= 2 && and;
}

// Verbs whose coordinated subjects act as one ("X and Y agreed to …", "pledged", "issued a joint
// statement"); subjects that only share a verb ("X, Y and Z attended", "lost", "voted") act apart.
export const JOINT_ACT =
  /\b(?:agree[ds]?|aim(?:s|ed)?|pledge[ds]?|vow(?:s|ed)?|commit(?:s|ted)?|promis(?:e|es|ed)|resolv(?:e|es|ed)|decide[ds]?|launch(?:es|ed)?|form(?:s|ed)?|establish(?:es|ed)?|founded|unit(?:e|es|ed)|team(?:s|ed)? up|join(?:s|ed)? forces|issu(?:e|es|ed) a joint|joint(?:ly)?|(?:call|push|press)(?:es|s|ed)? for|plan(?:s|ned)? to|seek(?:s)? to|sought to|hope[ds]? to|intend(?:s|ed)? to|share[ds]? (?:a|the|their)|coordinat(?:e|es|ed)|(?:press|push|mov|go)(?:es|ed|e|s|d)? ahead)\b/i;

/** "X fined Y and banned Z": a verb joined by "and" to an earlier verb's object shares that verb's subject. */
export function coordinatedVerb(text: string, mentions: ActorMention[], h: Hit, previousHit?: Hit): boolean {
  const last = mentions.filter((m) => m.end <= h.at).at(-1);
  return (
    !!previousHit &&
    !!last &&
    previousHit.end <= last.start &&
    // "fined Y (for doping on Monday) and banned Z": the object's own phrase may come between.
    /^[^,;:.!?()"“”]{0,60}?\s+and\s+(?:then\s+|also\s+|later\s+|subsequently\s+)?$/.test(text.slice(last.end, h.at))
  );
}

export const unique = <T>(xs: T[]) => xs.filter((x, i) => xs.indexOf(x) === i);
