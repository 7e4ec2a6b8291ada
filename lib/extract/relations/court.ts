/**
 * The court of a court report: "X was sentenced to six years", "Y was found guilty of fraud" name
 * no agent, and news style leaves it to the court (or the judge) the article names. Only when the
 * article names exactly one court or judge does the agentless passive get it for agent: with two
 * ("the high court … the Supreme Court"), or none, the passive has no agent.
 */
import type { ActorKind } from "../../model";
import type { WithEvents } from "../events";

// "the Court of Cassation", "a Guatemalan court", "the Special Tribunal": a body that judges.
const JUDICIAL_NAME = /\b(?:court|tribunal)\b/i;
// "Judge Ana Ruiz", "Justice Ana Ruiz": a person named with a judge's title.
const JUDGE_TITLE = /\b(?:[Jj]udge|[Jj]ustice|[Mm]agistrate)\s+$/;
// The verbs only a court does to a person: sentencing, convicting, finding guilty, jailing.
const JUDICIAL_ACT = /^(?:sentenced|convicted|found|jailed)\b/;
const BODY: ReadonlySet<ActorKind> = new Set(["organization"]);
const PERSONAL: ReadonlySet<ActorKind> = new Set(["person", "official", "leader"]);

const cache = new WeakMap<WithEvents, string | undefined>();

/** The one court or judge of the article, undefined with none or more than one. */
function soleCourt(doc: WithEvents, kindOf: Map<string, ActorKind>): string | undefined {
  if (cache.has(doc)) return cache.get(doc);
  const courts = new Set<string>();
  for (const a of doc.actors) if (BODY.has(kindOf.get(a.id) ?? "source") && JUDICIAL_NAME.test(a.name)) courts.add(a.id);
  for (const m of doc.mentions)
    if (PERSONAL.has(kindOf.get(m.actor) ?? "source") && JUDGE_TITLE.test(doc.text.slice(Math.max(0, m.start - 12), m.start))) courts.add(m.actor);
  const sole = courts.size === 1 ? [...courts][0] : undefined;
  cache.set(doc, sole);
  return sole;
}

/** The agent of an agentless judicial passive ("X was sentenced"): the article's one court, if any. */
export function judicialAgent(doc: WithEvents, words: string, kindOf: Map<string, ActorKind>): string[] {
  if (!JUDICIAL_ACT.test(words)) return [];
  const court = soleCourt(doc, kindOf);
  return court ? [court] : [];
}
