import type { ActorMention } from "./types";
import { sentenceSubject } from "./sentence-subject";

// "X was quoted as saying", "X, a spokesman, was later quoted as saying": the passive without
// "by" names the one quoted and leaves the quoting medium unnamed.
const QUOTED_AS_SAYING = /\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|then|widely)\s+)?quoted\s+as\s+saying\b/;
// Between the subject and "was": nothing, or one apposition set off by commas.
const SUBJECT_TO_VERB = /^(?:\s*,[^,;:"“”]*,)?\s*$/;

/** 'Al-Rashid was quoted as saying …': the sentence's subject speaks. */
export function passiveQuoted(
  text: string,
  start: number,
  end: number,
  mentions: ActorMention[],
): { chain: string[]; cue: { start: number; end: number } } | null {
  const m = QUOTED_AS_SAYING.exec(text.slice(start, end));
  if (!m) return null;
  const at = start + m.index;
  const subject = sentenceSubject(text, start, at, mentions);
  if (!subject || !SUBJECT_TO_VERB.test(text.slice(subject.end, at))) return null;
  return { chain: [subject.actor], cue: { start: subject.start, end: at + m[0].length } };
}
