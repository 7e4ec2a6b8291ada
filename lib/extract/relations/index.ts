/**
 * Stage 7: typed relations between actors, clause by clause: actors before a cue are its
 * subjects, the first actor after it its object; coordinated subjects of a joint action
 * cooperate. A clause with no subject of its own borrows its sentence's previous subjects
 * ("a framework that would provide Ukraine…"). Attribution chains add "reports" links.
 */
import type { Relation, ActorKind, RelationKind } from "../../model";
import { groupBySentence } from "../by-sentence";
import { isPluralNoun, isVerbForm } from "../lexicon";
import { isTitle } from "../actors";
import type { WithEvents } from "../events";
import type { ActorMention, Clause } from "../types";
import { relationSet, type Link, type RelationSet } from "./collect";
import { relateReports } from "./reports";
import { cueHits, type Hit } from "./cues";
import { relationLabel } from "./labels";
import { appositionActs } from "./apposition";
import { nominalActs, visitAct } from "./nominal";
import { speakerSubject, speakingPart } from "./speaker";
import { possessedSubject } from "./subject-noun";
import { unionStrike } from "./union-strike";
import { withTitles } from "./titled";
import { nearby, pronounMentions } from "./pronouns";
import { openActs, type OpenActs } from "./carried";
import { roleMentions } from "./roles";
import { relatePassive } from "./passive";
import { frameHasSubject } from "./frames";
import { impliedAgents } from "./announcer";
import { coordinated, coordinatedAfter, coordinatedVerb, JOINT_ACT, jointSubjects, nearestSubjects, objectsOf } from "./parties";

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
  const open = openActs();
  for (const clause of doc.clauses) {
    if (clause.sentence !== previousSentence) {
      previousSubjects = [];
      relateAppositions(doc, found, clause, mentionsBy.get(clause.sentence) ?? [], kindOf);
    }
    previousSentence = clause.sentence;
    const mentions = clauseMentions(doc, clause, mentionsBy.get(clause.sentence) ?? [], kindOf, nearby(mentionsBy, clause.sentence));
    const hits = cueHits(doc.text, clause);
    const leading = coordinated(doc.text, mentions, hits[0]?.at ?? clause.end);
    relateNominal(doc, found, clause, mentions);
    const strike = unionStrike(doc, clause, mentions);
    if (strike) found.add(strike.union, strike.employer, { kind: "opposes", label: "strikes against", clause, at: strike.at, sentence: clause.sentence, symmetric: false });
    const leadingSubjects = jointSubjects(doc.text, mentions, clause.start, hits[0]?.at ?? clause.end) ? leading : [];
    hits.forEach((h, i) => relateHit(doc, found, clause, mentions, h, previousSubjects, leadingSubjects, kindOf, open, hits[i - 1]));
    // "X and Y aim to …": coordinated subjects acting together; not an apposition ("the GDPR,
    // Europe's privacy law") nor names inside a phrase that is not the subject ("Under X and Y, …").
    if (
      leading.length >= 2 &&
      hits.length === 0 &&
      jointSubjects(doc.text, mentions, clause.start, clause.end) &&
      JOINT_ACT.test(doc.text.slice(mentions.find((m) => m.actor === leading.at(-1))!.end, clause.end))
    ) {
      const link: Link = {
        kind: "cooperates",
        label: "works with",
        clause,
        // the act is the clause's verb, after its subjects: "X and Y are likely to push for …" is probable
        at: Math.max(clause.start, clause.end - 1),
        sentence: clause.sentence,
        symmetric: true,
      };
      for (let i = 1; i < leading.length; i++) found.add(leading[0]!, leading[i]!, link);
    }
    if (leading.length > 0) previousSubjects = leading;
  }
}

