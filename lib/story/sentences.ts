import type { Span } from "../model/analysis";

/** The sentence around a span: from the previous sentence end (or paragraph start) to the next. */
export function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !/[.!?]["”’»)]?\s$/.test(text.slice(Math.max(0, start - 3), start)) && text[start - 1] !== "\n") start--;
  let end = span.end;
  while (end < text.length && !/[.!?]/.test(text[end - 1] ?? "") && text[end] !== "\n") end++;
  while (end < text.length && /["”’»)]/.test(text[end]!)) end++;
  return { start, end };
}
