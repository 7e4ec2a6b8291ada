import type { ActorKind } from "../model";
import { isFunctionWord, isPastForm } from "./lexicon";
import { runsOpen } from "./quotations";
import type { ActorMention } from "./types";

/**
 * The last resort of attribution, read from the clause's shape: a sentence with a verb of saying
 * (outside any quotation) that no pattern attributed is its subject's, the nearest actor before
 * the verb that is the subject of a verb of its own ("police used tear gas …, saying …", "the
 * party won more votes and said …", "The foundation on Wednesday described …"), never one after
 * a preposition ("talks with X, saying"), a possessive or inside a quotation.
 */
// Verbs that only say: "announced", "declared", "denied", "warned" are as often acts ("declared
// a state of emergency", "denied the request"); "was said to" is hearsay, not a speaker.
const SAYING = /\b(?<!(?:was|were|is|are|been)\s)(?:said|saying|says|stated|stating|told|added|adding|noted|claimed|claiming|insisted|argued|arguing|explained)\b(?!\s+to\b)/g;
const TIME = /^(?:\s+(?:on|late|early|last|this)\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:today|yesterday|also|later|earlier|then|again|further|now))*/;
const AUX = /^(?:has|have|had|was|were|is|are|will|would|could|can|may|might|must|did|does|also)$/;
const NOT_SPEAKING = new Set<ActorKind>(["bloc", "alliance"]);

export function sayingSubject(
  text: string,
  start: number,
  end: number,
  mentions: readonly ActorMention[],
  kindOf: (actor: string) => ActorKind | undefined,
): string | undefined {
  const s = text.slice(start, end);
  SAYING.lastIndex = 0;
  for (const m of s.matchAll(SAYING)) {
    const verb = start + m.index;
    if (runsOpen(s.slice(0, m.index), false)) continue;
    const before = mentions.filter((x) => x.end <= verb && x.start >= start).reverse();
    for (const x of before) {
      if (runsOpen(text.slice(start, x.start), false)) continue;
      const kind = kindOf(x.actor);
      if (!kind || NOT_SPEAKING.has(kind)) continue;
      // the word before the phrase, past its determiner: "talks with the X" is no subject
      const prev = /([\p{L}'’]+)\s+(?:(?:the|a|an)\s+)?$/iu.exec(text.slice(Math.max(start, x.start - 30), x.start))?.[1]?.toLowerCase() ?? "";
      if (/^['’]s$/.test(text.slice(x.end, x.end + 2)) || /['’]$/.test(prev)) continue;
      if (prev && isFunctionWord(prev) && !/^(?:and|but|when|while|as|then|also)$/.test(prev)) continue;
      const after = text.slice(x.end, verb).replace(TIME, "");
      const next = /^\s+([\p{L}'’]+)/u.exec(after)?.[1] ?? "";
      if (after.trim() === "" || AUX.test(next) || (/^[a-z]+$/.test(next) && (isPastForm(next) || /ed$/.test(next)))) return x.actor;
      // the nearest mention is no subject: a farther one may still be ("X met Y in Z, saying")
    }
    return undefined;
  }
  return undefined;
}

