import type { Span } from "../model";
import type { Segmented, Sentence } from "./types";

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen col lt sgt capt cmdr adm maj sen rep gov st jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc ltd co corp jr sr dept est approx fig op vol pp u.s u.k e.u u.n".split(
    " ",
  ),
);

/**
 * Stage 1: cuts the body into paragraphs (blank-line separated) and sentences, with offsets.
 * One left-to-right scan: linear in the text length whatever the input.
 */
export function segment(
  text: string,
  referenceDate: string,
  outlet: Segmented["outlet"],
): Segmented {
  const paragraphs: Span[] = [];
  const sentences: Sentence[] = [];
  const paraRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(paraRe)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].trim() === "") continue;
    const p = paragraphs.length;
    paragraphs.push({ start, end });
    for (const s of splitSentences(text, start, end))
      sentences.push({ ...s, index: sentences.length, paragraph: p });
  }
  return { text, referenceDate, outlet, paragraphs, sentences };
}

const MAX_SENTENCE = 2000;

function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = skipSpace(text, from, to);
  for (let i = start; i < to; i++) {
    const c = text[i]!;
    let boundary = false;
    let endAt = i + 1;
    if (c === "." || c === "!" || c === "?" || c === "…") {
      while (endAt < to && /[.!?…»"”’')\]]/.test(text[endAt]!)) endAt++;
      const next = skipSpace(text, endAt, to);
      boundary =
        next >= to ||
        (next > endAt &&
          /[\p{Lu}\p{N}"“«'‘(\[]/u.test(text[next]!) &&
          !isAbbreviation(text, start, i));
    }
    // Guards against unpunctuated walls of text: cut overlong sentences at a space.
    if (!boundary && i - start >= MAX_SENTENCE && c === " ") {
      boundary = true;
      endAt = i;
    }
    if (boundary) {
      if (endAt > start) out.push({ start, end: trimEnd(text, start, endAt) });
      start = skipSpace(text, endAt, to);
      i = start - 1;
    }
  }
  if (start < to) {
    const end = trimEnd(text, start, to);
    if (end > start) out.push({ start, end });
  }
  return out;
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  if (text[dot] !== ".") return false;
  let j = dot;
  while (j > sentenceStart && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  const word = text.slice(j, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[j]!)) return true; // an initial: "J. Smith"
  // Initials written together: "M.K. Stalin", "J.R. Okafor" (two or three capitals, each with its stop).
  if (/^(?:\p{Lu}\.){1,2}\p{Lu}$/u.test(text.slice(j, dot)) && !ABBREVIATIONS.has(word)) return true;
  return ABBREVIATIONS.has(word);
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
