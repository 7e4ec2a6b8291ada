import type { ActorKind } from "../model";
import type { ActorMention, WithModality } from "./types";
import { DESCRIPTOR, OPENING } from "./speaker-patterns";

// "Kovalenko: pipeline will be ready by June": a headline giving a speaker's words after a colon.
const HEADLINE_COLON = /^\s*:\s+["“]?[\p{L}\p{N}]/u;
const HEADLINE_END = /[.!?…]["”]?\s*$/;
const MAX_HEADLINE = 140;

/**
 * A paragraph of one short sentence without a full stop, opening with a name and a colon, is a
 * headline in the named speaker's words ("EU: sanctions will stay"). A state so named is more
 * often a place tag ("Kenya: floods kill three") and is not read as speaking.
 */
export function headlineSpeaker(
  doc: WithModality,
  s: { index: number; paragraph: number; start: number; end: number },
  mentions: ActorMention[],
  kindOf: Map<string, ActorKind>,
): { chain: string[]; cue: { start: number; end: number } } | null {
  const sentence = doc.text.slice(s.start, s.end);
  if (sentence.length > MAX_HEADLINE || HEADLINE_END.test(sentence)) return null;
  if (doc.sentences.some((x) => x.paragraph === s.paragraph && x.index !== s.index)) return null;
  const first = mentions[0];
  if (!first || !OPENING.test(doc.text.slice(s.start, first.start))) return null;
  // The head of a run of names before the colon ("EU foreign policy chief Kaja Lind:").
  let head = first;
  for (const m of mentions)
    if (m.start > head.start && new RegExp(`^\\s+${DESCRIPTOR}$`, "u").test(doc.text.slice(head.end, m.start))) head = m;
  if (!HEADLINE_COLON.test(doc.text.slice(head.end, s.end)) || kindOf.get(head.actor) === "state") return null;
  return { chain: [head.actor], cue: { start: first.start, end: head.end + 1 } };
}
