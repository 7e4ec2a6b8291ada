import { certaintyAt, weakest } from "../modality";
import type { Token } from "../tokens";
import type { Clause, WithAttribution } from "../types";
import { CONDITIONS, type Draft, type Drafting, makeDraft } from "./draft";
import { leftEdge, objectEdge, phrase, rightEdge, type Words } from "./phrases";
import { clauseStartToken, noPunct, tokenIndexAt, tokenIndexBefore } from "./scope";
import type { Trigger } from "./triggers";

const PASSIVE_AUX = new Set(["be", "been", "being", "is", "are", "was", "were"]);
const DEFINITE_OR_INDEFINITE = new Set(["a", "an", "the", "this", "that", "its", "their"]);

/** Drafts the sentence's events from its triggers, in order: light verbs, verbs and gerunds, strong nouns. */
export function draftTriggers(st: Drafting): void {
  const { words } = st.scope;
  for (const t of st.scope.triggers) {
    if (st.consumed.has(t)) continue;
    if (t.pos === "light") lightVerbEvent(st, t);
    else if (isVerbAsModifier(words, t)) continue;
    else if (t.pos === "verb" || isGerund(words, t)) verbEvent(st, t);
    else if (t.pos === "noun" && t.strong) strongNounEvent(st, t);
  }
}

const isGerund = (words: Words, t: Trigger) =>
  t.pos === "noun" &&
  /ing$/.test(words.lower[t.end - 1]!) &&
  DEFINITE_OR_INDEFINITE.has(words.lower[t.end] ?? "");

// "a supply boat", "the Philippine supply": a verb's form used as a noun modifier.
const isVerbAsModifier = (words: Words, t: Trigger) =>
  t.pos === "verb" &&
  /^(?:a|an|the|this|its|their)$/.test(words.lower[t.start - 1] ?? "") &&
  !/(?:ed|ing)$/.test(words.lower[t.start]!);

/** "a run-off would be held", "the exchange could take place": the subject is the event; else the noun after the light verb is. */
function lightVerbEvent(st: Drafting, t: Trigger): void {
  const subject = isPassiveLight(st.scope.words, t) ? lightVerbSubject(st, t) : undefined;
  if (subject) hedgeSubject(st, t, subject);
  else lightVerbNoun(st, t);
}

const isPassiveLight = (words: Words, t: Trigger) =>
  PASSIVE_AUX.has(words.lower[t.start - 1] ?? "") ||
  (/^(?:take|takes|took|taken|taking)$/.test(words.lower[t.start]!) &&
    words.lower[t.end] === "place");

function lightVerbSubject(st: Drafting, t: Trigger): Trigger | undefined {
  return [...st.scope.triggers]
    .reverse()
    .find(
      (n) =>
        n.pos === "noun" &&
        n.end <= t.start &&
        t.start - n.end <= 4 &&
        !st.consumed.has(n) &&
        noPunct(st.scope.words, n.end, t.start),
    );
}

/** The event keeps its noun's label ("Peace agreement"); the verb brings its hedges, and tells whether it is only posited. */
function hedgeSubject(st: Drafting, t: Trigger, subject: Trigger): void {
  const { doc, tokens, words } = st.scope;
  const clause = st.scope.clauseOf(t.start);
  let draft = st.drafts.find((d) => d.trigger.start === tokens[subject.start]!.start);
  if (!draft) {
    st.consumed.add(subject);
    const nounEnd = Math.max(subject.end, rightEdge(words, subject.end, t.start));
    draft = makeDraft(
      st,
      subject,
      leftEdge(words, subject.start, clauseStartToken(tokens, clause)),
      nounEnd,
      subject.kind,
    );
    st.drafts.push(draft);
  }
  const onVerb = certaintyAt(
    doc.text,
    clause,
    tokens[t.start]!.start,
    tokens[t.end - 1]!.end,
    clause.end,
  );
  draft.certainty = weakest(draft.certainty, onVerb.certainty);
  draft.cues = [...draft.cues, ...onVerb.cues];
  const opener = draft.labelTokens[0];
  if (
    CONDITIONS.has(words.lower[opener - 1] ?? "") ||
    CONDITIONS.has(words.lower[opener - 2] ?? "")
  ) {
    draft.hypothetical = true;
    draft.certainty = "conditional";
  }
}

/** "held talks", "reached an agreement": the event is the noun, labelled from the light verb. */
function lightVerbNoun(st: Drafting, t: Trigger): void {
  const { tokens, words } = st.scope;
  const limit = tokenIndexBefore(tokens, st.scope.clauseOf(t.start).end);
  const noun = st.scope.triggers.find(
    (n) =>
      n.pos === "noun" &&
      n.start > t.end - 1 &&
      n.start - t.end <= 3 &&
      !st.consumed.has(n) &&
      noPunct(words, t.end, n.start),
  );
  if (!noun) return;
  st.consumed.add(noun);
  const end = Math.max(noun.end, rightEdge(words, noun.end, limit));
  st.drafts.push(makeDraft(st, noun, t.start, end, noun.kind));
}

