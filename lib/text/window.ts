import type { Span } from "../model";

/** A paragraph and its rows, in reading order. */
export type ParagraphRows<R> = { span: Span; rows: readonly R[] };

export type TextWindow<R> = {
  /** the first `limit` rows, still grouped by paragraph (the last one may be cut) */
  paragraphs: ParagraphRows<R>[];
  /** rows beyond the window holding the selection's evidence, in reading order, at most `maxPinned` */
  pinned: R[];
  /** how many rows beyond the window hold the selection's evidence (pinned or not) */
  evidenceBeyond: number;
  total: number;
  /** rows neither in the window nor pinned */
  hidden: number;
};

/**
 * The rows a long article renders: the first `limit` in reading order, then, so that a selection is
 * never out of reach, the rows beyond them that overlap `evidence` or satisfy `isSelected`.
 * `evidence` may be in any order; rows must be in reading order and must not overlap.
 */
export function textWindow<R extends Span>(
  paragraphs: readonly ParagraphRows<R>[],
  limit: number,
  evidence: readonly Span[],
  isSelected: (row: R) => boolean,
  maxPinned: number,
): TextWindow<R> {
  const shown: ParagraphRows<R>[] = [];
  const beyond: R[][] = [];
  let total = 0;
  for (const p of paragraphs) {
    const room = limit - total;
    if (room >= p.rows.length) shown.push(p);
    else {
      if (room > 0) shown.push({ span: p.span, rows: p.rows.slice(0, room) });
      beyond.push(room > 0 ? p.rows.slice(room) : (p.rows as R[]));
    }
    total += p.rows.length;
  }
  const rendered = Math.min(limit, total);
  if (rendered === total) return { paragraphs: shown, pinned: [], evidenceBeyond: 0, total, hidden: 0 };

  // one sweep: rows are in order, evidence is sorted once
  const spans = evidence.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const pinned: R[] = [];
  let evidenceBeyond = 0;
  let next = 0;
  let reach = -Infinity; // the furthest end among the spans starting before the current row ends
  for (const rows of beyond) {
    for (const row of rows) {
      while (next < spans.length && spans[next]!.start < row.end) reach = Math.max(reach, spans[next++]!.end);
      if (reach > row.start || isSelected(row)) {
        evidenceBeyond++;
        if (pinned.length < maxPinned) pinned.push(row);
      }
    }
  }
  return { paragraphs: shown, pinned, evidenceBeyond, total, hidden: total - rendered - pinned.length };
}
