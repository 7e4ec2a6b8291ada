import type { Analysis, Claim, Span } from "../model";
import { outletOf } from "../selection";

/** A cue word of an evaluative claim where it stands in the text. */
export type CueSpan = Span & { cue: string };

/** Each cue's first occurrence inside the claim's sentence (case-insensitive); cues not found there are left out. */
export function cueSpans(text: string, claim: Pick<Claim, "evidence" | "cues">): CueSpan[] {
  const { start, end } = claim.evidence;
  const sentence = text.slice(start, end).toLowerCase();
  const spans: CueSpan[] = [];
  for (const cue of claim.cues ?? []) {
    const at = cue ? sentence.indexOf(cue.toLowerCase()) : -1;
    if (at >= 0) spans.push({ start: start + at, end: start + at + cue.length, cue });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Quotation marks that open a passage someone else is quoted in, with their closing marks. */
const QUOTES: Record<string, string> = { "“": "”", '"': '"', "„": "“", "«": "»", "‘": "’" };

/** The quoted passages of `text` between `start` and `end`, in absolute offsets (marks included). */
function quotations(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  for (let i = start; i < end; i++) {
    const close = QUOTES[text[i]!];
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0 || j >= end) continue;
    out.push({ start: i, end: j + 1 });
    i = j;
  }
  return out;
}

/** Whose framing a claim's cue words are: `by` an actor id, `quoted` when they stand in a quoted passage. */
export type Framing = { by: string | null; quoted: boolean };

/**
 * Whose words the evaluative cues are. A cue inside a quotation longer than the cue itself (the
 * source's own words, quoted) belongs to the nearest source of the claim's chain; anything else,
 * including a term the outlet itself puts in quotation marks ("so-called «coalition of the willing»"),
 * is the outlet's own framing: reporting "According to Bloomberg" does not make Bloomberg the author
 * of the outlet's wording.
 */
export function framingOf(analysis: Analysis, claim: Claim): Framing {
  const outlet = outletOf(analysis) ?? claim.sources[claim.sources.length - 1] ?? null;
  const cues = cueSpans(analysis.article.text, claim);
  const nearest = claim.sources[0] ?? null;
  if (cues.length === 0 || nearest === null || nearest === outlet) return { by: outlet, quoted: false };
  const quoted = quotations(analysis.article.text, claim.evidence.start, claim.evidence.end);
  const inQuote = (c: CueSpan) => quoted.some((q) => q.start <= c.start && c.end <= q.end && q.end - q.start > c.end - c.start + 2);
  return cues.every(inQuote) ? { by: nearest, quoted: true } : { by: outlet, quoted: false };
}