/** "X, an ally of Y": what an apposition says of one sentence's actors (the sentence's first clause links it). */
function relateAppositions(
  doc: WithEvents,
  found: RelationSet,
  clause: Clause,
  inSentence: ActorMention[],
  kindOf: Map<string, ActorKind>,
): void {
  const mentions = withTitles(
    doc.text,
    inSentence.filter((m) => !EXCLUDED_KINDS.has(kindOf.get(m.actor) ?? "")),
    kindOf,
    doc.sentences[clause.sentence]?.start ?? 0,
  );
  for (const act of appositionActs(doc.text, mentions))
    found.add(act.agent, act.patient, actLink(clause, act));
}

/** The directed link of an act read whole from its words (an apposition's, a noun's). */
const actLink = (clause: Clause, act: { kind: RelationKind; label: string; at: number }): Link => ({
  kind: act.kind,
  label: act.label,
  clause,
  at: act.at,
  sentence: clause.sentence,
  symmetric: false,
});

/** Acts named by nouns ("the suspension of X by Y", "Y's fine on X"), unless denied. */
function relateNominal(doc: WithEvents, found: RelationSet, clause: Clause, mentions: ActorMention[]): void {
  for (const act of nominalActs(doc.text, clause, mentions)) {
    if (NEGATED_BEFORE.test(doc.text.slice(clause.start, act.at))) continue;
    found.add(act.agent, act.patient, { ...actLink(clause, act), hedgedUntil: clause.end });
  }
}

/** The clause's actor mentions that can take part in a relation: no media or unnamed sources, none in the attribution cue. */
function clauseMentions(
  doc: WithEvents,
  clause: Clause,
  inSentence: ActorMention[],
  kindOf: Map<string, ActorKind>,
  window: ActorMention[],
): ActorMention[] {
  const cue = speakingPart(doc.text, doc.attributions[clause.sentence]?.cue);
  const pronouns = [...pronounMentions(doc.text, clause, window, kindOf), ...roleMentions(doc.text, clause, window, kindOf)].filter(
    (m) => !(cue && m.start >= cue.start && m.end <= cue.end) && !inSentence.some((x) => x.start < m.start && x.end > m.start),
  );
  // "the Nordvik Bank chairman": a name inside the role's phrase only modifies it.
  const named = inSentence.filter((x) => !pronouns.some((p) => x.start >= p.start && x.end <= p.end));
  const inClause = [...named, ...pronouns].sort((a, b) => a.start - b.start).filter(
    (m) =>
      m.start >= clause.start &&
      m.end <= clause.end &&
      !EXCLUDED_KINDS.has(kindOf.get(m.actor) ?? "") &&
      !(cue && m.start >= cue.start && m.end <= cue.end),
  );
  return withTitles(doc.text, inClause, kindOf, clause.start);
}

