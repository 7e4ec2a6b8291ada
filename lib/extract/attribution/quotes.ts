import type { Attribution, Sentence } from "../types";

export const QUOTE_OPENS = /^\s*["“]/;

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
 * The spans of a sentence that lie inside quotation marks, given whether a quotation is open
 * where it starts: '"We will not let Putin win," she said' has one, up to the closing mark.
 * Nothing inside is the sentence's speaker or its reporting verb.
 */
export function quotedSpans(
  text: string,
  start: number,
  end: number,
  open: boolean,
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let from = open ? start : -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    const opens = c === "“" || (c === '"' && from < 0);
    const closes = c === "”" || (c === '"' && from >= 0);
    if (opens && from < 0) from = i;
    else if (closes && from >= 0) {
      spans.push({ start: from, end: i + 1 });
      from = -1;
    }
  }
  if (from >= 0) spans.push({ start: from, end });
  return spans;
}

/** Where a sentence names its speaker ("Berg said", "said Berg"), or null when it does not. */
export type SpeechTag = { start: number; end: number } | null;

/**
 * A quotation over several sentences whose speaker is named right after it closes, in
 * '"We are ready. We have always been ready," Berg said.' or '…," said Berg.': every sentence
 * of the quotation is Berg's, not the previous speaker's. Only that shape: a name in the
 * quotation, or in a later sentence, never makes its speaker.
 */
export function speakersAhead(
  text: string,
  sentences: readonly Sentence[],
  attributions: Attribution[],
  tags: readonly SpeechTag[],
): void {
  let i = 0;
  while (i < sentences.length) {
    const s = sentences[i]!;
    if (!QUOTE_OPENS.test(text.slice(s.start, s.end))) {
      i++;
      continue;
    }
    const to = quotationEnd(text, sentences, i);
    const tag = tags[to];
    if (to > i && tag && tagAfterClose(text, sentences[to]!, tag)) {
      const chain = attributions[to]!.chain;
      for (let k = i; k < to; k++) attributions[k] = { sentence: k, chain };
    }
    i = to + 1;
  }
}

/**
 * The sentence where a quotation opened in sentence i closes: in its paragraph, or in a later one
 * when each paragraph it runs into opens with a quotation mark, as a quotation over paragraphs does.
 */
function quotationEnd(text: string, sentences: readonly Sentence[], i: number): number {
  let open = runsOpen(text.slice(sentences[i]!.start, sentences[i]!.end), false);
  let j = i;
  while (open && j + 1 < sentences.length) {
    const next = sentences[j + 1]!;
    const body = text.slice(next.start, next.end);
    const reopens = next.paragraph !== sentences[j]!.paragraph;
    if (reopens && !QUOTE_OPENS.test(body)) break;
    open = runsOpen(reopens ? body.replace(QUOTE_OPENS, "") : body, true);
    j++;
  }
  return j;
}

/** '…," Berg said' or '…," said Berg': the tag starts right after the closing mark and a comma or ?/!. */
function tagAfterClose(text: string, s: Sentence, tag: { start: number }): boolean {
  const before = text.slice(s.start, tag.start);
  return /[,?!—–-]\s*["”]\s*$/.test(before);
}
