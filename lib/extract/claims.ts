import type { Claim } from "../model";
import type { WithRelations } from "./relations";
import { groupBySentence } from "./by-sentence";
import { claimParts } from "./claim-parts";

export type WithClaims = WithRelations & { claims: Claim[] };

/**
 * Loaded framing and opinion, as opposed to reported fact: verbs of portrayal, distancing
 * ("so-called", scare quotes), judgement-laden nouns and adjectives, certainty adverbs that
 * assert rather than report.
 */
const EVALUATIVE = new RegExp(
  "\\b(?:" +
    [
      "portray(?:s|ed|ing)?",
      "so-called",
      "in practice",
      "in reality",
      "in fact",
      "regime",
      "junta",
      "puppet",
      "propaganda",
      "aggress(?:ion|or|ors|ive)",
      "terroris[tm]s?",
      "illegitimate",
      "criminal",
      "brutal",
      "barbaric",
      "heroic",
      "shameful",
      "disgraceful",
      "reckless",
      "disastrous",
      "catastrophic",
      "provocati(?:ve|on|ons)",
      "hypocri(?:sy|tical)",
      "farce",
      "sham",
      "russophob\\w*",
      "neo-nazi\\w*",
      "genocid\\w*",
      "anti-[a-z]+",
      "entirely disregarded",
      "under (?:[A-Z][a-z]+ )?control",
      "freeze the conflict",
      "(?:its|their|our) victory",
      "obviously",
      "clearly",
      "undoubtedly",
      "of course",
      "blatant(?:ly)?",
      "outrageous",
      "absurd",
      "warmonger\\w*",
      "imperialis\\w*",
      "hegemon\\w*",
      "vassal\\w*",
      "cynical(?:ly)?",
      "ruthless(?:ly)?",
      "draconian",
      "unprecedented",
      "widely seen as",
      "glimmer of hope",
      "marred by",
      "heavy-handed",
      "crackdown",
      "devastat(?:ed|ing)",
      "notorious(?:ly)?",
      "so much as",
      "sabre-rattling",
      "saber-rattling",
    ].join("|") +
    ")",
  "gi",
);
// A short phrase in quotation marks not introduced by a speaker: distancing ("scare") quotes.
// Marks pair in order, whatever the length between them, so the words between a long quotation
// and the next (`…soil" but also admitted "the hardest…`) are never taken for a quoted phrase.
const QUOTED = /[«“"]([^»”"]*)[»”"]/g;
const SCARE_LENGTH = 40;
// A name in quotation marks, its words capitalised ("Coalition of the Willing", "Paris
// Declaration"): how a name is introduced, not a distancing quote.
const NAME_FILLER = new Set([
  "of",
  "the",
  "and",
  "for",
  "on",
  "in",
  "to",
  "a",
  "an",
  "de",
  "la",
  "du",
]);
const isQuotedName = (inner: string) => {
  const words = inner.split(/\s+/).filter((w) => !NAME_FILLER.has(w));
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
};
const SPEECH = /\b(?:said|says|told|stated|wrote|called it|described it as)[\s,:]*$/i;

/** Stage 8: a claim per sentence, or per attribution of a sentence that carries two, with its chain and whether it evaluates. */
export function findClaims(doc: WithRelations): WithClaims {
  const mentionsBy = groupBySentence(doc.mentions);
  const claims: Claim[] = doc.sentences.flatMap((s) =>
    claimParts(doc.text, s, doc.attributions[s.index], mentionsBy.get(s.index) ?? [], doc.outlet.id).map((part, k) => {
      const text = doc.text.slice(part.start, part.end);
      const cues = cuesOf(text);
      const claim: Claim = {
        id: k === 0 ? `c${s.index + 1}` : `c${s.index + 1}-${k + 1}`,
        evidence: { start: part.start, end: part.end },
        sources: part.chain,
        evaluative: cues.length > 0,
      };
      if (cues.length > 0) claim.cues = [...new Set(cues)];
      return claim;
    }),
  );
  return { ...doc, claims };
}

/** The words that make a claim's text evaluative: loaded framing, and distancing quotes. */
function cuesOf(text: string): string[] {
  const cues: string[] = [];
  EVALUATIVE.lastIndex = 0;
  for (const m of text.matchAll(EVALUATIVE)) cues.push(m[0]);
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1]!.trim();
    if (inner.length === 0 || inner.length > SCARE_LENGTH || isQuotedName(inner)) continue;
    const words = inner.split(/\s+/).length;
    if (words <= 4 && !SPEECH.test(text.slice(0, m.index))) cues.push(m[0]);
  }
  return cues;
}