/** A verb (or gerund) and its object; the triggers inside the object are part of it. */
function verbEvent(st: Drafting, t: Trigger): void {
  const { tokens, words } = st.scope;
  const clause = st.scope.clauseOf(t.start);
  const limit = tokenIndexBefore(tokens, clause.end);
  const end = Math.max(t.end, objectEdge(words, t.end, limit));
  for (const n of st.scope.triggers)
    if (n !== t && n.start >= t.end && n.end <= end) st.consumed.add(n);
  const draft = makeDraft(st, t, t.start, end, t.kind);
  if (t.pos === "verb" && PASSIVE_AUX.has(words.lower[t.start - 1] ?? "")) {
    if (withPassiveSubject(st, t, draft, clause)) return;
  }
  st.drafts.push(draft);
}

/**
 * A passive keeps its subject, without the auxiliaries: "Washington’s proposals … folded into a
 * broader plan". When the subject is itself an event ("Sanctions were imposed") that event takes
 * the label, and the new draft is dropped (returns true).
 */
function withPassiveSubject(st: Drafting, t: Trigger, draft: Draft, clause: Clause): boolean {
  const { doc, tokens, words } = st.scope;
  const subject = passiveSubject(doc, words, tokens, t.start, clause);
  if (subject)
    draft.label = `${subject.text} ${draft.label.charAt(0).toLowerCase()}${draft.label.slice(1)}`;
  const same =
    subject &&
    st.drafts.find(
      (d) =>
        d.clause === clause &&
        d.trigger.start >= subject.start &&
        d.trigger.end <= subject.end,
    );
  if (!same) return false;
  same.label = draft.label;
  same.labelTokens = [same.labelTokens[0], draft.labelTokens[1]];
  return true;
}

/** A strong event noun on its own ("the election", "an earthquake"), with its modifiers. */
function strongNounEvent(st: Drafting, t: Trigger): void {
  const { tokens, words } = st.scope;
  const clause = st.scope.clauseOf(t.start);
  const limit = tokenIndexBefore(tokens, clause.end);
  const from = leftEdge(words, t.start, clauseStartToken(tokens, clause));
  st.drafts.push(makeDraft(st, t, from, Math.max(t.end, rightEdge(words, t.end, limit)), t.kind));
}

const SUBJECT_STOPS = new Set(
  "that which who where what when whether or and but if once they it he she we them this these those".split(
    " ",
  ),
);
const AUX_CHAIN =
  /^(?:be|been|being|is|are|was|were|to|expected|likely|set|going|will|would|could|may|might|can|has|have|had|not|also|still)$/;

const SUBJECT_PREPOSITIONS = new Set(
  "of in on at for to with from near by over among against into about".split(" "),
);
// "One of the suspects", "some of the paintings": a part of a group is named with the group.
const PART_OF = /^(?:one|two|three|four|five|some|many|most|all|none|each|several|both|any)$/;
const MAX_SUBJECT = 24;

/**
 * The head of a passive's subject: its words back to the clause start, up to the first
 * preposition, so "Two suspects in the heist of jewels from the museum were arrested" is "Two
 * suspects", and "One of the suspects" keeps its group. A subject too long to see whole keeps its
 * last five words.
 */
function subjectHead(words: Words, from: number, to: number, whole: boolean): [number, number] {
  if (!whole) return [Math.max(from, to - 5), to];
  let k = from;
  while (k < to && !SUBJECT_PREPOSITIONS.has(words.lower[k]!)) k++;
  if (k < to && k === from + 1 && words.lower[k] === "of" && PART_OF.test(words.lower[from]!)) {
    k++;
    while (k < to && !SUBJECT_PREPOSITIONS.has(words.lower[k]!)) k++;
  }
  return k > from ? [from, k] : [Math.max(from, to - 5), to];
}

/**
 * The subject of a passive verb: the words before its auxiliaries, back to the clause start or a
 * question word ("did not say how many men were arrested"); for a pronoun, the last actor named.
 */
function passiveSubject(
  doc: WithAttribution,
  words: Words,
  tokens: readonly Token[],
  verb: number,
  clause: Clause,
): { text: string; start: number; end: number } | null {
  let i = verb;
  while (i > 0 && AUX_CHAIN.test(words.lower[i - 1]!)) i--;
  const floor = tokenIndexAt(tokens, clause.start);
  let j = i;
  while (
    j - 1 >= floor &&
    !/^[,;:()—–]$/.test(words.text[j - 1]!) &&
    !SUBJECT_STOPS.has(words.lower[j - 1]!) &&
    words.lower[j] !== "how" &&
    i - j < MAX_SUBJECT
  )
    j--;
  if (j < i) {
    const [from, to] = subjectHead(words, j, i, i - j < MAX_SUBJECT);
    return {
      text: phrase(doc.text, tokens, from, to),
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
    };
  }
  const named = doc.mentions
    .filter((m) => m.start >= clause.start && m.end <= tokens[i]!.start)
    .at(-1);
  if (!named) return null;
  const after = tokenIndexAt(tokens, named.end);
  const head =
    words.lower[after] && /^[a-z]+s$/.test(words.text[after]!) ? ` ${words.text[after]}` : "";
  return {
    text: doc.text.slice(named.start, named.end) + head,
    start: named.start,
    end: named.end,
  };
}
