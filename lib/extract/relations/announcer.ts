/**
 * The body that announces a penalty is the one that imposed it: "X was suspended for three
 * months, the federation said", "The league said X was fined $50,000". An agentless punitive
 * passive takes its sentence's speaker for agent when the speaker is a governing body (a
 * federation, league, commission, ministry …); a club, a union or a company that reports a
 * penalty may only be passing on another's, and gives none.
 */
import type { ActorKind } from "../../model";
import type { WithEvents } from "../events";
import { judicialAgent } from "./court";

// The penalties a governing body imposes and announces; not an arrest, which the police do.
const ANNOUNCED_ACT = /^(?:suspended|fined|banned|expelled|disqualified|penali[sz]ed|sanctioned)\b/;
const GOVERNING =
  /\b(?:federation|confederation|committee|commission|council|league|authority|regulator|board|ministry|court|tribunal|panel)\b/i;

/** The agent of an agentless penalty in `sentence`: its speaker, if a governing body. */
export function announcingAgent(doc: WithEvents, sentence: number, words: string, kindOf: Map<string, ActorKind>): string[] {
  if (!ANNOUNCED_ACT.test(words)) return [];
  const speaker = doc.attributions[sentence]?.chain[0];
  if (!speaker || speaker === doc.outlet.id || kindOf.get(speaker) !== "organization") return [];
  const actor = doc.actors.find((a) => a.id === speaker);
  return actor && [actor.name, ...actor.aliases].some((n) => GOVERNING.test(n)) ? [speaker] : [];
}

/** The implied agent of an agentless passive: the article's one court, else the penalty's announcer. */
export function impliedAgents(doc: WithEvents, sentence: number, words: string, kindOf: Map<string, ActorKind>): string[] {
  const court = judicialAgent(doc, words, kindOf);
  return court.length ? court : announcingAgent(doc, sentence, words, kindOf);
}
