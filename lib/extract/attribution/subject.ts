import type { ActorMention } from "../types";
import type { Cue, SentenceView } from "./explicit";
import {
  AFTER_COMMA,
  AFTER_DATELINE,
  BETWEEN,
  INVERTED_BEFORE,
  JOINT,
  MAX_APPOSITION_GAP,
  MAX_SUBJECT_GAP,
  OPENING,
} from "./patterns";

/**
 * Who a reporting verb's subject names, nearest source first: the mentions that open the
 * sentence or the clause before the verb ("X said", "…, X said", "X (cited by Y) said"), else a
 * speaker right after it ("…," said X'), else the sentence's subject when the verb follows "and"
 * ("X cut its rate, and said …"). Null when no actor is the subject.
 */
export function reportingSubject(
  v: SentenceView,
  verbStart: number,
  verbEnd: number,
): { chain: string[]; cue: Cue } | null {
  const { text, start, mentions } = v;
  const subjectRun = subjectBefore(text, verbStart, mentions);
  // The subject must open the sentence or the clause just before the verb ("…, X said.").
  const opening = titleHolders(
    text,
    subjectRun.filter((x) => opensClause(text.slice(start, x.start))),
  );
  if (opening.length === 0) {
    const inverted = invertedSpeaker(v, verbStart, verbEnd);
    if (inverted) return inverted;
    const subject = sentenceSubject(text, start, verbStart, mentions);
    if (subject && /\band\s+(?:also\s+|later\s+)?$/.test(text.slice(start, verbStart)))
      return { chain: [subject.actor], cue: { start: verbStart, end: verbEnd } };
    return null;
  }
  const first = withConjuncts(text, clauseSubject(text, opening, verbStart), opening);
  const chain = sourceChain(
    text,
    subjectRun.filter((x) => x.start >= first.start),
  );
  return { chain, cue: { start: first.start, end: verbEnd } };
}

/**
 * "The governor of Texas, Maria Santos, said": what a title is of is no subject when another
 * mention opens the clause; alone it is the speaker's stand-in ("The head of the IMF said").
 */
function titleHolders(text: string, opening: ActorMention[]): ActorMention[] {
  if (opening.length < 2) return opening;
  const held = opening.filter(
    (x) => !/\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, x.start - 8), x.start)),
  );
  return held.length > 0 ? held : opening;
}

function opensClause(before: string): boolean {
  // "…, X said", "…," the ministry said", "Earlier, Deputy Foreign Minister X said".
  return OPENING.test(before) || AFTER_DATELINE.test(before) || AFTER_COMMA.test(before);
}

/** The mentions that may be the verb's subject: close before it, or an apposition away, in its clause. */
function subjectBefore(text: string, verbStart: number, mentions: ActorMention[]): ActorMention[] {
  return mentions.filter(
    (x) =>
      x.end <= verbStart &&
      (verbStart - x.end <= MAX_SUBJECT_GAP ||
        (verbStart - x.end <= MAX_APPOSITION_GAP &&
          /^,[^"“”]*,\s*$/.test(text.slice(x.end, verbStart)))) &&
      !/[.;:]/.test(text.slice(x.end, verbStart)),
  );
}

/**
 * Which opening mention is the verb's subject: the first, unless a later one stands right
 * before the verb after a comma ("In Mumbai, India, the board said": the board).
 */
function clauseSubject(text: string, opening: ActorMention[], verbStart: number): ActorMention {
  const first = opening[0]!;
  const direct = opening.findLast((x) => !/[,"”“]/.test(text.slice(x.end, verbStart)));
  if (!direct || direct === first) return first;
  const before = opening[opening.indexOf(direct) - 1]!;
  return /,\s*(?:the\s+)?$/i.test(text.slice(before.end, direct.start)) ? direct : first;
}

/**
 * The subject with the conjuncts joined to it before, each opening the clause itself: "AT&T and
 * DirecTV announced" starts at AT&T; "Voting ended in Malawi and the commission said" does not.
 */
function withConjuncts(text: string, subject: ActorMention, opening: ActorMention[]): ActorMention {
  const run = opening;
  let head = subject;
  for (let k = run.indexOf(subject) - 1; k >= 0; k--) {
    if (!JOINT.test(text.slice(run[k]!.end, head.start))) break;
    head = run[k]!;
  }
  return head;
}

/** The mention that opens a sentence (after any dateline), or the head it is the possessor of ("New Zealand's central bank"). */
function sentenceSubject(
  text: string,
  start: number,
  before: number,
  mentions: ActorMention[],
): ActorMention | undefined {
  const i = mentions.findIndex(
    (m) =>
      m.end <= before &&
      (OPENING.test(text.slice(start, m.start)) || AFTER_DATELINE.test(text.slice(start, m.start))),
  );
  if (i < 0) return undefined;
  const next = mentions[i + 1];
  return next &&
    next.end <= before &&
    /^['’]s\s+[\p{Ll}\s]*$/u.test(text.slice(mentions[i]!.end, next.start))
    ? next
    : mentions[i];
}

/** "…," said X', "…, added X who …": a speaker named right after the verb, titles allowed between. */
function invertedSpeaker(
  v: SentenceView,
  verbStart: number,
  verbEnd: number,
): { chain: string[]; cue: Cue } | null {
  const { text, start, end, mentions } = v;
  if (!INVERTED_BEFORE.test(text.slice(start, verbStart))) return null;
  const first = mentions.find((x) => x.start >= verbEnd && x.start < end);
  if (!first || !BETWEEN.test(text.slice(verbEnd, first.start))) return null;
  // The speaker's own name ends the run: "said AT&T Chairman … Randall Stephenson".
  let head = first;
  for (const m of mentions) {
    if (m.start <= head.start) continue;
    if (!BETWEEN.test(text.slice(head.end, m.start))) break;
    head = m;
  }
  return { chain: [head.actor], cue: { start: verbStart, end: head.end } };
}

/**
 * The chain a subject names, nearest source first. Mentions joined by an explicit citation
 * ("sources cited by the agency") are links of the chain, and so are joint subjects ("X and Y
 * announced"); otherwise earlier mentions only modify the head ("China's foreign ministry
 * spokesperson Lin Wen"): the speaker is the head.
 */
function sourceChain(text: string, subject: ActorMention[]): string[] {
  const chain: string[] = [];
  let closed = false;
  subject.forEach((m, i) => {
    const gap = i === 0 ? "" : text.slice(subject[i - 1]!.end, m.start);
    // "Ashton Hayward, the mayor of Pensacola, said", "Takada, 41, manager of …, told": an
    // apposition describes the speaker, and whatever it names is no link of the chain.
    if (i > 0 && (closed || /^,/.test(gap))) {
      closed = true;
      return;
    }
    const linked = JOINT.test(gap) || /\b(?:cited|quoted|via|through|according)\b/i.test(gap);
    if (i > 0 && !linked) chain.pop();
    chain.push(m.actor);
  });
  return chain;
}
