/**
 * An act whose patient the lead only describes ("A prominent activist was arrested by police",
 * "Police arrested a prominent activist") and a later agentless passive of the same verb that names
 * the patient ("Ventus Lau was arrested on Sunday"): news style names the actor once and the
 * patient after, so the earlier agent acts on the named patient. Only acts done to someone
 * (punishing, attacking) are carried, and only over the next two sentences.
 */
import type { RelationKind } from "../../model";
import { baseOf } from "./labels";

const CARRIED: ReadonlySet<RelationKind> = new Set(["sanctions", "attacks"]);
const WINDOW = 2;

type OpenAct = { base: string; agents: string[]; sentence: number };

/** Acts with an agent and no named patient, met so far in one article. */
export type OpenActs = {
  /** an act of `kind` read from `words` in `sentence`, its agents named and its patient not */
  record: (kind: RelationKind, words: string, agents: string[], sentence: number) => void;
  /** the agents of the latest open act of the same verb in the two sentences before `sentence` */
  agentsOf: (kind: RelationKind, words: string, sentence: number) => string[];
};

export function openActs(): OpenActs {
  const acts: OpenAct[] = [];
  const base = (kind: RelationKind, words: string) => (CARRIED.has(kind) ? baseOf(words.split(/\s+/)[0]!) : undefined);
  return {
    record(kind, words, agents, sentence) {
      const b = base(kind, words);
      if (b && agents.length > 0) acts.push({ base: b, agents, sentence });
    },
    agentsOf(kind, words, sentence) {
      const b = base(kind, words);
      const act = acts.filter((a) => a.base === b && a.sentence < sentence && a.sentence >= sentence - WINDOW).at(-1);
      return act?.agents ?? [];
    },
  };
}
