import type { Analysis } from "../model";

/**
 * The actor id of the outlet that published the article: the actor named like the article's source,
 * else the id that most often closes an attribution chain (chains run nearest source first, outlet last).
 */
export function outletOf(analysis: Analysis): string | null {
  const source = analysis.article.source?.trim().toLowerCase();
  if (source) {
    const named = analysis.actors.find(
      (a) => a.name.toLowerCase() === source || a.aliases.some((alias) => alias.toLowerCase() === source),
    );
    if (named) return named.id;
  }
  const counts = new Map<string, number>();
  for (const item of [...analysis.claims, ...analysis.events, ...analysis.relations]) {
    const last = item.sources[item.sources.length - 1];
    if (last) counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [id, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && id < best)) {
      best = id;
      bestCount = n;
    }
  }
  return best;
}

/** True when the item is the outlet's own unattributed framing: its chain is the outlet alone. */
export function isOutletFraming(sources: readonly string[], outlet: string | null): boolean {
  return outlet !== null && sources.length === 1 && sources[0] === outlet;
}
