import type { Attribution } from "./types";

/**
 * Whom a source spoke to ("X told CNN", "told the Security Council") is no source of what it said,
 * unless the article cites that listener as a source elsewhere ("Bloomberg reported …; one
 * official told Bloomberg …"): then the words reached the outlet through it.
 */
export function throughCitedMedia(attributions: Attribution[], outlet: string): Attribution[] {
  const cited = new Set(
    attributions.filter((a) => a.cue).flatMap((a) => a.chain.filter((id) => id !== outlet)),
  );
  return attributions.map((a) =>
    a.told && cited.has(a.told) && !a.chain.includes(a.told)
      ? { ...a, chain: dedupe([...a.chain.filter((id) => id !== outlet), a.told, outlet]) }
      : a,
  );
}

/** The ids in order, each once. */
export function dedupe(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) === i);
}
