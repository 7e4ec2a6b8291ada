import type { Span } from "../model";

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

/**
 * The rows of every paragraph of `text` (see rowsOf). Each claim is handed only to the paragraphs it
 * overlaps, so an article of thousands of paragraphs and claims costs about one sort, not their product.
 */
export function paragraphRows<C extends { evidence: Span }>(
  text: string,
  paragraphs: readonly Span[],
  claims: readonly C[],
): { span: Span; rows: Row<C>[] }[] {
  const within: C[][] = paragraphs.map(() => []);
  for (const claim of claims) {
    // the first paragraph ending after the claim starts
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid]!.end <= claim.evidence.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < paragraphs.length && paragraphs[i]!.start < claim.evidence.end; i++) within[i]!.push(claim);
  }
  return paragraphs.map((span, i) => ({ span, rows: rowsOf(text, span, within[i]!) }));
}
