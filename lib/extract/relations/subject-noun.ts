/**
 * The subject of a verb when the name right before it only modifies the subject's noun: its
 * possessor ("Norway's fisheries watchdog fined Y") or a word of its phrase ("A Lakeland federal
 * judge sentenced Y"). The noun's head is then the subject, unless the name acts through it
 * ("Norway's government"); a head an actor of the article is named by ("the regulator") is that actor.
 */
import { describedAs } from "../actors";
import type { WithEvents } from "../events";
import { isPastForm, isVerbForm } from "../lexicon";
import type { ActorMention } from "../types";

// Nouns a possessor acts through: "Norway's government sanctioned …" is Norway acting.
const ACTS_FOR_POSSESSOR =
  /^(?:government|governments|president|premier|leader|leaders|leadership|ministers?|ministry|cabinet|administration|army|military|navy|forces|troops|officials|authorities|delegation|envoys?|diplomats|negotiators|representatives|ambassador|parliament|regime)$/i;
// Auxiliaries and adverbs between a subject's head and its verb: "regulator has fined".
const AUXILIARY = /^(?:has|have|had|is|was|were|are|be|been|will|would|could|can|may|might|should|must|also|then|now|again|already|later|not|never|did|does|do|jointly)$/i;

/**
 * The subject of a verb when the name before it is only the possessor of the subject's noun
 * ("Norway's fisheries watchdog fined Y"): the noun's head is the subject, so the possessor is
 * not, unless the noun is one the possessor acts through ("Norway's government"); a head that an
 * actor of the article is named by ("the regulator") is that actor. Undefined: no possessive.
 */
export function possessedSubject(doc: WithEvents, mentions: ActorMention[], at: number): string[] | undefined {
  const last = mentions.filter((m) => m.end <= at).at(-1);
  if (!last) return undefined;
  const m = /^['’]s?\s+((?:[\p{L}-]+\s+){1,6})$/u.exec(doc.text.slice(last.end, at));
  if (!m) return modifiedSubject(doc, last, at) ?? placedSubject(doc, last, at);
  const words = m[1]!.trim().split(/\s+/);
  while (words.length > 1 && AUXILIARY.test(words.at(-1)!)) words.pop();
  const head = words.at(-1)!.toLowerCase();
  if (ACTS_FOR_POSSESSOR.test(head)) return undefined;
  const named = doc.actors.find((a) => a.id !== last.actor && a.name.toLowerCase() === head)?.id ?? describedAs(doc, head, last.actor);
  return named ? [named] : [];
}

// Words a subject's noun may have after it before its verb: auxiliaries, adverbs, a day or a year.
const BEFORE_VERB = /^(?:has|have|had|is|was|were|are|be|been|will|would|could|can|may|might|should|must|did|does|do|also|then|now|again|already|later|on|last|this|next|earlier|week|month|year|night|morning|afternoon|evening|weekend|today|yesterday|tonight|\p{Ll}+ly|\p{Lu}\p{Ll}+day|\d{4})$/u;
// "holds", "fines": a present form the lexicon knows by its bare verb.
const FUNCTION_WORD = /^(?:and|or|but|to|of|in|on|at|for|with|by|from|as|who|which|that|the|a|an|its|his|her|their|this|these|those|said|says)$/;

/**
 * "A Lakeland federal judge sentenced Y", "the Kestrel union member praised Y": a name followed
 * by the lower-case words of a noun before the verb only modifies the subject's noun, so the name
 * is not the subject; the noun is, when it is a body's, or an actor of the article is named by it.
 * Undefined: the name is followed by its verb.
 */
function modifiedSubject(doc: WithEvents, last: ActorMention, at: number): string[] | undefined {
  const words = doc.text.slice(last.end, at).trim().split(/\s+/).filter(Boolean);
  while (words.length > 0 && BEFORE_VERB.test(words.at(-1)!)) words.pop();
  if (words.length === 0 || words.length > 3) return undefined;
  if (!words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !FUNCTION_WORD.test(w) && !/(?:ly|ed|ing)$/.test(w))) return undefined;
  const head = words.at(-1)!;
  if (words.slice(0, -1).some((w) => isVerbForm(w)) || isPastForm(head)) return undefined;
  if (ACTS_FOR_POSSESSOR.test(head)) return undefined;
  // "X and Lakeland companies sent": a noun phrase joined to a subject before it is one of the subjects.
  if (/(?:,|\band)\s+$/.test(doc.text.slice(Math.max(0, last.start - 6), last.start))) return undefined;
  const named = doc.actors.find((a) => a.id !== last.actor && a.name.toLowerCase() === head)?.id ?? describedAs(doc, head, last.actor);
  // "Vietnam holds talks", "England beat Y": a lone word the lexicon may not know as a verb is the
  // name's verb, unless an actor of the article is named by it ("the Lakeland regulator fined").
  if (words.length === 1 && !named) return undefined;
  return named ? [named] : [];
}

// "A court in Lakeland", "The judge from Lakeland": the sentence's (or a clause's) opening noun, placed by the name after it.
const PLACED_NOUN = /(?:^|[,;:]\s+)(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:in|from)\s+(?:the\s+)?$/iu;

/**
 * "A court in Lakeland sentenced Y": a name that places the subject's noun is not the subject;
 * the noun is, when an actor of the article is named by it. Undefined: no such phrase, or the
 * noun is one the place acts through ("the government in Lakeland").
 */
function placedSubject(doc: WithEvents, last: ActorMention, at: number): string[] | undefined {
  if (!doc.text.slice(last.end, at).trim().split(/\s+/).filter(Boolean).every((w) => BEFORE_VERB.test(w))) return undefined;
  const sentence = doc.sentences.find((s) => s.start <= last.start && last.end <= s.end);
  const m = PLACED_NOUN.exec(doc.text.slice(sentence?.start ?? 0, last.start));
  if (!m) return undefined;
  const head = m[1]!.toLowerCase();
  if (ACTS_FOR_POSSESSOR.test(head)) return undefined;
  const named = doc.actors.find((a) => a.id !== last.actor && a.name.toLowerCase() === head)?.id ?? describedAs(doc, head, last.actor);
  return named ? [named] : [];
}
