import type { Span } from "../model/analysis";

export type Row<C> = Span & { claim: C | null };

/**
 * The rows of one paragraph in reading order: each claim's sentence, and the text between claims
 * (whitespace-only gaps are dropped). Overlapping claims are clipped so no text appears twice.
 */
export function rowsOf<C extends { evidence: Span }>(text: string, paragraph: Span, claims: readonly C[]): Row<C>[] {
  const inside = claims
    .filter((c) => c.evidence.start < paragraph.end && paragraph.start < c.evidence.end)
    .sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
  const rows: Row<C>[] = [];
  let at = paragraph.start;
  const gap = (end: number) => {
    if (end > at && text.slice(at, end).trim()) rows.push({ start: at, end, claim: null });
  };
  for (const claim of inside) {
    const start = Math.max(claim.evidence.start, at, paragraph.start);
    const end = Math.min(claim.evidence.end, paragraph.end);
    if (end <= start) continue;
    gap(start);
    rows.push({ start, end, claim });
    at = end;
  }
  gap(paragraph.end);
  return rows;
}
