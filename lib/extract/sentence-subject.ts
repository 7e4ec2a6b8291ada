import type { ActorMention } from "./types";
import { AFTER_DATELINE, OPENING } from "./speaker-patterns";
import { isVerbForm } from "./lexicon";

// "New Zealand's central bank", "China's foreign ministry spokesperson Geng": a possessor, then at
// most a few modifiers; "FIFA's ethics watchdog has banned X" holds a verb, and X is its object.
const POSSESSED = /^['’]s\s+(?:(?!(?:has|have|had|is|are|was|were|will|would|said|says)\s)[\p{Ll}-]+\s+){0,4}$/u;

// "Also on Sunday, Yang held talks …": a phrase of time or place before a comma opens the sentence.
const LEAD_PHRASE = /^\W*([^,;:"“”()]{1,50}),\s+/u;

function afterLeadPhrase(opening: string): boolean {
  const lead = LEAD_PHRASE.exec(opening);
  if (!lead) return false;
  const words = lead[1]!.trim().split(/\s+/);
  return words.length <= 5 && words.every((w) => !isVerbForm(w.toLowerCase()) || /^(?:last|next)$/i.test(w)) && OPENING.test(opening.slice(lead[0].length));
}

/** The mention that opens a sentence (after any dateline), or the head it is the possessor of ("New Zealand's central bank"). */
export function sentenceSubject(
  text: string,
  start: number,
  before: number,
  mentions: ActorMention[],
): ActorMention | undefined {
  const i = mentions.findIndex(
    (m) =>
      m.end <= before &&
      (OPENING.test(text.slice(start, m.start)) ||
        AFTER_DATELINE.test(text.slice(start, m.start)) ||
        afterLeadPhrase(text.slice(start, m.start))),
  );
  if (i < 0) return undefined;
  const next = mentions[i + 1];
  return next &&
    next.end <= before &&
    POSSESSED.test(text.slice(mentions[i]!.end, next.start))
    ? next
    : mentions[i];
}

/** 'X was blunt: "The talks are over."': a quotation after a colon is the clause subject's. */
export function colonQuoted(
  text: string,
  start: number,
  end: number,
  mentions: ActorMention[],
): { chain: string[]; cue: { start: number; end: number } } | null {
  const colon = text.slice(start, end).search(/:\s*["“]/);
  if (colon < 0 || /["“”]/.test(text.slice(start, start + colon))) return null;
  const subject = sentenceSubject(text, start, start + colon, mentions);
  return subject ? { chain: [subject.actor], cue: { start: subject.start, end: start + colon + 1 } } : null;
}
