/** A word or punctuation token with its offsets in the article text. */
export type Token = { text: string; start: number; end: number };

// Initialisms (U.S., E.U.), words with inner apostrophes/hyphens/dots, a split-off possessive, or one symbol.
const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[.\-&][\p{L}\p{N}]+|['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{N}]+)*|['’][sS](?![\p{L}\p{N}])|\S/gu;

/** Splits text into tokens in one linear pass. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN))
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

export const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);
export const isWord = (w: string) => /^[\p{L}\p{N}]/u.test(w);
export const isPossessive = (w: string) => /^['’][sS]$/.test(w);

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
