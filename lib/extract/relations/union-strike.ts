/**
 * "Walmart Chile's workers union launched a strike on Wednesday", "the union called the strike":
 * a strike named as a noun after a light verb, whose subject is a union, is the union's stoppage
 * against its employer: the body the union's name is the possessive of, else the article's one
 * company. With none, or more than one company and no possessor, it relates no one.
 */
import type { ActorKind } from "../../model";
import { bodyTypes } from "../actors";
import type { WithEvents } from "../events";
import type { ActorMention } from "../types";

// "launched a strike", "called an indefinite strike", "began their strike", "staged a walkout".
const STRIKE_NOUN =
  /\b(?:launch|call|stag|beg[aiu]n|start|declar|announc|hold|held|continu)\w*\s+(?:a|an|the|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:strike|walkout|stoppage)\b(?!\s+(?:at|against)\b)/u;
const BODIES: ReadonlySet<ActorKind> = new Set(["organization", "group"]);

const isType = (doc: WithEvents, id: string, type: "union" | "company") => {
  const actor = doc.actors.find((a) => a.id === id);
  return !!actor && BODIES.has(actor.kind) && bodyTypes(doc.text, actor, doc.mentions).has(type);
};

/** The union of a clause that names its strike as a noun, and the employer it strikes against; undefined: none. */
export function unionStrike(
  doc: WithEvents,
  clause: { start: number; end: number },
  mentions: ActorMention[],
): { union: string; employer: string; at: number } | undefined {
  const m = STRIKE_NOUN.exec(doc.text.slice(clause.start, clause.end));
  if (!m) return undefined;
  const at = clause.start + m.index;
  const subject = mentions.filter((x) => x.end <= at).at(-1);
  if (!subject || !/^\s+(?:(?:has|have|had|was|were|is|are|also|on\s+\p{Lu}\p{Ll}+day|\p{Ll}+ly)\s+)*$/u.test(doc.text.slice(subject.end, at))) return undefined;
  if (!isType(doc, subject.actor, "union")) return undefined;
  // "Walmart Chile's workers union": the possessor of the union's own name.
  const owner = mentions.filter((x) => x.end <= subject.start).at(-1);
  if (owner && /^['’]s?\s+$/.test(doc.text.slice(owner.end, subject.start)) && owner.actor !== subject.actor)
    return { union: subject.actor, employer: owner.actor, at };
  const companies = doc.actors.filter((a) => a.id !== subject.actor && isType(doc, a.id, "company") && !isType(doc, a.id, "union"));
  return companies.length === 1 ? { union: subject.actor, employer: companies[0]!.id, at } : undefined;
}
