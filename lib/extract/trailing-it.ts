import type { ActorKind } from "../model";
import type { ActorMention } from "./types";
import { sentenceSubject } from "./sentence-subject";

// "…, it said on Wednesday.", "…, they said in a statement.": a pronoun reporting clause ending the sentence.
const TRAILING_IT = /,["”’]?\s*(?:it|they)\s+(?:also\s+|later\s+)?(?:said|says|added|announced|stated|confirmed)\b[^,;:"“”]*$/i;
const PEOPLE = new Set<ActorKind>(["person", "official", "leader"]);

/**
 * "FIFA's ethics watchdog has banned X for a year, it said on Wednesday.": "it" in a trailing
 * reporting clause is the sentence's subject, when that is no person (a person is "he" or "she").
 */
export function trailingIt(
  text: string,
  start: number,
  end: number,
  mentions: ActorMention[],
  kindOf: ReadonlyMap<string, ActorKind>,
): { chain: string[]; cue: { start: number; end: number } } | null {
  const m = TRAILING_IT.exec(text.slice(start, end));
  if (!m) return null;
  const at = start + m.index;
  const subject = sentenceSubject(text, start, at, mentions);
  if (!subject || PEOPLE.has(kindOf.get(subject.actor) ?? "person")) return null;
  // "FIFA's ethics watchdog has banned …, it said": "it" is the watchdog, which no mention names.
  if (/^['’]s\s/.test(text.slice(subject.end, subject.end + 3))) return null;
  const cue = at + m[0].search(/\p{L}/u);
  return { chain: [subject.actor], cue: { start: cue, end: cue + m[0].trimEnd().length - (cue - at) } };
}
