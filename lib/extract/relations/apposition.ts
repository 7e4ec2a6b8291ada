/**
 * Relations an apposition states: "President X, an ally of Y," is X supporting Y; "X, a fierce
 * critic of Y," is X opposing Y. The apposition must follow X's mention directly, and Y's mention
 * must end the "of" phrase's opening ("an ally of the ruling Z party").
 */
import type { RelationKind } from "../../model";
import type { ActorMention } from "../types";
import type { NominalAct } from "./nominal";

const NOUNS: Record<string, { kind: RelationKind; label: string }> = {
  ally: { kind: "supports", label: "is an ally of" },
  backer: { kind: "supports", label: "backs" },
  supporter: { kind: "supports", label: "supports" },
  critic: { kind: "opposes", label: "criticises" },
  opponent: { kind: "opposes", label: "opposes" },
  foe: { kind: "opposes", label: "opposes" },
};
const APPOSITION = new RegExp(
  `^,\\s+(?:an?|the|one)\\s+(?:(?:close|key|staunch|longtime|long-time|fierce|vocal|leading|prominent|main|chief|former)\\s+)?(${Object.keys(NOUNS).join("|")})\\s+of\\s+(?:the\\s+)?(?:(?:ruling|governing|opposition)\\s+)?$`,
  "i",
);

/** Each "X, an ally of Y" of one sentence's mentions, in text order. */
export function appositionActs(text: string, mentions: readonly ActorMention[]): NominalAct[] {
  const acts: NominalAct[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const x = mentions[i]!;
    const y = mentions[i + 1]!;
    const m = APPOSITION.exec(text.slice(x.end, y.start));
    if (!m || x.actor === y.actor) continue;
    const noun = NOUNS[m[1]!.toLowerCase()]!;
    acts.push({ agent: x.actor, patient: y.actor, kind: noun.kind, label: noun.label, at: x.end });
  }
  return acts;
}
