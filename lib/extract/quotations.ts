import type { Attribution, WithModality } from "./types";
import { OPENING } from "./speaker-patterns";

/** Quotations across sentences: whether one is still open, and who speaks one no one was named for. */
export const QUOTE_OPENS = /^\s*["“]/;
const QUOTE_CLOSES = /[.!?…]["”]\s*$/;
// What may follow "X said" in a sentence that only names the speaker: "this on Monday", "so".
const SAYS_NO_MORE = /^(?:\s+(?!that\b)[\p{L}\p{N},'’-]+){0,6}\s*[.!]?\s*$/u;

/** Whether a quotation is still open after this sentence (straight quotes counted in pairs). */
export function runsOpen(sentence: string, open: boolean): boolean {
  let state = open;
  for (const c of sentence) {
    if (c === "“") state = true;
    else if (c === "”") state = false;
    else if (c === '"') state = !state;
  }
  return state;
}

/**
 * '"We are ready." Reyes said this on Monday.': a quotation no one was named for takes the
 * speaker of the short sentence after it in its paragraph, when that sentence opens with the
 * speaker and says nothing more than that they said it.
 */
export function speakerAfterQuote(doc: WithModality, attributions: Attribution[]): Attribution[] {
  const out = [...attributions];
  const { sentences, text } = doc;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const next = out[i + 1]!;
    const s = sentences[i]!;
    const n = sentences[i + 1]!;
    // The next sentence opens with its speaker ("Mayor X said this", "The Central Bank of Y said this").
    if (!next.cue || out[i]!.cue || n.paragraph !== s.paragraph || !OPENING.test(text.slice(n.start, next.cue.start)))
      continue;
    if (!QUOTE_CLOSES.test(text.slice(s.start, s.end)) || !SAYS_NO_MORE.test(text.slice(next.cue.end, n.end)))
      continue;
    // Back to the sentence the quotation opens with, none of them attributed on its own.
    let k = i;
    while (k > 0 && !QUOTE_OPENS.test(text.slice(sentences[k]!.start, sentences[k]!.end))) {
      if (out[k - 1]!.cue || sentences[k - 1]!.paragraph !== s.paragraph) break;
      k--;
    }
    if (!QUOTE_OPENS.test(text.slice(sentences[k]!.start, sentences[k]!.end))) continue;
    for (let j = k; j <= i; j++)
      out[j] = { sentence: j, chain: next.chain, ...(next.told ? { told: next.told } : {}) };
  }
  return closedBySpeaker(doc, out);
}

// '…," X told reporters': the only quotation mark before the speaker closes a quotation opened earlier.
const CLOSED_BEFORE = /^[^"“”]+["”][^"“”]*$/;

/**
 * '"We lost 40 homes. The river is still rising," Mayor X said.': a quotation running over several
 * sentences is the speaker's named where it closes, back to the sentence that opens it, in its
 * paragraph, each sentence between with no speaker named of its own and no quotation mark inside.
 */
export function closedBySpeaker(doc: WithModality, attributions: Attribution[]): Attribution[] {
  const out = [...attributions];
  const { sentences, text } = doc;
  for (let i = 1; i < sentences.length; i++) {
    const closing = out[i]!;
    const s = sentences[i]!;
    if (!closing.cue || !CLOSED_BEFORE.test(text.slice(s.start, closing.cue.start))) continue;
    let k = i - 1;
    const free = (j: number) => !out[j]!.cue && sentences[j]!.paragraph === s.paragraph;
    while (k > 0 && free(k) && !QUOTE_OPENS.test(text.slice(sentences[k]!.start, sentences[k]!.end))) {
      if (/["“”]/.test(text.slice(sentences[k]!.start, sentences[k]!.end))) break;
      k--;
    }
    const opener = text.slice(sentences[k]!.start, sentences[k]!.end);
    if (!free(k) || !QUOTE_OPENS.test(opener) || /["“”]/.test(opener.replace(/^\s*["“]/, ""))) continue;
    for (let j = k; j < i; j++) out[j] = { sentence: j, chain: closing.chain, ...(closing.told ? { told: closing.told } : {}) };
  }
  return out;
}


/**
 * '"Despite warnings, the bank failed to act. / "The FCA found serious weaknesses," the FCA said.':
 * a paragraph that opens a quotation and leaves it open goes on in the next paragraph, which opens
 * with a quotation mark again, as a quotation running over paragraphs is written. Its sentences,
 * none attributed on its own, are the speaker's the next paragraph opens with.
 */
export function openOverParagraphs(doc: WithModality, attributions: Attribution[]): Attribution[] {
  const out = [...attributions];
  const { sentences, text } = doc;
  const outlet = doc.outlet.id;
  for (let i = sentences.length - 2; i >= 0; i--) {
    const s = sentences[i]!;
    const n = sentences[i + 1]!;
    // The last sentence of its paragraph, before a paragraph that opens with a quotation mark and a speaker.
    if (n.paragraph === s.paragraph || !QUOTE_OPENS.test(text.slice(n.start, n.end))) continue;
    const next = out[i + 1]!;
    if (next.chain[0] === outlet) continue;
    const own = sentences.filter((x) => x.paragraph === s.paragraph);
    const first = own[0]!;
    const body = text.slice(first.start, s.end);
    if (!QUOTE_OPENS.test(body) || !runsOpen(body, false)) continue;
    if (own.some((x) => out[x.index]!.cue || out[x.index]!.chain[0] !== outlet)) continue;
    for (const x of own) out[x.index] = { sentence: x.index, chain: next.chain, ...(next.told ? { told: next.told } : {}) };
  }
  return out;
}
