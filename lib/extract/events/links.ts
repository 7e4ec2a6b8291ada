import type { Span, EventKind } from "../../model";
import type { Token } from "../tokens";
import { type AnchorCue, findAnchorCues, isPosited } from "./anchors";
import { DEFINITE, type Draft, type Drafting, GATHERINGS, makeDraft } from "./draft";
import { leftEdge, phrase, rightEdge, type Words } from "./phrases";
import { noPunct, tokenIndexAt, tokenIndexBefore } from "./scope";
import type { Trigger } from "./triggers";

const CHAIN_LINKS = new Set(["in", "by", "to", "for", "of"]);

/** Chains such as "assist in monitoring a ceasefire by supplying intelligence" are one event. */
export function joinChains(st: Drafting): void {
  const { doc, tokens, words } = st.scope;
  const drafts = st.drafts;
  for (let i = drafts.length - 1; i > 0; i--) {
    const a = drafts[i - 1]!;
    const b = drafts[i]!;
    const gap = b.labelTokens[0] - a.labelTokens[1];
    if (
      a.clause === b.clause &&
      gap >= 0 &&
      gap <= 1 &&
      (gap === 0 || CHAIN_LINKS.has(words.lower[a.labelTokens[1]]!))
    ) {
      a.labelTokens = [a.labelTokens[0], b.labelTokens[1]];
      a.label = phrase(doc.text, tokens, a.labelTokens[0], a.labelTokens[1]);
      if (a.kind === "aid" || a.kind === "other") a.kind = b.kind;
      drafts.splice(i, 1);
    }
  }
}

/** Anchors: the event a cue points at ("following the meeting") becomes the anchor of the events it governs. */
export function linkAnchors(st: Drafting): void {
  const { words } = st.scope;
  for (const cue of findAnchorCues(words.lower)) {
    const target = st.scope.triggers.find(
      (t) => t.start >= cue.end && t.start - cue.end <= 4 && noPunct(words, cue.end, t.start),
    );
    if (!target) continue;
    const anchor = anchorEvent(st, cue, target);
    for (const d of governedBy(st, cue, anchor))
      d.anchor = { key: anchor.key, relation: cue.relation };
  }
}

/** The event a cue points at: an earlier one a definite mention refers to, this sentence's, or a new one; hypothetical when only posited. */
function anchorEvent(st: Drafting, cue: AnchorCue, target: Trigger): Draft {
  const { doc, s, tokens, words } = st.scope;
  const after = doc.text.slice(tokens[target.end - 1]!.end, s.end);
  const posited =
    isPosited(after) || (cue.conditionalHint && !DEFINITE.has(words.lower[cue.end] ?? ""));
  const definite = DEFINITE.has(words.lower[cue.end] ?? "");
  let anchor = st.drafts.find((d) => d.trigger.start === tokens[target.start]!.start);
  const earlier = definite ? corefer(st.earlier, target.kind, words, tokens, target) : undefined;
  if (earlier) {
    if (anchor) st.drafts.splice(st.drafts.indexOf(anchor), 1);
    anchor = earlier;
    addEvidence(anchor, s);
  } else if (!anchor) {
    const limit = tokenIndexBefore(tokens, st.scope.clauseOf(target.start).end);
    anchor = makeDraft(
      st,
      target,
      leftEdge(words, target.start, cue.end),
      Math.max(target.end, rightEdge(words, target.end, limit)),
      target.kind,
    );
    st.drafts.push(anchor);
  }
  if (posited) {
    anchor.hypothetical = true;
    anchor.certainty = "conditional";
  }
  return anchor;
}

/** A fronted cue governs what follows it (and other clauses); a trailing one, the last event before it in its clause. */
function governedBy(st: Drafting, cue: AnchorCue, anchor: Draft): Draft[] {
  const { tokens, words } = st.scope;
  const cueClause = st.scope.clauseOf(cue.start);
  const fronted =
    cue.start <= tokenIndexAt(tokens, cueClause.start) + 3 ||
    cue.start <= 3 ||
    /^(?:,|that)$/.test(words.lower[cue.start - 1] ?? "");
  const governed = st.drafts.filter(
    (d) =>
      d !== anchor &&
      !d.anchor &&
      (fronted
        ? tokens[d.labelTokens[0]]!.start > tokens[cue.start]!.start || d.clause !== cueClause
        : d.clause === cueClause && d.labelTokens[0] < cue.start),
  );
  return fronted ? governed : governed.slice(-1);
}

/** Definite mentions of a gathering already introduced ("the Paris talks") are the same event. */
export function mergeGatherings(st: Drafting): void {
  const { s, tokens, words } = st.scope;
  for (const d of [...st.drafts]) {
    const first = words.lower[d.labelTokens[0] - 1];
    if (!first || !DEFINITE.has(first) || !GATHERINGS.includes(d.kind) || d.anchor) continue;
    const earlier = corefer(st.earlier, d.kind, words, tokens, {
      start: d.labelTokens[0],
      end: d.labelTokens[1],
    } as Trigger);
    if (!earlier) continue;
    addEvidence(earlier, s);
    st.drafts.splice(st.drafts.indexOf(d), 1);
    for (const o of st.drafts) if (o.anchor?.key === d.key) o.anchor.key = earlier.key;
  }
}

// "the latest of several meetings … the meeting aims": one definite meeting is none of several.
const SEVERAL =
  /^(?:several|many|numerous|multiple|various|a series of|a string of|two|three|four|five)\s/i;

/**
 * The earlier event of a compatible kind a definite mention refers to: the last one sharing a
 * capitalised word, else the last; never one whose label names several events.
 */
function corefer(
  drafts: Draft[],
  kind: EventKind,
  words: Words,
  tokens: readonly Token[],
  t: { start: number; end: number },
): Draft | undefined {
  const compatible = drafts.filter(
    (d) =>
      (d.kind === kind || (GATHERINGS.includes(d.kind) && GATHERINGS.includes(kind))) &&
      !SEVERAL.test(d.label),
  );
  if (compatible.length === 0) return undefined;
  const names = words.text.slice(Math.max(0, t.start - 3), t.end).filter((w) => /^\p{Lu}/u.test(w));
  return (
    compatible.filter((d) => names.some((n) => d.label.includes(n))).at(-1) ?? compatible.at(-1)
  );
}

function addEvidence(d: Draft, s: Span): void {
  if (!d.evidence.some((e) => e.start === s.start)) d.evidence.push({ start: s.start, end: s.end });
}
