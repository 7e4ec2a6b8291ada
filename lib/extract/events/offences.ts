import type { Span } from "../../model";
import { DEFINITE, type Draft, type Drafting } from "./draft";

// The offence of a case: a theft and its verbs ("a robbery in which jewels were stolen").
const OFFENCE_NOUN = /^(?:thefts?|robber(?:y|ies)|heists?|burglar(?:y|ies)|break-ins?|looting)$/;
const OFFENCE_VERB =
  /^(?:steal(?:s|ing)?|stole|stolen|rob(?:s|bed|bing)?|burgl(?:e|es|ed|ing)|loot(?:s|ed)?)$/;
// "the last recorded theft", "another robbery": a definite noun that names a different offence.
const OTHER_ONE =
  /^(?:last|previous|earlier|another|other|first|second|third|latest|recent|similar|separate|new|next|former|prior)$/;

const triggerWord = (text: string, d: Draft) =>
  text.slice(d.trigger.start, d.trigger.end).toLowerCase();
const isOffence = (text: string, d: Draft) =>
  d.kind === "legal" &&
  (OFFENCE_NOUN.test(triggerWord(text, d)) || OFFENCE_VERB.test(triggerWord(text, d)));
const isOffenceNoun = (text: string, d: Draft) =>
  d.kind === "legal" && OFFENCE_NOUN.test(triggerWord(text, d));

const dayOf = (d: Draft) => d.timeMention?.date?.start;
const compatibleTimes = (a: Draft, b: Draft) => !dayOf(a) || !dayOf(b) || dayOf(a) === dayOf(b);

/**
 * One offence, however often it is named: in one sentence its noun and its verbs are one act ("a
 * robbery in which nine items were stolen", "a robbery saw jewels stolen"; two nouns may be two
 * offences, "the robbery of the bank and the theft of a car"); in a later sentence a
 * definite noun ("the heist", "despite the robbery", "the audacious theft occurred on Sunday") is
 * the offence the article already reported, and brings it its date when it had none. A different
 * date, or a word that names another offence ("the last recorded theft", "another robbery"),
 * keeps it apart. Runs after the sentence's times are attached.
 */
export function foldOffences(st: Drafting): void {
  const { doc, s, words } = st.scope;
  const here = st.drafts.filter((d) => isOffence(doc.text, d));
  const keeper = here.find((d) => isOffenceNoun(doc.text, d)) ?? here[0];
  for (const d of here)
    if (keeper && d !== keeper && !isOffenceNoun(doc.text, d) && compatibleTimes(keeper, d))
      absorb(st, keeper, d, s);
  for (const d of st.drafts.filter((x) => isOffenceNoun(doc.text, x))) {
    const [from, to] = d.labelTokens;
    if (!DEFINITE.has(words.lower[from - 1] ?? "")) continue;
    if (words.lower.slice(from, to).some((w) => OTHER_ONE.test(w))) continue;
    const earlier = st.earlier.filter((e) => isOffence(doc.text, e)).at(-1);
    if (earlier && compatibleTimes(earlier, d)) absorb(st, earlier, d, s);
  }
}

/** `d` is `into` named again: its sentence becomes evidence, its time fills a gap, its anchors move. */
function absorb(st: Drafting, into: Draft, d: Draft, s: Span): void {
  if (!into.timeMention && d.timeMention) into.timeMention = d.timeMention;
  if (!into.evidence.some((e) => e.start === s.start))
    into.evidence.push({ start: s.start, end: s.end });
  st.drafts.splice(st.drafts.indexOf(d), 1);
  for (const o of st.drafts) if (o.anchor?.key === d.key) o.anchor.key = into.key;
}
