/**
 * Personal pronouns as parties of an act: "The federation fined him", "She was banned by Y". A
 * pronoun stands for the one person named in its sentence before it or in the two sentences
 * before (an object pronoun not for its own clause's subject); with two people or more in that
 * window it stands for no one here.
 */
import type { ActorKind } from "../../model";
import type { ActorMention, Clause } from "../types";

const PERSONAL: ReadonlySet<ActorKind> = new Set(["person", "official", "leader"]);
// "her" is an object only where no noun follows it ("fined her", "banned her for two years"), not "her lawyer".
const PRONOUN = /\b(?:[Hh]e|[Ss]he|him|her(?=\s*(?:[,.;:!?)]|$|\s+(?:for|to|from|of|on|in|with|after|over|and|as|at|by|until|last|this|early|late|earlier|later)\b)))\b/g;
const WINDOW = 2;

/** The mentions of a sentence and the two before it, where a pronoun may find its person. */
export const nearby = (by: Map<number, ActorMention[]>, sentence: number) =>
  [sentence - 2, sentence - 1, sentence].flatMap((i) => by.get(i) ?? []);

/** The clause's pronouns that stand for one person, as mentions of that person. */
export function pronounMentions(
  text: string,
  clause: Clause,
  mentions: readonly ActorMention[],
  kindOf: Map<string, ActorKind>,
): ActorMention[] {
  const out: ActorMention[] = [];
  const slice = text.slice(clause.start, clause.end);
  PRONOUN.lastIndex = 0;
  for (const m of slice.matchAll(PRONOUN)) {
    const start = clause.start + m.index;
    const end = start + m[0].length;
    if (mentions.some((x) => x.start < end && x.end > start)) continue;
    // "Diallo supported her": an object pronoun is not its own clause's subject.
    const object = /^(?:him|her)$/.test(m[0]);
    const people = new Set(
      mentions
        .filter(
          (x) =>
            x.end <= start &&
            x.sentence >= clause.sentence - WINDOW &&
            !(object && x.start >= clause.start) &&
            PERSONAL.has(kindOf.get(x.actor) ?? "source"),
        )
        .map((x) => x.actor),
    );
    if (people.size === 1) out.push({ actor: [...people][0]!, start, end, sentence: clause.sentence, via: "coref" });
  }
  return out;
}
