/** A passive's agent after "by": "X was sanctioned (on Monday) by Y" is Y acting on X. */
import type { WithEvents } from "../events";
import type { ActorMention } from "../types";
import type { OpenActs } from "./carried";
import type { Link, RelationSet } from "./collect";
import type { Hit } from "./cues";

// "the Committee of Ukraine", "the Commission Against Impunity in Guatemala": the name is the end of a longer one.
const OF_A_NAMED_BODY = /\p{Lu}[\p{L})]*\s+(?:of|in|for)\s+(?:the\s+)?$/u;

/**
 * A passive names its agent after "by": "X was sanctioned (on Monday) by Y" is Y acting on X; "X
 * said it was fined by Y" has the speaker for patient; "X and Y met at Z, hosted by W": a
 * participle after a comma is said of the clause's joint subjects.
 */
export function relatePassive(
  doc: WithEvents,
  found: RelationSet,
  mentions: ActorMention[],
  h: Hit,
  link: Link,
  speaker: string | undefined,
  leadingSubjects: string[],
  open: OpenActs,
): boolean {
  // "sanctioned", "forced out": the cue's verb a participle.
  let agent = /^(?:\S*ed|found)\b/.test(h.words)
    ? mentions.find((m) => m.start >= h.end && PASSIVE_AGENT.test(doc.text.slice(h.end, m.start)))
    : undefined;
  if (!agent) return false;
  // "by the Kenya Football Association": a country naming the body is not the agent, the body is.
  for (const m of mentions)
    if (m.start > agent.end && /^\s+$/.test(doc.text.slice(agent.end, m.start))) agent = m;
  const reduced = /,\s*$/.test(doc.text.slice(Math.max(0, h.at - 3), h.at));
  if (reduced && leadingSubjects.length >= 2) {
    for (const s of leadingSubjects) if (s !== agent.actor) found.add(agent.actor, s, link);
    return true;
  }
  const patient = mentions.filter((m) => m.end <= h.at).at(-1);
  if (!patient && speaker && speaker !== agent.actor) found.add(agent.actor, speaker, link);
  if (!patient && !speaker) open.record(h.kind, h.words, [agent.actor], link.sentence);
  // "the Committee of Ukraine, as recognised by X": the named body is the patient, not the actor modifying it.
  // An acronym in brackets after the name ("… in Guatemala (CICIG)") stands for the whole name.
  const named = patient && /\(\s*$/.test(doc.text.slice(Math.max(0, patient.start - 2), patient.start))
    ? (mentions.filter((m) => m.end <= patient.start - 1).at(-1) ?? patient)
    : patient;
  const modifier = named && OF_A_NAMED_BODY.test(doc.text.slice(Math.max(0, named.start - 40), named.start));
  if (patient && !modifier && patient.actor !== agent.actor) found.add(agent.actor, patient.actor, link);
  return true;
}
// " by the", " on Sunday by", " in 2011 by the", " for two years by", " of fraud by", " to five years in prison by":
// the agent after a passive, up to two short phrases of time, place, term or reason between.
// "by the ruling Unity Party", "by the then opposition bloc": a word placing the agent in power or out of it.
const PASSIVE_AGENT =
  /^\s+(?:guilty\s+)?(?:(?:on|in|at|during|last|early|late|earlier|later|for|to|from|over|after|of|as|with)\s+(?:[\p{L}\d$£€-]+\s+){1,4}){0,2}by\s+(?:the\s+)?(?:(?:ruling|governing|opposition|then|former|new)\s+)?$/iu;