/** The relations one cue states: agent and patient of a passive, parties of a joint act, or subjects acting on objects. */
function relateHit(
  doc: WithEvents,
  found: RelationSet,
  clause: Clause,
  mentions: ActorMention[],
  h: Hit,
  previousSubjects: string[],
  leadingSubjects: string[],
  kindOf: Map<string, ActorKind>,
  open: OpenActs,
  previousHit?: Hit,
): void {
  // "cooperation between Moscow and Minsk", "the talks between X and Y": a symmetric noun names
  // its own parties, whoever the clause's subject is.
  if (h.symmetric && !h.joint && !NEGATED_BEFORE.test(doc.text.slice(clause.start, h.at))) {
    const lead = /\b(?:between|among)$/.test(h.words) ? /^\s+(?:the\s+)?$/ : BETWEEN_PARTIES;
    const parties = coordinatedAfter(doc.text, mentions, h.end, lead);
    if (parties.length >= 2 && !/\bno\s+$/i.test(doc.text.slice(clause.start, h.at))) {
      relatePairs(found, parties, linkOf(clause, h));
      return;
    }
  }
  // "the courtesy visit of X (to Y)", "X's state visit to Y": a noun whose phrase names the visitor.
  const visit = h.kind === "meets" ? visitAct(doc.text, mentions, h.at, h.end, (w) => !isTitle(w) && !isPluralNoun(w)) : undefined;
  if (visit) {
    if (visit.visitor && visit.host && !NEGATED_BEFORE.test(doc.text.slice(clause.start, h.at))) found.add(visit.visitor, visit.host, linkOf(clause, h));
    return;
  }
  // "the attack", "its support": a noun, not a verb with a subject.
  if (
    /\b(?:the|a|an|its|their|this|that|any|no|some|further)\s+$/i.test(
      doc.text.slice(Math.max(clause.start, h.at - 7), h.at),
    )
  )
    return;
  const link = linkOf(clause, h);
  // "a common position on security guarantees for X": the topic of a talk, not an act.
  if (TOPIC_BEFORE.test(doc.text.slice(clause.start, h.at))) return;
  // "cannot receive", "did not sanction": a negated act is no relation, nor its own noun after it
  // ("did not send $1.5 million in aid to Y").
  if (NEGATED_BEFORE.test(doc.text.slice(clause.start, h.at))) return;
  if (previousHit?.kind === h.kind && NEGATED_BEFORE.test(doc.text.slice(clause.start, previousHit.at))) return;
  if (h.incorporates) return relateIncorporation(doc, found, clause, mentions, h, link);
  const speaker = speakerSubject(doc, clause, h.at, h.end, kindOf);
  if (h.reversed && PASSIVE_BEFORE.test(doc.text.slice(clause.start, h.at))) return;
  if (relatePassive(doc, found, mentions, h, link, speaker, leadingSubjects, open)) return;
  // "who was arrested and released after the military took over": a passive without "by" names
  // no agent, and what follows it is not its object; "Y was arrested on Sunday" after "an activist
  // was arrested by police" names the patient of that act.
  if (/^(?:\S*(?:ed|en)|found)\b/.test(h.words) && PASSIVE_BEFORE.test(doc.text.slice(clause.start, h.at)))
    return relateAgentlessPassive(doc, found, clause, mentions, h, link, kindOf, open);
  // "sanctions on six Venezuelan security officials aligned with Y": a participle after a noun in a
  // prepositional phrase is a reduced relative of that noun, not the clause's verb.
  const nounBefore = mentions.filter((m) => m.end <= h.at).at(-1);
  if (nounBefore && /^\S*ed\b/.test(h.words) && REDUCED_RELATIVE.test(doc.text.slice(nounBefore.end, h.at)) && !/\b(?:has|have|had|is|are|was|were|be|been|will|would)\b/.test(doc.text.slice(nounBefore.end, h.at)) && IN_PREPOSITION.test(doc.text.slice(clause.start, nounBefore.start)))
    return;
  // "denied Staples' attempt to buy Y": an infinitive that completes a noun has the noun's
  // possessor as its subject, or none named, never the clause's subject.
  const ofNoun = INFINITIVE_OF_NOUN.exec(doc.text.slice(clause.start, h.at));
  // "the company agreed to buy", "the Unity Party threatened to": a verb (a past form too) before
  // "to" makes it the clause's own infinitive.
  if (ofNoun && (!ofNoun[2] || !(isVerbForm(ofNoun[3]!) || /\p{Ll}ed$/u.test(ofNoun[3]!)))) {
    const owner = ofNoun[1] ? mentions.find((m) => m.end === clause.start + ofNoun.index) : undefined;
    if (!owner) return;
    for (const o of objectsOf(doc.text, mentions, h.end, [owner.actor])) found.add(owner.actor, o, link);
    return;
  }
  // "Russia's core demands, including …": the cue is the possessed noun itself, so its possessor acts.
  const nounCue = /s$/i.test(h.words) && NOUN_CUE_AFTER.test(doc.text.slice(h.end, h.end + 16));
  // "Biden's recent talks with Xi": a cue that opens with its noun has its possessor for agent.
  const owner = NOUN_HEADED.test(h.words) ? possessorOf(doc.text, mentions, h.at) : [];
  const possessed = / of$/.test(h.words) || nounCue || owner.length ? undefined : possessedSubject(doc, mentions, h.at);
  const before = / of$/.test(h.words)
    ? possessorOf(doc.text, mentions, h.at)
    : owner.length
      ? owner
      : coordinatedVerb(doc.text, mentions, h, previousHit)
        ? nearestSubjects(doc.text, mentions, previousHit!.at)
        : (possessed ?? nearestSubjects(doc.text, mentions, h.at));
  if ((/ of$/.test(h.words) || possessed) && before.length === 0) return;
  const lastBefore = mentions.filter((m) => m.end <= h.at).at(-1);
  if (someoneElsesAct(doc.text, clause, h, lastBefore, speaker)) return;
  if (h.joint) {
    if (before.length >= 2) relatePairs(found, before, link);
    return;
  }
  // "disruptions across the United States, including strikes against Y": a name a phrase spreads over is no subject.
  if (lastBefore && before.includes(lastBefore.actor) && SPREAD_OVER.test(doc.text.slice(clause.start, lastBefore.start))) return;
  if (h.framed && !frameHasSubject(doc.text, clause.start, h, before.length > 0 ? lastBefore : undefined, speaker)) return;
  const subjects = before.length > 0 ? before : speaker ? [speaker] : previousSubjects;
  // "warned that Y would …", "denied that Y had …": a name after a complementiser is the subject of
  // another clause, not the verb's object; a demand's ("demanded that Y halt") is whom it is made of.
  const complement = h.kind !== "demands" && COMPLEMENT_AFTER.test(doc.text.slice(h.end, h.end + 10));
  // "anti-government", "anti-Kremlin": the prefix's object is the word it is joined to ("anti-money laundering" has none).
  const unjoined = h.words === "anti-" && !mentions.some((m) => m.start === h.end);
  const objects = complement || unjoined ? [] : objectsOf(doc.text, mentions, h.end, subjects);
  if (h.kind === "provides" && !h.framed) link.label = relationLabel(h.kind, h.words, providedThing(doc.text, h.end, clause.end));
  // "talks between X and Y", "a meeting of X and Y": both parties follow the cue.
  const following = coordinatedAfter(doc.text, mentions, h.end);
  if (h.symmetric && before.length === 0 && following.length >= 2) {
    relatePairs(found, following, link);
    return;
  }
  // "X and Y accused each other": each acts on the other.
  if (!h.symmetric && objects.length === 0 && subjects.length >= 2 && /^\s+(?:each other|one another)\b/.test(doc.text.slice(h.end, h.end + 14)))
    for (const a of subjects) for (const b of subjects) found.add(a, b, link);
  // "X and Y visited Z": visitors or hosts meet whom they visit or host, not each other.
  const visiting = h.kind === "meets" && /^(?:visit|host)/.test(h.words);
  if (h.symmetric && subjects.length >= 2 && !visiting) relatePairs(found, subjects, link);
  else for (const s of subjects) for (const o of objects) found.add(h.reversed ? o : s, h.reversed ? s : o, link);
  // "Police arrested a prominent activist": the patient may be named in the next sentences.
  if (objects.length === 0 && !complement && before.length > 0 && !h.reversed) open.record(h.kind, h.words, before, clause.sentence);
}
/** Whether the cue's act is not the name's before it: another clause's, another noun's or someone else's. */
function someoneElsesAct(text: string, clause: Clause, h: Hit, lastBefore: ActorMention | undefined, speaker: string | undefined): boolean {
  // "X was quoted as saying the plane was providing support for Y": the reported clause has a
  // subject of its own, which is no actor; X does not act in it.
  if (!speaker && lastBefore && REPORTED_SUBJECT.test(text.slice(lastBefore.end, h.at))) return true;
  // "… reported a case, among people who recently visited Z", "a network through which the regime,
  // working with Y, …": a relative clause of a common noun, or with one for subject, has that noun for subject.
  if (lastBefore && RELATIVE_OF_NOUN.test(text.slice(lastBefore.end, h.at))) return true;
  // "targeting X as part of its campaign against Y": a possessed noun that "against" completes is
  // the clause's subject's, not an object's ("X won her case against Y" is X's).
  if (h.words === "against" && lastBefore && !isSubject(text, clause, lastBefore) && OTHERS_NOUN.test(text.slice(lastBefore.end, h.at))) return true;
  // "declined to comment on the allegations made against Y": charges someone else brought.
  if (h.words === "against" && CHARGES_BROUGHT.test(text.slice(clause.start, h.at))) return true;
  // "offering the X member a lunch alongside Y": a preposition after another noun phrase is that phrase's, not the name's.
  if (h.words === "alongside" && lastBefore && /\b(?:a|an|the)\s/i.test(text.slice(lastBefore.end, h.at))) return true;
  return false;
}
/** A passive without "by" after its patient ("X was fined"): its agent is an open act's, a court's or the announcer's. */
function relateAgentlessPassive(
  doc: WithEvents,
  found: RelationSet,
  clause: Clause,
  mentions: ActorMention[],
  h: Hit,
  link: ReturnType<typeof linkOf>,
  kindOf: Map<string, ActorKind>,
  open: OpenActs,
): void {
  const patient = mentions.filter((m) => m.end <= h.at).at(-1);
  if (!patient || !PASSIVE_SUBJECT_GAP.test(doc.text.slice(patient.end, h.at))) return;
  const agents = open.agentsOf(h.kind, h.words, clause.sentence);
  if (agents.length > 0) for (const a of agents) found.add(a, patient.actor, link);
  // "X and Y were found guilty": a court report's passive has the article's one court for agent;
  // "X was suspended, the federation said": a penalty's announcer imposed it.
  else
    for (const a of impliedAgents(doc, clause.sentence, h.words, kindOf))
      for (const p of nearestSubjects(doc.text, mentions, h.at)) found.add(a, p, link);
}
const REDUCED_RELATIVE = /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u;
const IN_PREPOSITION = /\b(?:on|of|for|against|with|to|from|at|among)\s+(?:(?:the|a|an|some|several|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+)*$/i;
// Between a passive's subject and its verb: auxiliaries and adverbs, or one parenthetical ("Y, who resigned in June, was").
const PASSIVE_SUBJECT_GAP = /^(?:\s*,[^,;]{1,80},)?,?\s+(?:(?:has|have|had|was|were|is|are|be|been|being|also|later|then|reportedly|subsequently|\p{L}+ly)\s+)+$/u;

/** Whether a mention can be its clause's subject: no verb stands before it ("it was targeting Y": Y is an object). */
const isSubject = (text: string, clause: Clause, m: ActorMention) =>
  !(text.slice(clause.start, m.start).match(/\p{Ll}+/gu) ?? []).some((w) => isVerbForm(w));

const linkOf = (clause: Clause, h: Hit): Link => ({
  kind: h.kind,
  label: h.label,
  clause,
  at: h.at,
  sentence: clause.sentence,
  symmetric: h.symmetric,
});
// "between X and Y", "among X, Y and Z": the parties of a symmetric noun, named after it.
const BETWEEN_PARTIES = /^\s+(?:between|among)\s+(?:the\s+)?$/;

/** "Russia's unprovoked further invasion of": a noun cue's agent is its possessor, or there is none. */
function possessorOf(text: string, mentions: ActorMention[], at: number): string[] {
  const last = mentions.filter((m) => m.end <= at).at(-1);
  // "Office Depot's $976 million acquisition of": amounts belong to the noun phrase too.
  return last && /^['’]s?\s+(?:[\p{L}\p{N}$€£%.-]+\s+){0,5}$/u.test(text.slice(last.end, at)) ? [last.actor] : [];
}

// What follows a cue that is a plural noun, not a verb: a pause, a list, a relative clause or a verb.
const NOUN_CUE_AFTER = /^\s*(?:[,;:.)—–]|(?:including|such as|that|which|are|were|have|had|remain(?:ed)?)\b)/i;
const NOUN_HEADED = /^(?:talks?|negotiations?|settlement|deal|agreement|cooperation|co-operat\w*|embargo(?:es)?|tariffs?|guarantees?|aid|weapons)\b/;
const OTHERS_NOUN = /\b(?:its|his|her|their)\s+(?:[\p{L}“”"'’-]+\s+){1,4}$/u;
const COMPLEMENT_AFTER = /^\s+(?:that|whether|if|how|why)\b/i;
const REPORTED_SUBJECT =
  /\b(?:said|says|saying|told|tells|added|adds|stated|announced)\s+(?:that\s+)?(?:the|a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){1,3}?(?:was|were|is|are|had|has|have|would|will|could)\s+(?:\p{Ll}+\s+){0,2}$/u;
// "those who recently visited", "a network through which the regime, working with …": a relative clause whose subject is a common noun.
const RELATIVE_OF_NOUN = /\b\p{Ll}{3,}\s+(?:who|that)\s+(?:(?:has|have|had|also|\p{Ll}+ly)\s+)*$|\b(?:which|whom|whose|where)\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,?\s+$/u;
const CHARGES_BROUGHT = /\b(?:allegations|charges|claims|accusations|complaints|cases?|lawsuits?)\s+(?:made|filed|brought|levell?ed|lodged|raised)\s+$/i;
const SPREAD_OVER = /\b(?:across|throughout|all over)\s+(?:the\s+)?$/i;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;
// "Staples' previous attempt to", "a plan to": a noun phrase (a determiner or a possessive, at most
// three words) ends in "to"; group 1 is the possessive's apostrophe, group 2 the words between the
// determiner and the head, group 3 the head.
const INFINITIVE_OF_NOUN = /(?:(['’]s?)|\b(?:the|a|an|its|their|his|her|our))\s+((?:[\p{L}-]+\s+){0,2})([\p{L}-]+)\s+to\s+$/iu;
const NEGATED_BEFORE = /\b(?:not|cannot|never|no longer|n['’]t)\s+(?:\p{L}+\s+){0,2}$/iu;
// "on Thursday", "over the weekend" are when, not what about.
const TOPIC_BEFORE =
  /\b(?:on|about|over|regarding|concerning)\s+(?!(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|january|february|march|april|may|june|july|august|september|october|november|december|\d)\b)(?:[\p{L}-]+\s+){0,2}$/iu;

/** "provide Ukraine with security guarantees": what is provided, when the clause names it. */
function providedThing(text: string, from: number, to: number): string | undefined {
  const m = /^[^,;.]{0,40}?\bwith\s+((?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+)/.exec(text.slice(from, to));
  // the head noun only: "security guarantees" → "guarantees", short enough to draw on an edge
  return m?.[1]?.split(/\s+/).at(-1);
}

/**
 * "X's proposals are (expected to be) folded into a broader plan (being developed) by Y", "… into
 * Y's plan": Y takes X's proposals into its own, Y → X, labelled by what is taken in.
 */
function relateIncorporation(
  doc: WithEvents,
  found: RelationSet,
  clause: Clause,
  mentions: ActorMention[],
  h: Hit,
  link: Link,
): void {
  const owner = mentions.filter((m) => m.end <= h.at).at(-1);
  if (!owner) return;
  const possessed = /^['’]s?\s+([a-z-]+)/.exec(doc.text.slice(owner.end, h.at));
  const after = doc.text.slice(h.end, clause.end);
  const agent = mentions.find(
    (m) =>
      m.start >= h.end &&
      m.actor !== owner.actor &&
      (/\bby\s+(?:the\s+)?(?:so-called\s+)?[«"“]?$/i.test(doc.text.slice(h.end, m.start)) ||
        /^['’]s?\s/.test(doc.text.slice(m.end, m.end + 3))),
  );
  if (!agent || after.length === 0) return;
  const what = possessed?.[1] ?? "proposals";
  found.add(agent.actor, owner.actor, { ...link, label: `takes in ${what} of`, symmetric: false });
}

/** Every pair of actors that act together, symmetric. */
function relatePairs(found: RelationSet, actors: string[], link: Link): void {
  const joint = { ...link, symmetric: true };
  for (let i = 0; i < actors.length; i++)
    for (let j = i + 1; j < actors.length; j++) found.add(actors[i]!, actors[j]!, joint);
}
export { cueHits, type Hit } from "./cues";
