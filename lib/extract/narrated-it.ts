import type { ActorKind } from "../model";
import type { ActorMention, Attribution } from "./types";
import { sentenceSubject } from "./sentence-subject";

// "It said …", "It also added that …": a sentence opening on "it" and a verb of saying.
const IT_SAYS = /^\W*It\s+(?:(?:also|later|then|further)\s+)?(?:said|says|added|adds|stated|noted)\b/;
const BODIES = new Set<ActorKind>(["organization", "bloc", "alliance", "coalition", "group"]);

/**
 * "Facebook has come under fire from regulators. It said it strongly disagreed with the CMA.":
 * "it" after a sentence the outlet narrates is that sentence's subject, when a body, and not
 * whoever spoke before the narration.
 */
export function narratedIt(
  text: string,
  sentence: { start: number; end: number },
  before: { start: number; end: number },
  previous: Attribution | undefined,
  previousMentions: ActorMention[],
  outlet: string,
  kindOf: ReadonlyMap<string, ActorKind>,
): string | undefined {
  if (!previous || previous.cue || previous.chain[0] !== outlet) return undefined;
  if (!IT_SAYS.test(text.slice(sentence.start, sentence.end))) return undefined;
  const subject = sentenceSubject(text, before.start, before.end, previousMentions);
  return subject && BODIES.has(kindOf.get(subject.actor)!) ? subject.actor : undefined;
}
