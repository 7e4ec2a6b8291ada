import type { ActorMention, Attribution, Sentence, WithAttribution, WithModality } from "../types";
import { groupBySentence } from "../by-sentence";
import { dedupe, explicitAttribution, type Found } from "./explicit";
import { ANAPHORIC_SPEAKER, ISSUED_STATEMENT, OWN_VOICE, STATEMENT_WORD } from "./patterns";
import { QUOTE_OPENS, quotedSpans, runsOpen, speakersAhead, type SpeechTag } from "./quotes";

/** What the reading has seen so far: the frame of the paragraph, the last speaker, an open quotation. */
type State = {
  last: { paragraph: number; chain: string[] } | null;
  // The last speaker named, for "he said", "the statement said" and quotations that run on.
  speaker: string[] | null;
  // Who speaks in the last statement named ("said in a statement", "issued a statement").
  statement: string[] | null;
  inQuote: boolean;
  quotedIn: number;
};

/**
 * Stage 5: who each sentence is attributed to, as a chain from the nearest source to the
 * outlet ("European official → Bloomberg → outlet"). A sentence with no attribution of its
 * own takes the explicit attribution of an earlier sentence in its paragraph; failing that,
 * it is the outlet's own. A quotation over several sentences takes the speaker named right
 * after it closes.
 */
export function findAttribution(doc: WithModality): WithAttribution {
  const attributions: Attribution[] = [];
  const tags: SpeechTag[] = [];
  const state: State = { last: null, speaker: null, statement: null, inQuote: false, quotedIn: -1 };
  const mentionsBy = groupBySentence(doc.mentions);
  const media = new Set(doc.actors.filter((a) => a.kind === "media").map((a) => a.id));
  for (const s of doc.sentences) {
    // A paragraph opens its own quotation marks, even when a quotation runs on into it.
    const continues = s.index > 0 && doc.sentences[s.index - 1]!.paragraph === s.paragraph;
    const spans = quotedSpans(doc.text, s.start, s.end, state.inQuote && continues);
    const quoted = (at: number) => spans.some((q) => at >= q.start && at < q.end);
    const mentions = (mentionsBy.get(s.index) ?? []).filter((x) => !quoted(x.start));
    const own = explicitAttribution({
      text: doc.text,
      start: s.start,
      end: s.end,
      mentions,
      quoted,
      isMedium: (id) => media.has(id),
    });
    const { attribution, tag } = attributeSentence(doc, s, own, state);
    attributions.push(attribution);
    tags.push(tag);
    if (!own) noteStatementOwner(doc.text, s, mentions, state, doc.outlet.id);
  }
  speakersAhead(doc.text, doc.sentences, attributions, tags);
  return { ...doc, attributions };
}

function attributeSentence(
  doc: WithModality,
  s: Sentence,
  own: Found | null,
  state: State,
): { attribution: Attribution; tag: SpeechTag } {
  const outlet = doc.outlet.id;
  const sentence = doc.text.slice(s.start, s.end);
  // A quotation opening a paragraph, or following a quoted speaker's sentence in its paragraph
  // ('"…," Takada told AP. "There wasn't any panic."'), goes on in that speaker's voice.
  const quoteRunsOn =
    state.inQuote ||
    (QUOTE_OPENS.test(sentence) &&
      (s.start === paragraphStart(doc, s) || state.quotedIn === s.paragraph));
  state.inQuote = runsOpen(sentence, state.inQuote);
  if (!own && !quoteRunsOn) state.quotedIn = -1;
  if (own) {
    state.quotedIn = /["“”]/.test(sentence) ? s.paragraph : -1;
    const chain = dedupe([...own.chain, outlet]);
    state.speaker = chain;
    if (own.statement) state.statement = dedupe([...own.statement, outlet]);
    const framesSentence = own.cue.start - s.start <= 2;
    state.last = framesSentence ? { paragraph: s.paragraph, chain } : null;
    return { attribution: { sentence: s.index, chain, cue: own.cue }, tag: own.cue };
  }
  const anaphoric = ANAPHORIC_SPEAKER.exec(sentence);
  if (state.speaker && (anaphoric || quoteRunsOn)) {
    state.last = null;
    const tag = anaphoric
      ? { start: s.start + anaphoric.index, end: s.start + anaphoric.index + anaphoric[0].length }
      : null;
    // "the statement said", "according to the statement": the statement's owner, if one was named.
    const byStatement = anaphoric && STATEMENT_WORD.test(anaphoric[0]) ? state.statement : null;
    return { attribution: { sentence: s.index, chain: byStatement ?? state.speaker }, tag };
  }
  const last = state.last;
  state.last = null;
  // The sentence right after one framed as a report ("Bloomberg reports that …") continues it.
  if (last && last.paragraph === s.paragraph && !OWN_VOICE.test(sentence))
    return { attribution: { sentence: s.index, chain: last.chain }, tag: null };
  return { attribution: { sentence: s.index, chain: [outlet] }, tag: null };
}

/** "The ministry issued a statement on Monday.": the ministry speaks in "the statement said" after. */
function noteStatementOwner(
  text: string,
  s: Sentence,
  mentions: ActorMention[],
  state: State,
  outlet: string,
): void {
  const m = ISSUED_STATEMENT.exec(text.slice(s.start, s.end));
  if (!m) return;
  const at = s.start + m.index;
  const owner = mentions.filter((x) => x.end <= at && !/[.;:]/.test(text.slice(x.end, at))).pop();
  if (!owner) return;
  state.speaker = dedupe([owner.actor, outlet]);
  state.statement = state.speaker;
}

function paragraphStart(doc: WithModality, s: { paragraph: number; start: number }): number {
  return doc.sentences.find((x) => x.paragraph === s.paragraph)?.start ?? s.start;
}
