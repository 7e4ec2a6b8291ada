import type { ActorRegistry } from "./registry";

// A party named with its lower-case head ("the Unity and Progress party", "the New Path coalition").
const LOWER_HEAD = /^(\p{Lu}[\p{L}'’-]*(?:\s+(?:and|of|for|&|\p{Lu}[\p{L}'’-]*))*)\s+(?:party|coalition|movement|front)$/u;

/**
 * "an ally of Unity and Progress" after "the ruling Unity and Progress party": a party's name
 * without its lower-case head, written again in a later sentence where no other name stands yet,
 * is that party. Read before the sentence's own names, so that its words are not taken apart.
 */
export function findHeadlessNames(text: string, start: number, end: number, sentence: number, reg: ActorRegistry): void {
  const slice = text.slice(start, end);
  for (const actor of [...reg.actors.values()]) {
    if (actor.kind !== "organization") continue;
    const bare = LOWER_HEAD.exec(actor.name)?.[1];
    // One capitalised word alone ("Green") is too common a word to stand for the party.
    if (!bare || !bare.includes(" ")) continue;
    const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const m of slice.matchAll(new RegExp(`(?<![\\p{L}-])${escaped}(?![\\p{L}-]|\\s+(?:party|coalition|movement|front)\\b)`, "gu"))) {
      const from = start + m.index;
      const to = from + m[0].length;
      if (reg.isFree(from, to)) reg.mention(actor.id, from, to, sentence, "ner", m[0]);
    }
  }
}
