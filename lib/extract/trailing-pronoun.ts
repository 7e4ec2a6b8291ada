import type { ActorMention } from "./types";

// "…, she noted.", '…," he said': a pronoun subject of a reporting clause after the words reported.
const TRAILING = /[,"”’]\s*$/;

/**
 * "At the meeting, the king praised Spain's new government under Prime Minister Sanchez, she
 * noted.": a pronoun in a trailing reporting clause is the last speaker again, not a person the
 * reported words name before it. News style names a speaker who reports about themselves
 * ("Sanchez said he …"); the words reported go on in the voice already speaking.
 * Returns the actor the pronoun was resolved to when that is such a name, else undefined.
 */
export function pronounOfReported(
  text: string,
  sentenceStart: number,
  cue: { start: number; end: number },
  mentions: readonly ActorMention[],
): string | undefined {
  const pronoun = pronounIn(text, sentenceStart, cue, mentions, TRAILING);
  if (!pronoun) return undefined;
  const named = mentions.some((m) => m.actor === pronoun.actor && m.via !== "coref" && m.end <= pronoun.start);
  return named ? pronoun.actor : undefined;
}

/**
 * "Union leader Okafor said the government had ignored Tanaka, the transport minister. He added
 * that …": a pronoun opening the sentence right after a speaker's report, resolved to a person
 * that report only named in its words, is the speaker again. Returns that person, else undefined.
 */
export function pronounAfterReport(
  text: string,
  sentenceStart: number,
  cue: { start: number; end: number },
  mentions: readonly ActorMention[],
  report: { chain: string[]; cue?: { start: number; end: number } } | undefined,
  reportMentions: readonly ActorMention[],
): string | undefined {
  const pronoun = pronounIn(text, sentenceStart, cue, mentions, OPENS_OR_TRAILS);
  const reportCue = report?.cue;
  if (!pronoun || !reportCue) return undefined;
  const inWords = reportMentions.some((m) => m.actor === pronoun.actor && m.start >= reportCue.end);
  const speaking = reportMentions.some((m) => m.actor === pronoun.actor && m.start < reportCue.end);
  // '…," a military spokesman in Swat told Reuters. "…," he added': a name in the speaker's
  // description, no speaker itself, is no more the pronoun's than a name in the words.
  const describing = speaking && !report!.chain.includes(pronoun.actor) &&
    reportMentions.every((m) => m.actor !== pronoun.actor || (m.start > reportCue.start && m.end <= reportCue.end));
  return (inWords && !speaking) || describing ? pronoun.actor : undefined;
}

// The pronoun opens the sentence ("He added …") or the reporting clause after the words ('…," he added').
const OPENS_OR_TRAILS = /^\W*$|[,"”’]\s*$/;

/** The "he" or "she" coreference mention inside the cue whose sentence, up to it, reads as `before`. */
function pronounIn(
  text: string,
  sentenceStart: number,
  cue: { start: number; end: number },
  mentions: readonly ActorMention[],
  before: RegExp,
): ActorMention | undefined {
  return mentions.find(
    (m) =>
      m.via === "coref" &&
      m.start >= cue.start &&
      m.end <= cue.end &&
      /^(?:he|she)$/i.test(text.slice(m.start, m.end)) &&
      before.test(text.slice(sentenceStart, m.start)),
  );
}
