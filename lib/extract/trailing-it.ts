import type { ActorKind } from "../model";
import type { ActorMention } from "./types";
import { sentenceSubject } from "./sentence-subject";

// "…, it said on Wednesday.", "…, they said in a statement.": a pronoun reporting clause ending the sentence.
const TRAILING_IT = /,["”’]?\s*(?:it|they)\s+(?:also\s+|later\s+)?(?:said|says|added|announced|stated|confirmed)\b[^,;:"“”]*$/i;
const ADDED = /\b(?:it|they)\s+(?:also\s+)?added\b/i;
const PEOPLE = new Set<ActorKind>(["person", "official", "leader"]);
// "The appeals chamber of the federation's disciplinary panel …": an unnamed organ of a named body.
const ORGAN_OF = /^\W*(?:\p{Lu}{2,}(?:\s+\p{Lu}{2,})*\s+)?[Tt]he\s+(?:[\p{Ll}-]+\s+){1,3}of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u;
const OWNED = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const BODIES = new Set<ActorKind>(["organization", "bloc", "alliance", "coalition", "group"]);

/** "The appeals chamber of X's panel fined him …, it said": the organ no mention names speaks as the body it is part of. */
function organOf(
  text: string,
  start: number,
  before: number,
  mentions: ActorMention[],
  kindOf: ReadonlyMap<string, ActorKind>,
): ActorMention | undefined {
  const i = mentions.findIndex((m) => m.end <= before);
  if (i < 0 || !ORGAN_OF.test(text.slice(start, mentions[i]!.start))) return undefined;
  // "… of world rowing body FISA's ethics committee": the organ the possessor heads, when it is named.
  const next = mentions[i + 1];
  const head = next && next.end <= before && OWNED.test(text.slice(mentions[i]!.end, next.start)) ? next : mentions[i]!;
  return BODIES.has(kindOf.get(head.actor)!) ? head : undefined;
}

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
  const subject = sentenceSubject(text, start, at, mentions) ?? organOf(text, start, at, mentions, kindOf);
  if (!subject || PEOPLE.has(kindOf.get(subject.actor) ?? "person")) return null;
  // "FIFA's ethics watchdog has banned …, it said": "it" is the watchdog, which no mention names.
  if (/^['’]s\s/.test(text.slice(subject.end, subject.end + 3))) return null;
  return { chain: [subject.actor], cue: cueOf };
}
