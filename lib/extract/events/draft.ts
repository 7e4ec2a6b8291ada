import type { Span, AnchorRelation, Certainty, EventKind } from "../../model";
import { certaintyAt, weakest } from "../modality";
import type { TimeMention } from "../time";
import type { Clause, WithAttribution } from "../types";
import { phrase, type Words } from "./phrases";
import type { SentenceScope } from "./scope";
import type { Trigger } from "./triggers";

/** An event while the stage builds it; ids and times are settled at the end. */
export type Draft = {
  key: number;
  sentence: number;
  clause: Clause;
  kind: EventKind;
  label: string;
  trigger: Span;
  labelTokens: [number, number];
  certainty: Certainty;
  /** the hedges that set the certainty */
  cues: string[];
  hypothetical: boolean;
  /** "cannot receive any funding": said not to happen; dropped when the events settle */
  negated?: boolean;
  /** alleged or hearsay; the accuser when one is named ("X accused Y of …") */
  alleged?: { by?: string };
  anchor?: { key: number; relation: AnchorRelation };
  timeMention?: TimeMention;
  evidence: Span[];
  actors: string[];
};

/** One sentence being drafted: its scope, the drafts so far and the triggers they used up. */
export type Drafting = {
  scope: SentenceScope;
  /** this sentence's drafts, in the order found */
  drafts: Draft[];
  /** triggers already inside another draft's phrase */
  consumed: Set<Trigger>;
  /** the drafts of earlier sentences, which definite mentions corefer with */
  earlier: Draft[];
  nextKey: () => number;
};

export const GATHERINGS: EventKind[] = ["summit", "meeting", "talks"];
export const DEFINITE = new Set(["the", "this", "that", "these", "those"]);
export const CONDITIONS = new Set(["if", "unless", "once", "until"]);

/** A new draft for trigger `t` labelled by tokens [from, to), its certainty from the hedges around it. */
export function makeDraft(
  st: Drafting,
  t: Trigger,
  from: number,
  to: number,
  kind: EventKind,
): Draft {
  const { doc, s, tokens, words, triggers } = st.scope;
  const clause = st.scope.clauseOf(t.start);
  const next = triggers.find((o) => o.start > t.end - 1 && o !== t);
  const hedged = certaintyAt(
    doc.text,
    clause,
    tokens[t.start]!.start,
    tokens[t.end - 1]!.end,
    next ? tokens[next.start]!.start : clause.end,
  );
  const alleged = allegation(doc, s, clause, tokens[from]!.start, tokens[t.end - 1]!.end);
  const negated = NEGATED_BEFORE.test(doc.text.slice(clause.start, tokens[from]!.start));
  const certainty = weakest(
    infinitiveCertainty(words, from, hedged.certainty),
    alleged ? "possible" : "fact",
  );
  return {
    ...(alleged ? { alleged } : {}),
    ...(negated ? { negated } : {}),
    key: st.nextKey(),
    sentence: s.index,
    clause,
    kind,
    label: phrase(doc.text, tokens, from, to),
    trigger: { start: tokens[t.start]!.start, end: tokens[t.end - 1]!.end },
    labelTokens: [from, to],
    certainty,
    cues: hedged.cues,
    hypothetical: false,
    evidence: [{ start: s.start, end: s.end }],
    actors: [],
  };
}

// "a plan to provide", "agreed to send": an event in the infinitive has not happened yet; "a
// proposal to provide", "a call to release": it is on the table, not agreed.
const INTENT_NOUNS = new Set(
  "plan plans bid attempt effort efforts idea readiness willingness intention".split(" "),
);
const PROPOSAL_NOUNS = new Set(
  "proposal proposals offer offers option options call calls demand demands request requests".split(" "),
);
function infinitiveCertainty(words: Words, from: number, certainty: Certainty): Certainty {
  if (words.lower[from - 1] !== "to") return certainty;
  const noun = words.lower[from - 2] ?? "";
  const floor: Certainty = PROPOSAL_NOUNS.has(noun)
    ? "proposed"
    : INTENT_NOUNS.has(noun)
      ? "possible"
      : "probable";
  return weakest(certainty, floor);
}

// "cannot receive any funding", "did not hold talks": the event is said not to happen.
const NEGATED_BEFORE = /\b(?:not|cannot|never|no longer|n['’]t)\s+(?:\p{L}+\s+){0,2}$/iu;

// Hearsay and allegation: the event is claimed, not established.
const ALLEGED_BEFORE =
  /\b(?:allegedly|reportedly|purportedly|supposedly|alleged|accus(?:e|es|ed|ing)\b[^,;:]*?\bof|(?:is|are|was|were) (?:said|claimed|alleged|reported) to(?: have)?|claim(?:s|ed)? (?:to have|that))\b[^,;:]*$/i;
const ALLEGED_AFTER = /^[^,;:]{0,12}\b(?:allegedly|reportedly)\b/i;
const ACCUSER = /\baccus(?:e|es|ed|ing)\b[^,;:]*?\bof\b[^,;:]*$/i;

/** Whether the words before an event's phrase in its clause, or just after its head, allege it; and who does. */
// "Police allegedly used force on Sunday, arresting many": a participle that continues an alleged
// clause is alleged with it.
const HEARSAY = /\b(?:allegedly|reportedly|purportedly|supposedly)\b/i;
function continuesAlleged(
  doc: WithAttribution,
  s: { index: number },
  clause: Clause,
  before: string,
  from: number,
): boolean {
  if (!/^\p{Ll}+ing\b/u.test(doc.text.slice(from, from + 30))) return false;
  // The participle opens its own clause, or follows a comma in this one.
  if (/,\s*$/.test(before)) return HEARSAY.test(before.replace(/,\s*$/, "").split(/[,;:]/).at(-1)!);
  if (!/^\s*$/.test(before)) return false;
  const previous = doc.clauses.filter((c) => c.sentence === s.index && c.end <= clause.start).at(-1);
  return previous !== undefined && HEARSAY.test(doc.text.slice(previous.start, previous.end));
}

function allegation(
  doc: WithAttribution,
  s: { start: number; index: number },
  clause: Clause,
  from: number,
  headEnd: number,
): { by?: string } | undefined {
  const before = doc.text.slice(clause.start, from);
  if (
    !ALLEGED_BEFORE.test(before) &&
    !ALLEGED_AFTER.test(doc.text.slice(headEnd, clause.end)) &&
    !continuesAlleged(doc, s, clause, before, from)
  )
    return undefined;
  const accusation = ACCUSER.exec(before);
  if (!accusation) return {};
  const at = clause.start + accusation.index;
  const accuser = doc.mentions.filter((m) => m.sentence === s.index && m.end <= at).at(-1);
  return accuser ? { by: accuser.actor } : {};
}
