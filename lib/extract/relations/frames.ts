/**
 * Verb frames: a verb, the noun it takes when it is a light verb ("impose a fine", "take action",
 * "file a lawsuit", "make an offer", "receive funding") and the preposition that marks the act's
 * patient ("on", "against", "to", "from"). A frame reads the act as a whole, so the actor after
 * its preposition is the patient, not whatever name follows the noun. The patient must stand
 * right after the preposition as a name ("on Y", "on the Y"), never a number or a common noun
 * ("on six officials", "on imports"), and what the verb may take between it and its noun is
 * short and has no pause. A frame that is `reversed` has its patient for agent: "X received
 * funding from Y" is Y providing to X.
 *
 * Verb forms come from compromise's conjugation of each lemma (no tagging at run time).
 */
import nlp from "compromise";
import type { RelationKind } from "../../model";
import type { Clause } from "../types";
import { isVerbForm } from "../lexicon";

type Frame = {
  kind: RelationKind;
  label: string;
  verbs: string[];
  /** the light verb's noun, plural forms included; none for a verb that takes its patient directly */
  nouns?: string[];
  /** the prepositions that mark the patient after the noun */
  markers?: string[];
  /** the patient is also the possessor before the noun ("agreed to Y's offer") */
  possessor?: true;
  reversed?: true;
};

const FRAMES: Frame[] = [
  {
    kind: "sanctions",
    label: "imposes penalties on",
    verbs: ["impose", "levy", "slap", "hand", "hand down", "issue"],
    nouns: ["penalty", "penalties", "fine", "fines", "ban", "bans", "sanctions", "suspension", "sentence", "punishment", "restrictions"],
    markers: ["on", "to", "against"],
  },
  {
    kind: "sanctions",
    label: "takes punitive action against",
    verbs: ["take"],
    nouns: ["punitive action", "disciplinary action", "enforcement action", "punitive measures", "disciplinary measures", "retaliatory measures"],
    markers: ["on", "against"],
  },
  {
    kind: "opposes",
    label: "takes legal action against",
    verbs: ["take", "file", "lodge", "bring", "launch", "initiate"],
    nouns: ["legal action", "legal proceedings", "legal steps"],
    markers: ["against"],
  },
  {
    kind: "opposes",
    label: "sues",
    verbs: ["file", "lodge", "bring", "launch", "initiate"],
    nouns: ["lawsuit", "lawsuits", "suit", "complaint", "counterclaim", "legal challenge", "case"],
    markers: ["against"],
  },
  {
    kind: "negotiates",
    label: "makes an offer to",
    verbs: ["make", "submit", "table", "lodge", "put forward"],
    nouns: ["offer", "offers", "bid", "bids", "proposal", "approach"],
    markers: ["to", "for"],
  },
  {
    kind: "attacks",
    label: "attacks",
    verbs: ["launch", "carry out", "conduct", "stage", "mount"],
    nouns: ["airstrikes", "air strikes", "strikes", "raids", "raid", "attacks", "attack", "assault", "offensive", "bombardment"],
    markers: ["on", "against"],
  },
  {
    kind: "opposes",
    label: "strikes against",
    verbs: ["walk"],
    nouns: ["out", "off the job", "off their jobs"],
    markers: ["at", "against"],
  },
  {
    kind: "provides",
    label: "provides funds to",
    verbs: ["receive", "get", "secure", "obtain", "accept"],
    nouns: ["funding", "money", "loan", "loans", "aid", "assistance", "grant", "grants", "financing", "investment", "weapons", "arms"],
    markers: ["from"],
    reversed: true,
  },
  {
    kind: "supports",
    label: "backs",
    verbs: ["receive", "get", "win", "secure", "gain"],
    nouns: ["support", "backing", "endorsement", "endorsements"],
    markers: ["from"],
    reversed: true,
  },
  // "agreed to Y's offer", "accepted an offer from Y": the bidder is named by its possessive or after "from".
  {
    kind: "negotiates",
    label: "accepts an offer from",
    verbs: ["agree to", "accept"],
    nouns: ["offer", "offers", "bid", "bids", "proposal", "terms"],
    markers: ["from"],
    possessor: true,
  },
  // "fired a volley of rubber bullets at Y": what is fired, then the target.
  { kind: "attacks", label: "fires on", verbs: ["fire"], markers: ["at", "on"] },
  { kind: "opposes", label: "rejects", verbs: ["turn down", "vote down"] },
  { kind: "sanctions", label: "punishes", verbs: ["punish"] },
];

