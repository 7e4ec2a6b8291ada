import type { ActorKind } from "../model";
import type { ActorMention } from "./types";
import { sentenceSubject } from "./sentence-subject";

// "…, according to a statement released late Monday night.": a document no one is named for, last in the sentence.
const UNOWNED_DOCUMENT =
  /,?\s*according\s+to\s+(?:a|an|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:statement|release|announcement|notice|filing)(?:\s+(?:released|issued|published|sent|filed|posted)\b[^,;:"“”]*)?[.!]?\s*$/u;
const BODIES = new Set<ActorKind>(["organization", "bloc", "alliance", "coalition", "group"]);

/**
 * "The company is using Chapter 11 to sell its assets, according to a statement released on
 * Monday.": a statement no one is named for is the sentence subject's, when that is a body.
 */
export function ownStatement(
  text: string,
  start: number,
  end: number,
  mentions: ActorMention[],
  kindOf: (actor: string) => ActorKind | undefined,
): { chain: string[]; cue: { start: number; end: number } } | null {
  const m = UNOWNED_DOCUMENT.exec(text.slice(start, end));
  if (!m) return null;
  const at = start + m.index;
  if (mentions.some((x) => x.start >= at)) return null;
  const subject = sentenceSubject(text, start, at, mentions);
  if (!subject || !BODIES.has(kindOf(subject.actor)!)) return null;
  return { chain: [subject.actor], cue: { start: at + m[0].search(/a/), end: start + m.index + m[0].trimEnd().length } };
}
