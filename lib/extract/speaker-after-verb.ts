import { isPastForm } from "./lexicon";
import type { ActorMention } from "./types";
import { DESCRIPTOR } from "./speaker-patterns";

/** Speakers named after the reporting verb: "…, said X", "M quoted X as saying". */

// "…, said Chief Cabinet Secretary Nobutaka Machimura.": the speaker after the verb.
export const INVERTED_BEFORE = /(?:[,"”’»]|^)\s*$/;

/** "…," said X', "…, added X who …": a speaker named right after the verb, titles allowed between. */
export function invertedSpeaker(
  text: string,
  start: number,
  verbStart: number,
  verbEnd: number,
  end: number,
  mentions: ActorMention[],
): { chain: string[]; cue: { start: number; end: number } } | null {
  if (!INVERTED_BEFORE.test(text.slice(start, verbStart))) return null;
  const first = mentions.find((x) => x.start >= verbEnd && x.start < end);
  if (!first || !new RegExp(`^\\s+${DESCRIPTOR}$`, "u").test(text.slice(verbEnd, first.start)))
    return null;
  // The speaker's own name ends the run: "said AT&T Chairman … Randall Stephenson".
  let head = first;
  for (const m of mentions) {
    if (m.start <= head.start) continue;
    // "said Jan Roos a spokesman for the board": an indefinite article opens an apposition on the speaker.
    if (/^\s+an?\s/.test(text.slice(head.end, m.start))) break;
    // "said Brazil's defence ministry": a possessor before the head too.
    if (!new RegExp(`^(?:['’]s)?\\s+${DESCRIPTOR}$`, "u").test(text.slice(head.end, m.start))) break;
    head = m;
  }
  // "X, an official of the ruling party, said Israel was playing with fire": a name the verb is
  // followed by is the reported clause's subject, not the speaker, when its own verb comes next.
  if (CLAUSE_VERB.test(text.slice(head.end, end))) return null;
  // "…, said the union's three-year pact would expire": a possessor of the clause's subject.
  if (POSSESSOR_OF_SUBJECT.test(text.slice(head.end, end))) return null;
  const next = /^\s+(\p{Ll}+ed)\b/u.exec(text.slice(head.end, end));
  if (next && isPastForm(next[1]!)) return null;
  return { chain: [head.actor], cue: { start: verbStart, end: head.end } };
}

const POSSESSOR_OF_SUBJECT =
  /^[`'’]s?(?:\s+[\p{Ll}\d,-]+){1,6}?\s+(?:was|were|is|are|had|has|have|will|would|could|can|may|might|must|should|did)\b/u;
const CLAUSE_VERB =
  /^\s+(?:was|were|is|are|had|has|have|will|would|could|can|may|might|must|should|did|does|do)\b/;

/**
 * Whom "M quoted … as saying" quotes: the head of the first run of names before "as saying"
 * ("the Kenya Meteorological Department", "a spokesperson for X"), not a name in what is said.
 */
export function quotedSpeaker(
  text: string,
  verbEnd: number,
  end: number,
  mentions: ActorMention[],
  chain: string[],
): ActorMention | undefined {
  const as = /\bas\s+saying\b/.exec(text.slice(verbEnd, end));
  if (!as) return undefined;
  const stop = verbEnd + as.index;
  const first = mentions.find((x) => x.start >= verbEnd && x.end <= stop && !chain.includes(x.actor));
  if (!first) return undefined;
  let head = first;
  for (const x of mentions)
    if (x.start > head.start && x.end <= stop && /^(?:\s+|['’]s?\s+)$/.test(text.slice(head.end, x.start))) head = x;
  return head;
}
