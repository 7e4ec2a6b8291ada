import type { Sentence } from "./types";

/** Items grouped by the sentence they belong to, built once so stages do not rescan the whole article per sentence. */
export function groupBySentence<T extends { sentence: number }>(
  xs: readonly T[],
): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of xs) {
    const list = m.get(x.sentence);
    if (list) list.push(x);
    else m.set(x.sentence, [x]);
  }
  return m;
}

/** Spans (time expressions) grouped by the sentence that contains them, in one merge pass over both sorted lists. */
export function spansBySentence<T extends { start: number; end: number }>(
  spans: readonly T[],
  sentences: readonly Sentence[],
): Map<number, T[]> {
  const m = new Map<number, T[]>();
  let i = 0;
  for (const t of [...spans].sort((a, b) => a.start - b.start)) {
    while (i < sentences.length && sentences[i]!.end < t.end) i++;
    const s = sentences[i];
    if (!s || t.start < s.start || t.end > s.end) continue;
    const list = m.get(s.index);
    if (list) list.push(t);
    else m.set(s.index, [t]);
  }
  return m;
}

/**
 * The mentions no other mention holds: "Chinese" of "Chinese officials said" names the officials'
 * state, an actor of the article, but the officials speak; a name inside another's is no speaker.
 */
export function outerMentions<T extends { start: number; end: number }>(xs: readonly T[]): T[] {
  return xs.filter((x) => !xs.some((y) => y !== x && y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start));
}
