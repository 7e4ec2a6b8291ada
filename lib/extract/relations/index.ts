/**
 * Stage 7: typed relations between actors, clause by clause: actors before a cue are its
 * subjects, the first actor after it its object; coordinated subjects of a joint action
 * cooperate. A clause with no subject of its own borrows its sentence's previous subjects
 * ("a framework that would provide Ukraine…"). Attribution chains add "reports" links.
 */
import type { Relation, ActorKind } from "../../model";
import { groupBySentence } from "../by-sentence";
import type { WithEvents } from "../events";
import type { ActorMention, Clause } from "../types";
import { relationSet, type Link, type RelationSet } from "./collect";
import { cueHits, type Hit } from "./cues";
import { coordinated, coordinatedAfter, nearestSubjects, objectsOf } from "./parties";

export type WithRelations = WithEvents & { relations: Relation[] };

const EXCLUDED_KINDS = new Set(["media", "source"]);

export function findRelations(doc: WithEvents): WithRelations {
  const found = relationSet(doc);
  const kindOf = new Map(doc.actors.map((a) => [a.id, a.kind]));
  relateClauses(doc, found, kindOf);
  relateReports(doc, found, kindOf);
  return { ...doc, relations: found.numbered() };
}

/** Each clause's cues relate its actors; a clause without a subject borrows the sentence's last ones. */
function relateClauses(doc: WithEvents, found: RelationSet, kindOf: Map<string, ActorKind>): void {
  const mentionsBy = groupBySentence(doc.mentions);
  let previousSubjects: string[] = [];
  let previousSentence = -1;
  for (const clause of doc.clauses) {
    if (clause.sentence !== previousSentence) previousSubjects = [];
    previousSentence = clause.sentence;
    const mentions = clauseMentions(doc, clause, mentionsBy.get(clause.sentence) ?? [], kindOf);
    const hits = cueHits(doc.text, clause);
    const leading = coordinated(doc.text, mentions, hits[0]?.at ?? clause.end);
    for (const h of hits) relateHit(doc, found, clause, mentions, h, previousSubjects);
    // "X and Y aim to …": coordinated subjects acting together.
    if (leading.length >= 2 && hits.length === 0) {
      const link: Link = {
        kind: "cooperates",
        label: "together with",
        clause,
        at: clause.start,
        sentence: clause.sentence,
        symmetric: true,
      };
      for (let i = 1; i < leading.length; i++) found.add(leading[0]!, leading[i]!, link);
    }
    if (leading.length > 0) previousSubjects = leading;
  }
}

/** The clause's actor mentions that can take part in a relation: no media or unnamed sources, none in the attribution cue. */
function clauseMentions(
  doc: WithEvents,
  clause: Clause,
  inSentence: ActorMention[],
  kindOf: Map<string, ActorKind>,
): ActorMention[] {
  const cue = doc.attributions[clause.sentence]?.cue;
  return inSentence.filter(
    (m) =>
      m.start >= clause.start &&
      m.end <= clause.end &&
      !EXCLUDED_KINDS.has(kindOf.get(m.actor) ?? "") &&
      !(cue && m.start >= cue.start && m.end <= cue.end),
  );
}

/** The relations one cue states: agent and patient of a passive, parties of a joint act, or subjects acting on objects. */
function relateHit(
  doc: WithEvents,
  found: RelationSet,
  clause: Clause,
  mentions: ActorMention[],
  h: Hit,
  previousSubjects: string[],
): void {
  // "the attack", "its support": a noun, not a verb with a subject.
  if (
    /\b(?:the|a|an|its|their|this|that)\s+$/i.test(
      doc.text.slice(Math.max(clause.start, h.at - 7), h.at),
    )
  )
    return;
  const link: Link = {
    kind: h.kind,
    label: h.label,
    clause,
    at: h.at,
    sentence: clause.sentence,
    symmetric: h.symmetric,
  };
  if (relatePassive(doc, found, mentions, h, link)) return;
  const before = nearestSubjects(doc.text, mentions, h.at);
  const subjects = before.length > 0 ? before : previousSubjects;
  const objects = objectsOf(doc.text, mentions, h.end, subjects);
  // "talks between X and Y", "a meeting of X and Y": both parties follow the cue.
  const following = coordinatedAfter(doc.text, mentions, h.end);
  if (h.symmetric && before.length === 0 && following.length >= 2) {
    relatePairs(found, following, link);
    return;
  }
  if (h.symmetric && subjects.length >= 2) relatePairs(found, subjects, link);
  else for (const s of subjects) for (const o of objects) found.add(s, o, link);
}

/** A passive names its agent after "by": "X was sanctioned by Y" is Y acting on X. */
function relatePassive(
  doc: WithEvents,
  found: RelationSet,
  mentions: ActorMention[],
  h: Hit,
  link: Link,
): boolean {
  const agent = /ed$/.test(h.label)
    ? mentions.find((m) => /^\s+by\s+(?:the\s+)?$/i.test(doc.text.slice(h.end, m.start)))
    : undefined;
  if (!agent) return false;
  const patient = mentions.filter((m) => m.end <= h.at).at(-1);
  if (patient && patient.actor !== agent.actor) found.add(agent.actor, patient.actor, link);
  return true;
}

/** Every pair of actors that act together, symmetric. */
function relatePairs(found: RelationSet, actors: string[], link: Link): void {
  const joint = { ...link, symmetric: true };
  for (let i = 0; i < actors.length; i++)
    for (let j = i + 1; j < actors.length; j++) found.add(actors[i]!, actors[j]!, joint);
}

/** A source reports to the medium that carries it, not to the body it belongs to. */
function relateReports(doc: WithEvents, found: RelationSet, kindOf: Map<string, ActorKind>): void {
  const firstClause = new Map<number, Clause>();
  for (const c of doc.clauses) if (!firstClause.has(c.sentence)) firstClause.set(c.sentence, c);
  for (const att of doc.attributions) {
    const chain = att.chain.filter((id) => id !== doc.outlet.id);
    const clause = firstClause.get(att.sentence);
    if (!clause || !att.cue) continue;
    const link: Link = {
      kind: "reports",
      label: "reports to",
      clause,
      at: att.cue.start,
      sentence: att.sentence,
      symmetric: false,
    };
    for (let i = 0; i + 1 < chain.length; i++)
      if (kindOf.get(chain[i + 1]!) === "media") found.add(chain[i]!, chain[i + 1]!, link);
  }
}