const conjugate = (nlp as unknown as { methods(): { two: { transform: { verb: { conjugate(v: string, m: unknown): Record<string, string> } } } } }).methods().two
  .transform.verb.conjugate;
const MODEL = nlp.model();

/** Every form of a lemma ("carry out" → "carried out", "carries out" …), the particle kept after the verb. */
function formsOf(lemma: string): string[] {
  const [verb, ...rest] = lemma.split(" ");
  const c = conjugate(verb!, MODEL);
  const forms = new Set([verb!, c.PastTense, c.PresentTense, c.Gerund, c.Participle].filter((f): f is string => !!f));
  const tail = rest.length ? ` ${rest.join(" ")}` : "";
  return [...forms].map((f) => `${f}${tail}`);
}

// Case is matched by hand, not by the "i" flag, under which \p{Lu} would match any letter.
const alternation = (words: string[], capitalised = false) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "\\s+"))
    .map((w) => (capitalised ? `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}` : w))
    .join("|");
// Between a light verb and its noun: a determiner, a possessive pronoun, a few lower-case words or amounts ("a £3.3m", "$31.6 million in new").
const MODIFIERS = String.raw`(?:(?:[\p{Ll}-]+|[$£€]?\d[\d,.]*(?:m|bn)?)\s+){0,4}?`;
// Between the noun and its preposition: an amount or its term ("a fine of £35m on", "a ban of three months on").
const AMOUNT = String.raw`(?:(?:of|worth|totalling|totaling)\s+(?:[$£€]?\d[\d,.]*(?:m|bn)?|[\p{Ll}-]+)(?:\s+(?:million|billion|euros|dollars|pounds|months|years|weeks|days))?\s+)?`;
// The patient: a name right after the preposition.
const NAME_AFTER = String.raw`(?=\s+(?:(?:the|its|their)\s+)?\p{Lu})`;

// A possessor named before the noun: "Y's (increased) offer", "Y Inc's CSCO.O offer".
const POSSESSOR = String.raw`\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*['’]s?\s+(?:[\p{L}.$\d-]+\s+){0,3}?`;

const COMPILED = FRAMES.flatMap((f) => {
  const verb = `\\b(?:${alternation(f.verbs.flatMap(formsOf), true)})`;
  const marked = `(?:${alternation(f.markers ?? [])})\\b${NAME_AFTER}`;
  const source = f.nouns
    ? `${verb}\\s+${MODIFIERS}(?:${alternation(f.nouns)})\\s+${AMOUNT}${marked}`
    : f.markers
      ? `${verb}\\s+${MODIFIERS}${marked}`
      : `${verb}\\b`;
  // sticky: each is tried only where one of the frames' verbs stands (ANY_VERB)
  const compiled = [{ frame: f, re: new RegExp(source, "uy") }];
  // the possessive form ends at the verb, so its object is the possessor right after it
  if (f.possessor && f.nouns) compiled.push({ frame: f, re: new RegExp(`${verb}(?=${POSSESSOR}(?:${alternation(f.nouns)})\\b)`, "uy") });
  return compiled;
});
// Every frame verb's form, in either case of its first letter, to find where a frame may start in
// one pass: a whole word (a run of word characters) that is one of them. The same as a regex
// `\b(?:form|…)\b`, without trying every form at every word.
const VERB_FORMS = [...new Set(FRAMES.flatMap((f) => f.verbs.map((v) => v.split(" ")[0]!)).flatMap(formsOf))];
if (VERB_FORMS.some((w) => !/^\w+$/.test(w))) throw new Error("a frame verb's form is not one word");
const ANY_VERB = new Set(VERB_FORMS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]));
const WORD = /\w+/g;

/** An act a frame reads in a clause: its kind, its words' offsets, its label, whether its patient acts. */
export type FrameHit = { kind: RelationKind; at: number; end: number; label: string; words: string; reversed: boolean };

