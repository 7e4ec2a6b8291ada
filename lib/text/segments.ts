import type { Span } from "../model";

/** A labelled span to lay over the text: `key` says which layer, `ref` which item of it. */
export type Layer<R> = Span & { ref: R };

/** A piece of text with every layer item that covers it. */
export type Piece<M, T> = Span & { mention: M | null; timex: T | null; highlight: boolean; cue: boolean };

/**
 * Cuts `range` of the text at every boundary of the mentions, time expressions and highlights
 * inside it, so each piece is covered by at most one mention and one time expression (the first
 * that starts there wins when the extraction overlaps) and is either highlighted or not, an
 * evaluative cue word or not.
 */
export function segment<M, T>(
  range: Span,
  mentions: readonly Layer<M>[],
  timexes: readonly Layer<T>[],
  highlights: readonly Span[],
  cues: readonly Span[] = [],
): Piece<M, T>[] {
  const clip = <S extends Span>(spans: readonly S[]) =>
    spans.filter((s) => s.start < range.end && range.start < s.end && s.end > s.start);
  const ms = clip(mentions);
  const ts = clip(timexes);
  const hs = clip(highlights);
  const cs = clip(cues);
  const cuts = new Set<number>([range.start, range.end]);
  for (const s of [...ms, ...ts, ...hs, ...cs]) {
    cuts.add(Math.max(range.start, s.start));
    cuts.add(Math.min(range.end, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece<M, T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covers = (s: Span) => s.start <= start && end <= s.end;
    pieces.push({
      start,
      end,
      mention: ms.find(covers)?.ref ?? null,
      timex: ts.find(covers)?.ref ?? null,
      highlight: hs.some(covers),
      cue: cs.some(covers),
    });
  }
  return pieces;
}

/** Consecutive pieces that share the same mention, so one mention renders as one element. */
export function groupByMention<M, T>(pieces: readonly Piece<M, T>[]): { mention: M | null; pieces: Piece<M, T>[] }[] {
  const groups: { mention: M | null; pieces: Piece<M, T>[] }[] = [];
  for (const piece of pieces) {
    const last = groups[groups.length - 1];
    if (last && last.mention !== null && last.mention === piece.mention) last.pieces.push(piece);
    else groups.push({ mention: piece.mention, pieces: [piece] });
  }
  return groups;
}

/** Paragraph spans of a text whose paragraphs are separated by blank lines. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
