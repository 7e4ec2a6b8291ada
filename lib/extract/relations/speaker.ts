/**
 * The speaker of a sentence as the subject of an act in it: "X said it backed Y" (a pronoun that
 * takes the speaker up), "X warned Y" (the reporting verb is itself the act). The speaker's own
 * mention lies inside the attribution cue, which the clause's actors leave out.
 */
import type { ActorKind } from "../../model";
import type { WithEvents } from "../events";
import type { Clause } from "../types";

// Pronouns a speaker is taken up by, and the kinds each can stand for.
const PERSONAL_KINDS: ReadonlySet<ActorKind> = new Set(["person", "official", "leader", "source"]);
const SPEAKER_PRONOUN =
  /^\s*(?:(?:on|in|at|last|earlier|later)\s+(?:[\p{L}\d]+\s+){1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:that\s+)?(it|he|she|they)\s+(?:(?:has|have|had|was|were|is|are|would|will|had been|has been|have been|also|had also|has also|fully|strongly|firmly|then|now|again|already|later)\s+)*(?:(?:agreed|agrees|planned|plans|decided|decides|intends|intended|aims|aimed|hopes|hoped|wants|wanted|sought|seeks|expects|expected)\s+to\s+)?(?:(?:hold|holds|held|open|opens|opened|begin|began|start|started|resume|resumed|enter|entered|impose|imposed)\s+)?$/iu;

/**
 * "X said (on Monday) (that) it backed Y", "… it would hold talks with Y" (a light verb before a
 * cue noun): the pronoun just after the reporting cue is its
 * speaker, when the pronoun fits the speaker ("it" a body, "he"/"she" a person, "they" either);
 * "X warned Y": a cue that is the reporting verb itself has the speaker for subject.
 */
export function speakerSubject(
  doc: WithEvents,
  clause: Clause,
  at: number,
  end: number,
  kindOf: Map<string, ActorKind>,
): string | undefined {
  const att = doc.attributions[clause.sentence];
  const speaker = att?.chain[0];
  if (!att?.cue || !speaker || speaker === doc.outlet.id || att.cue.end < clause.start) return undefined;
  // "X warned Y", "X announced a deal with Y": the reporting verb is itself the act, its speaker the subject.
  if (at < att.cue.end) return at >= att.cue.start && end >= att.cue.end ? speaker : undefined;
  const m = SPEAKER_PRONOUN.exec(doc.text.slice(att.cue.end, at));
  if (!m) return undefined;
  const pronoun = m[1]!.toLowerCase();
  const personal = PERSONAL_KINDS.has(kindOf.get(speaker) ?? "source");
  if ((pronoun === "it" && personal) || ((pronoun === "he" || pronoun === "she") && !personal)) return undefined;
  return speaker;
}

/**
 * "Lakeland vowed to resist Y after Y said": an attribution cue that runs on from a clause of its
 * own through a subordinating conjunction to its speaker speaks only from the conjunction on; the
 * names before it act in their own clause.
 */
export function speakingPart(text: string, cue: { start: number; end: number } | undefined): { start: number; end: number } | undefined {
  if (!cue) return cue;
  const words = text.slice(cue.start, cue.end);
  const joins = [...words.matchAll(/\b(?:after|before|as|when|while|because|since|once|until)\s+/g)].at(-1);
  return joins && joins.index > 0 ? { start: cue.start + joins.index + joins[0].length, end: cue.end } : cue;
}
