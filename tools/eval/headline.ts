import type { Analysis } from "../../lib/model";
import { occurrences } from "./dates";
import { normalizeText } from "../../lib/text";
import type { GoldHeadline } from "./real-gold";

export type HeadlineResult = { found: boolean; kindCorrect: boolean; got: string | null };

/**
 * Whether the pipeline found the story's headline event: an event whose evidence holds the gold
 * sentence and whose label has one of the keywords or whose kind is accepted. Its kind is then
 * right when it is one of the accepted kinds; among several candidates, a right kind is preferred.
 */
export function scoreHeadline(analysis: Analysis, gold: GoldHeadline): HeadlineResult {
  const spots = occurrences(analysis.article.text, gold.sentence);
  const keywords = gold.keywords.map(normalizeText);
  const candidates = analysis.events.filter((e) => {
    const here = e.evidence.some((ev) => spots.some(([s, t]) => s < ev.end && ev.start < t));
    const label = normalizeText(e.label);
    return here && (keywords.some((k) => label.includes(k)) || gold.kinds.includes(e.kind));
  });
  const best = candidates.find((e) => gold.kinds.includes(e.kind)) ?? candidates[0];
  if (!best) return { found: false, kindCorrect: false, got: null };
  return {
    found: true,
    kindCorrect: gold.kinds.includes(best.kind),
    got: `${best.label} (${best.kind})`,
  };
}
