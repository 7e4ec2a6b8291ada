import type { Attribution } from "./types";

/** Who spoke in the sentence just before this one, when someone other than the outlet did. */
export function speakerBefore(attributions: readonly Attribution[], sentence: number, outlet: string): string | undefined {
  const last = attributions.at(-1);
  return last && last.sentence === sentence - 1 && last.chain[0] !== outlet ? last.chain[0] : undefined;
}

const PRONOUN = /\b(he|she)\b/i;
/** How many sentences a pronoun's referent is remembered for. */
const SPAN = 3;

/**
 * A writer who has called a speaker "she" goes on calling her so: '… President Diego Marquez …,
 * she said that …' and, a sentence later, '"…," she said' are the same woman's words, not those of
 * a man named between them who has not spoken. Remembers whom "he" or "she" last stood for as a
 * speaker, and keeps it when the same pronoun speaks again within a few sentences and the pronoun
 * was read as someone who has never spoken (`unheard`).
 */
export class PronounMemory {
  private last: { word: string; actor: string; sentence: number } | null = null;
  constructor(private readonly text: string) {}

  keep<T extends { chain: string[]; cue: { start: number; end: number } }>(
    found: T | null,
    sentence: number,
    unheard: (actor: string) => boolean,
  ): T | null {
    if (!found) return found;
    const word = PRONOUN.exec(this.text.slice(Math.max(0, found.cue.start - 8), found.cue.end))?.[1]?.toLowerCase();
    if (!word) return found;
    const last = this.last;
    const kept =
      last !== null &&
      last.word === word &&
      sentence - last.sentence <= SPAN &&
      found.chain[0] !== last.actor &&
      unheard(found.chain[0]!)
        ? { ...found, chain: [last.actor, ...found.chain.slice(1)] }
        : found;
    this.last = { word, actor: kept.chain[0]!, sentence };
    return kept;
  }
}
