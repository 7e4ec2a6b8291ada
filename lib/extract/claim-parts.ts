import type { ActorMention, Attribution, Sentence } from "./types";
import { runsOpen } from "./quotations";
import { REPORTING } from "./reporting-verbs";

/** One sourced claim of a sentence: its span and who it is attributed to. */
export type ClaimPart = { start: number; end: number; chain: string[] };

// "…, the company said, adding that …", "…," X said, adding: "…"", "…, adding he felt …": the
// speaker goes on to a second claim. "adding to the pressure", "adding 300 jobs" add no claim.
const ADDING = /,\s+(?:and\s+)?adding(?=,?\s+(?:that\b|[“"]|(?:he|she|they|we|I)\s+\p{Ll})|:\s)/gu;
// "…, while Y said …", "…, but Y says …", "…, after Y said …", "…; Y denied …": a clause with a
// speaker of its own.
const NEW_SPEAKER = /(?:,\s+(?:while|whereas|but|after)\s+|;\s+)/g;
// What may stand between the clause's opening and its speaker's name.
const BEFORE_SPEAKER = /^(?:the\s+|a\s+|an\s+)?$/i;
// What may stand between the speaker's name and the verb: "Y on Tuesday said", "Y, however, said".
const TO_VERB = new RegExp(`^(?:\\s+(?:on\\s+\\p{Lu}\\p{Ll}+|also|later|however|earlier|\\p{Ll}+ly))*\\s+(?:${REPORTING})\\b`, "u");

// A verb of saying, or a quoting one ("Reuters quoted him as telling reporters").
const SAYING = new RegExp(`\\b(?:${REPORTING}|quoted|telling)\\b`, "u");

/**
 * A sentence's claims: the whole sentence, or one part per attribution when it carries two
 * ("X said A, adding that B": A and B, both X's; "X said A, while Y said B": A X's, B Y's). A
 * boundary inside a quotation is the quoted speaker's words and splits nothing; a split needs the
 * first part's own speaker named before the boundary (the sentence's cue), so a sentence whose
 * only verb of saying comes last ("A, while B, X said") stays whole.
 */
export function claimParts(
  text: string,
  s: Sentence,
  attribution: Attribution | undefined,
  mentions: readonly ActorMention[],
  outlet: string,
): ClaimPart[] {
  const chain = attribution?.chain ?? [outlet];
  const whole = [{ start: s.start, end: s.end, chain }];
  if (chain[0] === outlet) return whole;
  const sentence = text.slice(s.start, s.end);
  // Whether the first part's speaker is named before a boundary: by the sentence's cue, or (a
  // speaker carried from a quotation or a pronoun) by a verb of saying outside the quoted words.
  const cue = attribution?.cue;
  const spokenBefore = (at: number) =>
    cue ? cue.end <= at : SAYING.test(sentence.slice(0, at - s.start).replace(/[“"][^”"]*[”"]/g, " "));
  const cuts: { at: number; next: number; chain: string[] }[] = [];
  const outsideQuote = (i: number) => !runsOpen(sentence.slice(0, i), false);
  // The next part opens on the word after the comma or semicolon that closes the one before.
  const after = (at: number) => at + 1 + /^\s*/.exec(text.slice(at + 1, s.end))![0].length;
  for (const m of sentence.matchAll(ADDING)) {
    const at = s.start + m.index;
    if (spokenBefore(at) && outsideQuote(m.index)) cuts.push({ at: at + 1, next: after(at), chain });
  }
  for (const m of sentence.matchAll(NEW_SPEAKER)) {
    const at = s.start + m.index;
    const clause = at + m[0].length;
    if (!spokenBefore(at) || !outsideQuote(m.index)) continue;
    const speaker = mentions.find(
      (x) => x.start >= clause && BEFORE_SPEAKER.test(text.slice(clause, x.start)) && TO_VERB.test(text.slice(x.end, s.end)),
    );
    if (!speaker || speaker.actor === chain[0]) continue;
    cuts.push({ at: at + 1, next: after(at), chain: [speaker.actor, outlet] });
  }
  if (cuts.length === 0) return whole;
  cuts.sort((a, b) => a.at - b.at);
  const parts: ClaimPart[] = [];
  let from = s.start;
  let current = chain;
  for (const c of cuts) {
    if (c.at <= from) continue;
    parts.push({ start: from, end: c.at, chain: current });
    from = c.next;
    current = c.chain;
  }
  parts.push({ start: from, end: s.end, chain: current });
  return parts;
}
