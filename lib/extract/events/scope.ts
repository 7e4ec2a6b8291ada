import type { Span } from "../../model";
import { groupBySentence, spansBySentence } from "../by-sentence";
import type { TimeMention } from "../time";
import { tokenize, type Token } from "../tokens";
import type { ActorMention, Clause, Sentence, WithAttribution } from "../types";
import type { Words } from "./phrases";
import { findTriggers, type Trigger } from "./triggers";

/** One sentence as the event stage reads it: its tokens and words, clauses, times and triggers. */
export type SentenceScope = {
  doc: WithAttribution;
  s: Sentence;
  tokens: readonly Token[];
  words: Words;
  clauses: Clause[];
  /** the sentence's time expressions */
  times: TimeMention[];
  /** every actor mention of the sentence */
  mentions: ActorMention[];
  /** the attribution cue ("officials said"), whose words are no event */
  cue?: Span;
  /** triggers outside the attribution cue and outside names */
  triggers: Trigger[];
  /** the clause a token falls in (the first clause when none holds it) */
  clauseOf: (ti: number) => Clause;
};

/** The article's mentions, clauses and times grouped by sentence once, for every sentence's scope. */
export type SentenceIndex = {
  mentions: Map<number, ActorMention[]>;
  clauses: Map<number, Clause[]>;
  times: Map<number, TimeMention[]>;
};

export function indexSentences(doc: WithAttribution): SentenceIndex {
  return {
    mentions: groupBySentence(doc.mentions),
    clauses: groupBySentence(doc.clauses),
    times: spansBySentence(doc.times, doc.sentences),
  };
}

/** The sentence's scope, or null for a sentence without tokens. */
export function sentenceScope(
  doc: WithAttribution,
  index: SentenceIndex,
  s: Sentence,
): SentenceScope | null {
  const tokens = tokenize(doc.text.slice(s.start, s.end), s.start);
  if (tokens.length === 0) return null;
  const times = index.times.get(s.index) ?? [];
  const words: Words = {
    text: tokens.map((t) => t.text),
    lower: tokens.map((t) => t.text.toLowerCase()),
    timed: tokens.map((t) => times.some((x) => t.start >= x.start && t.end <= x.end)),
  };
  const clauses = index.clauses.get(s.index) ?? [];
  const clauseOf = (ti: number) =>
    clauses.find((c) => tokens[ti]!.start >= c.start && tokens[ti]!.start < c.end) ?? clauses[0]!;
  const cue = doc.attributions[s.index]?.cue;
  const inCue = (ti: number) =>
    !!cue && tokens[ti]!.start >= cue.start && tokens[ti]!.end <= cue.end;
  const mentions = index.mentions.get(s.index) ?? [];
  const named = mentions.filter((m) => m.end - m.start > 3);
  const inName = (ti: number) =>
    named.some((m) => tokens[ti]!.start >= m.start && tokens[ti]!.end <= m.end);
  const triggers = findTriggers(words.lower).filter((t) => !inCue(t.start) && !inName(t.start));
  return {
    doc,
    s,
    tokens,
    words,
    clauses,
    times,
    mentions,
    ...(cue ? { cue } : {}),
    triggers,
    clauseOf,
  };
}

export function noPunct(words: Words, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/^[,;:.!?()]$/.test(words.text[i]!)) return false;
  return true;
}

export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? tokens.length : i;
}
export const clauseStartToken = (tokens: readonly Token[], c: Clause) =>
  tokenIndexAt(tokens, c.start);
export function tokenIndexBefore(tokens: readonly Token[], offset: number): number {
  let i = tokens.length;
  while (i > 0 && tokens[i - 1]!.end > offset) i--;
  return i;
}

export const unique = <T>(xs: T[]) => xs.filter((x, i) => xs.indexOf(x) === i);
