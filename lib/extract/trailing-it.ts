import type { ActorKind } from "../model";
import type { ActorMention } from "./types";
import { sentenceSubject } from "./sentence-subject";

// "…, it said on Wednesday.", "…, they said in a statement.": a pronoun reporting clause ending the sentence.
const TRAILING_IT = /,["”’]?\s*(?:it|they)\s+(?:also\s+|later\s+)?(?:said|says|added|announced|stated|confirmed)\b[^,;:"“”]*$/i;
const ADDED = /\b(?:it|they)\s+(?:also\s+)?added\b/i;
const PEOPLE = new Set<ActorKind>(["person", "official", "leader"]);

/**
 * "FIFA's ethics watchdog has banned X for a year, it said on Wednesday.": "it" in a trailing
 * reporting clause is the sentence's subject, when that is no person (a person is "he" or "she").
 * "…, it added." goes on in the voice of the body that spoke in the sentence before (`previous`),
 * whatever the reported words' subject: "The board said … . The mayor is required to …, it added."
 */
export function trailingIt(
  text: string,
  start: number,
  end: number,
  mentions: ActorMention[],
  kindOf: ReadonlyMap<string, ActorKind>,
  previous?: string,
): { chain: string[]; cue: { start: number; end: number } } | null {
  const m = TRAILING_IT.exec(text.slice(start, end));
  if (!m) return null;
  const at = start + m.index;
  const cueAt = at + m[0].search(/\p{L}/u);
  const cueOf = { start: cueAt, end: cueAt + m[0].trimEnd().length - (cueAt - at) };
  if (previous !== undefined && ADDED.test(m[0]) && !PEOPLE.has(kindOf.get(previous) ?? "person")) return { chain: [previous], cue: cueOf };
  const subject = sentenceSubject(text, start, at, mentions);
  if (!subject || PEOPLE.has(kindOf.get(subject.actor) ?? "person")) return null;
  // "FIFA's ethics watchdog has banned …, it said": "it" is the watchdog, which no mention names.
  if (/^['’]s\s/.test(text.slice(subject.end, subject.end + 3))) return null;
  return { chain: [subject.actor], cue: cueOf };
}
