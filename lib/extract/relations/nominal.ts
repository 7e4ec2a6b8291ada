/**
 * Acts named by a noun rather than a verb: "the suspension of X by Y", "Y's fine on X", "Y imposed
 * a fine of £35m on X". The noun's agent is its "by" phrase, its possessor, or the subject of a
 * verb of imposing; its patient the actor after "of", "on" or "against". A noun with none of
 * these ("a fine was paid") relates no one.
 */
import type { RelationKind } from "../../model";
import type { ActorMention, Clause } from "../types";
import { nearestSubjects } from "./parties";

/** One act a noun names: who does it to whom, of what kind and label, where its noun stands. */
export type NominalAct = { agent: string; patient: string; kind: RelationKind; label: string; at: number };

// Punitive and hostile nouns, and the verb phrase each is drawn as.
const NOUNS: Record<string, { kind: RelationKind; label: string }> = {
  fine: { kind: "sanctions", label: "fines" },
  fines: { kind: "sanctions", label: "fines" },
  penalty: { kind: "sanctions", label: "penalises" },
  penalties: { kind: "sanctions", label: "penalises" },
  ban: { kind: "sanctions", label: "bans" },
  bans: { kind: "sanctions", label: "bans" },
  suspension: { kind: "sanctions", label: "suspends" },
  expulsion: { kind: "sanctions", label: "expels" },
  arrest: { kind: "sanctions", label: "arrests" },
  detention: { kind: "sanctions", label: "detains" },
  conviction: { kind: "sanctions", label: "convicts" },
  indictment: { kind: "sanctions", label: "indicts" },
  prosecution: { kind: "sanctions", label: "prosecutes" },
  sentencing: { kind: "sanctions", label: "sentences" },
  sanctions: { kind: "sanctions", label: "sanctions" },
  embargo: { kind: "sanctions", label: "imposes an embargo on" },
  attack: { kind: "attacks", label: "attacks" },
  attacks: { kind: "attacks", label: "attacks" },
  bombing: { kind: "attacks", label: "bombs" },
  shelling: { kind: "attacks", label: "shells" },
};
// Nouns whose patient follows "of" ("the suspension of X"); the others take "on"/"against", an
// amount or a term allowed between ("a fine of 20,000 francs on X", "a two-year ban on X").
const OF_PATIENT = new Set([
  "suspension",
  "expulsion",
  "arrest",
  "detention",
  "conviction",
  "indictment",
  "prosecution",
  "sentencing",
  "bombing",
  "shelling",
]);
const NOUN_RE = new RegExp(`\\b(${Object.keys(NOUNS).join("|")})\\b`, "gi");
// After the noun, up to its patient.
// A nationality or a name before the actor's own mention is part of its phrase ("the Russian Olympic Committee").
const OF_GAP = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u;
const ON_GAP = /^(?:\s+of\s+(?:[^,;:.()"“”]|\.(?=\S)){1,40}?)?\s+(?:on|against)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u;
// Before the noun: a possessive and up to three modifiers ("FIFA's two-year", "the EU's new").
const POSSESSOR_GAP = /^['’]s?\s+(?:[\p{L}\p{N}$€£.,-]+\s+){0,3}$/u;
// "imposed a fine", "slapped fresh sanctions", "handed him a two-year ban": a verb of imposing.
const IMPOSED_BEFORE =
  /\b(?:impos|slapp?|lev|hand|issu|announc|order|adopt|approv)\w*\s+(?:(?:him|her|them|it)\s+)?(?:(?:a|an|the|new|fresh|further)\s+)?(?:[\p{L}\p{N}$€£.,-]+\s+){0,3}$/iu;
// "by the", between the patient and its agent.
const BY_GAP = /^,?\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u;

/** The acts the clause's punitive and hostile nouns name, with their agent and patient. */
export function nominalActs(text: string, clause: Clause, mentions: ActorMention[]): NominalAct[] {
  const acts: NominalAct[] = [];
  const clauseText = text.slice(clause.start, clause.end);
  NOUN_RE.lastIndex = 0;
  for (const m of clauseText.matchAll(NOUN_RE)) {
    const word = m[1]!.toLowerCase();
    const at = clause.start + m.index;
    const end = at + m[0].length;
    const what = NOUNS[word]!;
    const patient = headAfter(text, mentions, end, OF_PATIENT.has(word) ? OF_GAP : ON_GAP);
    if (!patient) continue;
    const agent = agentOf(text, clause, mentions, at, patient);
    if (agent && agent !== patient.actor) acts.push({ agent, patient: patient.actor, ...what, at });
  }
  return acts;
}

/** The noun's agent: after "by" past its patient, its possessor, or the subject of an imposing verb. */
function agentOf(
  text: string,
  clause: Clause,
  mentions: ActorMention[],
  at: number,
  patient: ActorMention,
): string | undefined {
  const by = headAfter(text, mentions, patient.end, BY_GAP);
  if (by) return by.actor;
  const before = mentions.filter((x) => x.end <= at).at(-1);
  if (before && POSSESSOR_GAP.test(text.slice(before.end, at))) return before.actor;
  const lead = text.slice(clause.start, at);
  const imposed = IMPOSED_BEFORE.exec(lead);
  if (!imposed) return undefined;
  const subjects = nearestSubjects(text, mentions, clause.start + imposed.index);
  // One agent only: the act of coordinated subjects is read by the verb rules.
  return subjects.length === 1 ? subjects[0] : undefined;
}

/** The actor right after `from` when the gap fits, or the body a name before it only modifies ("the Kenya Football Association"). */
function headAfter(text: string, mentions: ActorMention[], from: number, gap: RegExp): ActorMention | undefined {
  let head = mentions.find((x) => x.start >= from && gap.test(text.slice(from, x.start)));
  if (!head) return undefined;
  for (const x of mentions) if (x.start > head.end && /^\s+$/.test(text.slice(head.end, x.start))) head = x;
  return head;
}

// Before a noun "visit": a determiner or a possessive, and up to two modifiers that are no title
// and no plural subject ("the courtesy visit", "Anwar's first overseas visit", not "the ministers visit").
const VISIT_NOUN_BEFORE = /(?:\b(?:the|a|an|his|her|its|their|this|that|first|planned|official)|['’]s?)\s+((?:[\p{Ll}-]+\s+){0,2})$/u;
const VISIT_TO = /^\s+(?:(?:next|this|last)\s+\w+\s+|in\s+\w+\s+)?to\s+(?:the\s+)?$/;
const VISIT_BY = /^\s+(?:of|by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;

/**
 * "the courtesy visit of X", "X's state visit to Y", "a visit by X to Y": a visit named by a noun.
 * Undefined when "visit" is no noun here; else the visitor (the "of"/"by" phrase or the possessor)
 * meets the host after "to", and a visit without both names relates no one.
 */
export function visitAct(
  text: string,
  mentions: ActorMention[],
  at: number,
  end: number,
  isModifier: (w: string) => boolean,
): { visitor?: string; host?: string } | undefined {
  if (!/^visit$/i.test(text.slice(at, end))) return undefined;
  const before = VISIT_NOUN_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!before || !(before[1] ?? "").split(/\s+/).filter(Boolean).every(isModifier)) return undefined;
  const possessor = /['’]s?\s/.test(before[0]) ? mentions.filter((m) => m.end <= at).at(-1) : undefined;
  const owner = possessor && /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(possessor.end, at)) ? possessor : undefined;
  const by = owner ? undefined : headAfter(text, mentions, end, VISIT_BY);
  const visitor = owner ?? by;
  const host = headAfter(text, mentions, visitor && by ? visitor.end : end, VISIT_TO);
  return { visitor: visitor?.actor, host: host?.actor };
}
