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

// "X, a militant group affiliated with Y,", "X, aligned with Y,": X and Y act together; "X, backed
// by Y," is Y supporting X. Capitalised words may stand before Y's mention ("President Z's Y").
const AFFILIATION = /^,\s+(?:(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3})?(affiliated with|affiliated to|allied with|allied to|aligned with|backed by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
const AFFILIATION_ACTS: Record<string, { kind: RelationKind; label: string; reverse?: true }> = {
  "affiliated with": { kind: "cooperates", label: "is affiliated with" },
  "affiliated to": { kind: "cooperates", label: "is affiliated with" },
  "allied with": { kind: "cooperates", label: "is allied with" },
  "allied to": { kind: "cooperates", label: "is allied with" },
  "aligned with": { kind: "cooperates", label: "is aligned with" },
  "backed by": { kind: "supports", label: "backs", reverse: true },
};

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
  for (let i = 0; i + 1 < mentions.length; i++) {
    const x = mentions[i]!;
    const m = AFFILIATION.exec(text.slice(x.end, mentions[i + 1]!.start));
    if (!m) continue;
    // "affiliated with Palestinian President Z's Y": the last name of the phrase, not its modifiers.
    let k = i + 1;
    while (k + 1 < mentions.length && /^(?:['’]s?)?\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.test(text.slice(mentions[k]!.end, mentions[k + 1]!.start))) k++;
    const y = mentions[k]!;
    if (x.actor === y.actor) continue;
    const act = AFFILIATION_ACTS[m[1]!.toLowerCase()]!;
    const [agent, patient] = act.reverse ? [y.actor, x.actor] : [x.actor, y.actor];
    acts.push({ agent, patient, kind: act.kind, label: act.label, at: x.end });
  }
  return acts;
}
