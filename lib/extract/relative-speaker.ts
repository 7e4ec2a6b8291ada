/** "… remarks by X, who said his party …": the one a closing relative clause says it of speaks. */
import type { ActorMention } from "./types";

// "X, who said", "X who also told reporters", "the ministry, which said": a relative pronoun, up to
// two adverbs or auxiliaries, then a verb of saying.
const RELATIVE_REPORT = /(?:,\s*|\s)(?:who|which)\s+(?:(?:also|had|has|have|once|\p{Ll}+ly)\s+){0,2}(?:said|says|told|added|stated|announced|warned)\b/gu;

/**
 * When no other report names a speaker, a relative clause of saying that runs to the end of the
 * sentence (no comma after it hands the sentence back to a main verb: "X, who said …, won") is the
 * sentence's report, and the name the pronoun follows is its speaker.
 */
export function relativeSpeaker(
  text: string,
  start: number,
  end: number,
  mentions: ActorMention[],
): { chain: string[]; cue: { start: number; end: number } } | null {
  for (const m of text.slice(start, end).matchAll(RELATIVE_REPORT)) {
    const at = start + m.index;
    const verbEnd = at + m[0].length;
    if (text.slice(verbEnd, end).includes(",")) continue;
    const owner = mentions.find((x) => x.end <= at && /^\s*$/.test(text.slice(x.end, at)));
    if (owner) return { chain: [owner.actor], cue: { start: owner.start, end: verbEnd } };
  }
  return null;
}
