import { isPastForm, isVerbForm } from "../lexicon";
import { makeDraft, type Drafting } from "./draft";
import { objectEdge } from "./phrases";
import { tokenIndexAt, tokenIndexBefore } from "./scope";
import type { Trigger } from "./triggers";

/**
 * The lead states the story's main event, so the lead sentence always has one. When none of its
 * triggers made an event ("New Zealand's central bank said on Tuesday that its rate track
 * involves further cuts"), its main predicate is the event:
 *
 *   - a predicate under an attribution cue ("said … that …") makes the saying the event, a
 *     statement labelled by the cue's verb and what is said;
 *   - otherwise the first finite verb of the sentence and its object ("Workers walked off the
 *     job"), of kind `other`: the genre's vocabulary did not know it, and the kind says so.
 */
export function leadEvent(st: Drafting): void {
  if (st.drafts.length > 0) return;
  const { tokens, words, cue } = st.scope;
  const content = words.text.filter((w) => /\p{L}/u.test(w)).length;
  if (content < MIN_WORDS) return;
  if (cue) {
    const from = tokenIndexAt(tokens, cue.start);
    const to = tokenIndexBefore(tokens, cue.end);
    const verb = firstIndex(from, to, (i) => SAYING.test(words.lower[i]!));
    // "…, a union official said.": what is said stands before a trailing cue, and its own verb is the event.
    const trailing = words.text.slice(to + 1).filter((w) => /\p{L}/u.test(w)).length < 3 && from > MIN_WORDS;
    if (verb >= 0 && !trailing) return saying(st, verb, to);
  }
  const past = firstIndex(1, tokens.length, (i) => isFiniteVerb(st, i, true));
  const verb = past >= 0 ? past : firstIndex(1, tokens.length, (i) => isFiniteVerb(st, i, false));
  if (verb < 0) return;
  const limit = tokenIndexBefore(tokens, st.scope.clauseOf(verb).end);
  const end = Math.max(verb + 1, objectEdge(words, verb + 1, limit));
  st.drafts.push(makeDraft(st, trigger(verb, "other"), verb, end, "other"));
}

const MIN_WORDS = 6;

// Verbs of saying a cue is built on: the event is the saying.
const SAYING =
  /^(?:said|says|say|announced|announces|stated|states|confirmed|confirms|declared|declares|reported|reports|told|tells|warned|warns|predicted|predicts|forecast|forecasts|expects|expected)$/;

// Forms that carry tense but no event of their own: auxiliaries, copulas, modals.
const AUXILIARY =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must)$/;

/**
 * A finite verb: a past form or one after an auxiliary ("has gone"); failing that (`past` false),
 * a third-person present form. Past forms go first since "shares", "talks", "cuts" are nouns as
 * often as verbs.
 */
function isFiniteVerb(st: Drafting, i: number, past: boolean): boolean {
  const { words } = st.scope;
  const w = words.text[i]!;
  const l = words.lower[i]!;
  if (!/^[a-z]+$/.test(w) || AUXILIARY.test(l) || words.timed?.[i]) return false;
  if (!isVerbForm(l)) return false;
  const before = words.lower[i - 1] ?? "";
  // "the ruling party", "the company's shares": after a determiner or a possessive, a noun or modifier.
  if (/^(?:a|an|the|this|that|its|their|his|her|of|to|for|['’]s)$/.test(before)) return false;
  if (past) return /ed$/.test(l) || AUXILIARY.test(before) || isPastForm(l);
  return /[^s]s$/.test(l);
}

/** "said on Tuesday that its rate track involves further cuts": a statement, labelled by the saying and what is said. */
function saying(st: Drafting, verb: number, cueEnd: number): void {
  const { tokens, words } = st.scope;
  const limit = tokenIndexBefore(tokens, st.scope.s.end);
  let start = cueEnd;
  while (start < limit && (words.timed?.[start] || /^(?:that|on|,)$/.test(words.lower[start]!))) start++;
  let end = start;
  while (end < limit && end - start < MAX_SAID && /[\p{L}\p{N}]/u.test(words.text[end]!)) end++;
  const to = Math.max(end, verb + 1);
  st.drafts.push(makeDraft(st, trigger(verb, "statement"), verb, to, "statement"));
}

const MAX_SAID = 10;

const trigger = (i: number, kind: Trigger["kind"]): Trigger => ({
  start: i,
  end: i + 1,
  kind,
  pos: "verb",
  strong: true,
});

function firstIndex(from: number, to: number, ok: (i: number) => boolean): number {
  for (let i = from; i < to; i++) if (ok(i)) return i;
  return -1;
}
