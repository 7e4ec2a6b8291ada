import type { ActorMention } from "./types";

// A past-tense verb (an adverb before it allowed) between two names: the second is its object.
const OBJECT_GAP = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$/u;

// "a Health Ministry official", "the bank's chief economist": a description, not a name.
const DESCRIPTION = /^(?:[Aa]n?|[Tt]he)\s|\s\p{Ll}+$/u;

const NAMED_SPEAKER_AFTER = /^\s*,\s*(?:said|says|told|added|adds|warned|noted|stated|explained)\b/;

/**
 * The chain a subject names, nearest source first. Mentions joined by an explicit citation
 * ("sources cited by the agency") are links of the chain; otherwise earlier mentions only
 * modify the head ("China's foreign ministry spokesperson Lin Wen"): the speaker is the head.
 */
export function sourceChain(text: string, subject: ActorMention[]): string[] {
  const chain: string[] = [];
  let closed = false;
  subject.forEach((m, i) => {
    const gap = i === 0 ? "" : text.slice(subject[i - 1]!.end, m.start);
    // "Ashton Hayward, the mayor of Pensacola, said", "Takada, 41, manager of …, told": an
    // apposition describes the speaker, and whatever it names is no link of the chain.
    const cites = /\b(?:cited|quoted)\s+by\s+(?:the\s+)?$/i.test(gap);
    // "Grace Phiri of the United Democratic Alliance said": what a name is of describes it;
    // so does where it is ("Officials in Kenya said", "Police in Lagos said").
    const of = /^\s+(?:of|from|in|at|near)\s+(?:the\s+)?$/.test(gap);
    // "AT&T and DirecTV announced": the first of joint speakers heads the chain (a chain has one).
    const joint = /^\s*,?\s*(?:and|&)\s+(?:the\s+)?$/.test(gap);
    // "Messi criticized the organization and said": a name after the subject's own verb is its
    // object, no link of the chain.
    const object = !cites && OBJECT_GAP.test(gap);
    // "The UN coordinator for Yemen, Lise Grande, said": a name set off by commas right before the
    // verb, after the description it names, is the speaker the description introduced.
    // ("Yusuf Demir, a Transport Ministry official, said": a description after the name is no name.)
    if (
      i > 0 &&
      !closed &&
      /^\s*,\s*$/.test(gap) &&
      NAMED_SPEAKER_AFTER.test(text.slice(m.end, m.end + 40)) &&
      !DESCRIPTION.test(text.slice(m.start, m.end))
    ) {
      chain.length = 0;
      chain.push(m.actor);
      closed = true;
      return;
    }
    if (i > 0 && (closed || of || joint || object || (/^(?:\s+[\p{Ll}-]+){0,3},/u.test(gap) && !cites))) {
      closed = true;
      return;
    }
    if (i > 0 && !/\b(?:cited|quoted|via|through|according)\b/i.test(gap)) chain.pop();
    chain.push(m.actor);
  });
  return chain;
}