/** Every frame's act in the clause, in text order. */
export function frameHits(text: string, clause: Clause): FrameHit[] {
  const clauseText = text.slice(clause.start, clause.end);
  const hits: FrameHit[] = [];
  for (const v of clauseText.matchAll(WORD)) {
    if (!ANY_VERB.has(v[0])) continue;
    for (const { frame, re } of COMPILED) {
      re.lastIndex = v.index;
      const m = re.exec(clauseText);
      if (m)
        hits.push({
          kind: frame.kind,
          at: clause.start + m.index,
          end: clause.start + m.index + m[0].length,
          label: frame.label,
          words: m[0].toLowerCase().replace(/\s+/g, " "),
          reversed: !!frame.reversed,
        });
    }
  }
  return hits.sort((x, y) => x.at - y.at);
}

// "the Lakeland government", "Lakeland's military": bodies a name acts through, so the name is the subject.
const ACTS_FOR_NAME =
  /^(?:['’]s?)?\s+(?:[Gg]overnment|[Aa]dministration|[Aa]uthorities|[Mm]ilitary|[Aa]rmy|[Nn]avy|[Ff]orces|[Tt]roops|[Mm]inistry|[Cc]abinet|[Rr]egime|(?:ships?|vessels?|boats?|warplanes?|jets?|aircraft|drones?|tanks?|soldiers|officers|guards|personnel)(?!\s+(?:of|in|at)\b))\b/;
// Words that may stand between a frame's subject and its verb: auxiliaries, adverbs, "to" of a
// verb chain ("decided to take"), and a time ("on Thursday", "in 2019").
const BETWEEN_SUBJECT_AND_VERB =
  /^(?:has|have|had|is|was|were|are|be|been|will|would|could|can|may|might|should|must|did|does|do|not|also|then|now|again|already|later|finally|recently|reportedly|jointly|to|on|in|last|this|earlier|\p{Ll}+ly|\p{Lu}\p{Ll}+day|\d{4})$/u;

/**
 * Whether the name before a frame's verb is its subject, not a word modifying the subject's noun:
 * "Lakeland has punished Y", "Lakeland decided to take punitive action on Y", but not "A Lakeland
 * court handed a ban to Y" (the court acts, not Lakeland). Between them only auxiliaries, adverbs,
 * verbs of a chain, a time, or one phrase set off by commas or brackets.
 */
function subjectOfFrame(gap: string): boolean {
  const words = gap
    // "the Harbour Commission (HC) decided": the acronym in brackets closes the name
    .replace(/^[)”"’]+/, "")
    .replace(ACTS_FOR_NAME, "")
    .replace(/^\s*\([^()]{0,60}\)/, "")
    .replace(/^\s*,[^,;]{1,100},/, "")
    // "Lakeland, which on Monday fired …": a relative pronoun's antecedent is its subject
    .replace(/^\s*,\s*(?:which|who|that)\b/, "")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // "threatened to", "vowed to": a past or present form before "to" is a verb of the chain
  const chained = (w: string, i: number) => words[i + 1] === "to" && /^\p{Ll}+(?:ed|es|s)$/u.test(w);
  return words.every((w, i) => BETWEEN_SUBJECT_AND_VERB.test(w) || (/^\p{Ll}/u.test(w) && (isVerbForm(w) || chained(w, i))));
}

const SPEAKER_PRONOUN = /\b(?:it|they|he|she)\s+(?:(?:has|have|had|would|will|also|earlier)\s+)*$/i;
const DESCRIPTION = /^(?:The|A|An|It|This|That|These|Those)\b/;

/**
 * Whether a frame's act has a subject of its own clause: the name before its verb (`subject`, the
 * last of the clause's subjects before it), not one borrowed from another clause nor a modifier of
 * the subject's noun; or the speaker, as the pronoun right before the verb ("X said it had
 * accepted …"). Turned round, the frame's agent is its object, so its subject must be a name, not
 * a description ("the company") read by coreference.
 */
export function frameHasSubject(
  text: string,
  clauseStart: number,
  h: { at: number; reversed?: boolean },
  subject: { start: number; end: number } | undefined,
  speaker: string | undefined,
): boolean {
  if (!subject) return !!speaker && !h.reversed && SPEAKER_PRONOUN.test(text.slice(clauseStart, h.at));
  if (!subjectOfFrame(text.slice(subject.end, h.at))) return false;
  return !h.reversed || (/^\p{Lu}/u.test(text.slice(subject.start, subject.end)) && !DESCRIPTION.test(text.slice(subject.start, subject.end)));
}
