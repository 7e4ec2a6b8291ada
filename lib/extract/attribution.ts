import type { Attribution, WithAttribution, WithModality } from "./types";
import type { ActorMention } from "./types";
import { groupBySentence } from "./by-sentence";
import { TITLE_WORDS } from "./actors";

const REPORTING =
  "said|says|say|told|tells|tell|reported|reports|report|noted|notes|note|stated|states|announced|announces|added|adds|wrote|writes|claimed|claims|believes|believe|warned|warns|insisted|insists|confirmed|confirms|indicated|indicates|indicate|suggested|suggests|suggest|argued|argues|explained|explains|stressed|stresses|acknowledged(?!\\s+(?:the|an?|its|their)\\s)|acknowledges(?!\\s+(?:the|an?|its|their)\\s)|admitted|admits|alleged|alleges|asserted|asserts|declared(?!\\s+an?\\s)|declares(?!\\s+an?\\s)|emphasi[sz]ed|emphasi[sz]es|estimated|estimates|predicted|predicts|revealed|reveals|disclosed|discloses|maintained|maintains|assessed|contends|contended|cautioned|cautions|believed|thinks|think|understands|learned|learnt|shouted|replied|recalled|tweeted|posted|(?:decided|ruled|concluded|found|determined|agreed)(?=\\s+that\\b)";
const REPORTING_RE = new RegExp(`\\b(?:${REPORTING})\\b`, "g");
const ACCORDING =
  /\b(?:according to|as reported by|as cited by|citing|in the view of|in an interview with|quoted by|(?:in|In) (?:a|an|its|the) (?=[\p{Lu}][\p{L}&-]*(?:\s+[\p{Lu}][\p{L}&-]*){0,3}\s+(?:statement|release|communiqu[eé]|report|post)\b))\s*/giu;
const TELL = /^(?:told|tells|tell)$/;
const MAX_SUBJECT_GAP = 60;
// An apposition may stand between a speaker and the verb: "Ziad, a young teacher who …, said".
const MAX_APPOSITION_GAP = 140;
// Lower-case descriptions before a speaker's name: "National broadcaster NHK said".
// Titles count ("the newly-appointed governor Dr. X said").
const TITLES = TITLE_WORDS.map((w) => w.replace(/\./g, "\\.")).join("|");
// "A spokesperson for X", "officials at the X", "a representative of X": X speaks through them.
const VOICE_OF =
  "(?:[Ss]pokes(?:man|woman|person|people)|[Oo]fficials?|[Rr]epresentatives?|[Aa]ides?)\\s+(?:for|at|from|of|with|in)(?:\\s+the)?";
const DESCRIPTOR = `(?:the\\s+|a\\s+|an\\s+)?(?:(?:${VOICE_OF}|\\p{Lu}[\\p{L}.’'&-]*|national|state|public|news|television|tv|radio|broadcaster|agency|newspaper|daily|channel|outlet|chief|senior|top|former|spokes(?:man|woman|person)|minister|official|analyst|economist|executive|director|leader|head|ceo|and|of|newly-(?:appointed|elected|named)|outgoing|incoming|new|${TITLES})\\s+){0,5}`;
const OPENING = new RegExp(`^\\W*${DESCRIPTOR}$`, "u");
// "…, X said", "…," X said", "… and the Elections Commission said": a clause of its own.
const AFTER_COMMA = new RegExp(`(?:,["”’»]?|\\s(?:and|but|while|whereas))\\s*${DESCRIPTOR}$`, "u");
// "…, said Chief Cabinet Secretary Nobutaka Machimura.": the speaker after the verb.
const INVERTED_BEFORE = /(?:[,"”’»]|^)\s*$/;
// Openings by which the outlet takes the floor again.
const OWN_VOICE =
  /^\W*(?:However|But|Meanwhile|At the same time|As a result|Still|Yet|In contrast|Critics|Observers note)\b/;

/**
 * Stage 5: who each sentence is attributed to, as a chain from the nearest source to the
 * outlet ("European official → Bloomberg → outlet"). A sentence with no attribution of its
 * own takes the explicit attribution of an earlier sentence in its paragraph; failing that,
 * it is the outlet's own.
 */
export function findAttribution(doc: WithModality): WithAttribution {
  const attributions: Attribution[] = [];
  const outlet = doc.outlet.id;
  let last: { paragraph: number; chain: string[] } | null = null;
  // The last speaker named, for "he said", "the statement said" and quotations that run on.
  let speaker: string[] | null = null;
  // Whose statement "the statement said", "read the statement", "according to the statement" cite.
  let statementOwner: string[] | null = null;
  let inQuote = false;
  let quotedIn = -1;
  const mentionsBy = groupBySentence(doc.mentions);
  for (const s of doc.sentences) {
    const mentions = mentionsBy.get(s.index) ?? [];
    const sentence = doc.text.slice(s.start, s.end);
    const found = explicitAttribution(doc.text, s.start, s.end, mentions);
    const citesStatement = !found && statementOwner !== null && STATEMENT_CITED.test(sentence);
    const own = citesStatement ? { chain: statementOwner!, cue: undefined } : found;
    if (found?.statementOf) statementOwner = [found.statementOf];
    else if (found && STATEMENT_GIVEN.test(sentence)) statementOwner = found.chain;
    // A quotation opening a paragraph, or following a quoted speaker's sentence in its paragraph
    // ('"…," Takada told AP. "There wasn't any panic."'), goes on in that speaker's voice.
    const quoteRunsOn =
      inQuote ||
      (QUOTE_OPENS.test(sentence) &&
        (s.start === paragraphStart(doc, s) || quotedIn === s.paragraph));
    inQuote = runsOpen(sentence, inQuote);
    if (!own && !quoteRunsOn) quotedIn = -1;
    if (own) {
      quotedIn = /["“”]/.test(sentence) ? s.paragraph : -1;
      const chain = dedupe([...own.chain, outlet]);
      attributions.push(own.cue ? { sentence: s.index, chain, cue: own.cue } : { sentence: s.index, chain });
      speaker = chain;
      const framesSentence = own.cue !== undefined && own.cue.start - s.start <= 2;
      last = framesSentence ? { paragraph: s.paragraph, chain } : null;
    } else if (speaker && (ANAPHORIC_SPEAKER.test(sentence) || quoteRunsOn)) {
      attributions.push({ sentence: s.index, chain: speaker });
      last = null;
    } else if (
      last &&
      last.paragraph === s.paragraph &&
      !OWN_VOICE.test(doc.text.slice(s.start, s.end))
    ) {
      // The sentence right after one framed as a report ("Bloomberg reports that …") continues it.
      attributions.push({ sentence: s.index, chain: last.chain });
      last = null;
    } else {
      attributions.push({ sentence: s.index, chain: [outlet] });
      last = null;
    }
  }
  return { ...doc, attributions };
}

function explicitAttribution(
  text: string,
  start: number,
  end: number,
  mentions: ActorMention[],
): Explicit | null {
  const s = text.slice(start, end);
  // "According to X", "citing X", "in an interview with X": X and whoever X cites.
  ACCORDING.lastIndex = 0;
  let statement: Explicit | null = null;
  for (const m of s.matchAll(ACCORDING)) {
    const at = start + m.index + m[0].length;
    // The source is the first actor named before the phrase ends: "according to a tally compiled by X".
    const stop = text.slice(at, end).search(/[,;:]/);
    const limit = stop < 0 ? end : at + stop;
    const first = mentions.find((x) => x.start >= at && x.start < limit);
    if (!first) continue;
    const found = { chain: [first.actor], cue: { start: start + m.index, end: first.end } };
    // "In an X statement, Y said": the statement is X's, the words Y's when Y is named speaking.
    if (/^in\s/i.test(m[0])) {
      statement ??= { ...found, statementOf: first.actor };
      continue;
    }
    // "X reported, citing Y": Y, then X who cites Y.
    if (/^citing\b/i.test(m[0])) {
      const citer = reportedSpeaker(text, start, start + m.index, mentions);
      if (citer)
        return { chain: dedupe([first.actor, ...citer.chain]), cue: { start: citer.cue.start, end: first.end } };
    }
    return found;
  }
  const spoken = reportedSpeaker(text, start, end, mentions);
  return spoken ? (statement ? { ...spoken, statementOf: statement.statementOf } : spoken) : statement;
}

type Explicit = {
  chain: string[];
  cue: { start: number; end: number };
  /** The owner of a statement the sentence names ("In an X statement"). */
  statementOf?: string;
};

/** "X (cited by Y) said …", "…, X said", "…," said X": the speaker of a reporting verb. */
function reportedSpeaker(
  text: string,
  start: number,
  end: number,
  mentions: ActorMention[],
): Explicit | null {
  const s = text.slice(start, end);
  // "X (cited by Y) said/reports/told Z": the subject mentions before the verb, nearest first.
  REPORTING_RE.lastIndex = 0;
  for (const m of s.matchAll(REPORTING_RE)) {
    const verbStart = start + m.index;
    const verbEnd = verbStart + m[0].length;
    const before = mentions.filter(
      (x) =>
        x.end <= verbStart &&
        (verbStart - x.end <= MAX_SUBJECT_GAP ||
          (verbStart - x.end <= MAX_APPOSITION_GAP &&
            /^,[^"“”]*,\s*$/.test(text.slice(x.end, verbStart)))),
    );
    const subjectRun = before.filter((x) => !/[.;:]/.test(text.slice(x.end, verbStart)));
    // The subject must open the sentence or the clause just before the verb ("…, X said.").
    // "Facebook and Twitter", "AT&T and DirecTV": a name joined to the one before it by "and".
    const joinedTo = (x: ActorMention) => mentions.find((y) => /^\s+and\s+$/.test(text.slice(y.end, x.start)));
    const opening = subjectRun.filter(
      (x) =>
        OPENING.test(text.slice(start, x.start)) ||
        AFTER_DATELINE.test(text.slice(start, x.start)) ||
        // "…, X said", "…," the ministry said", "Earlier, Deputy Foreign Minister X said"; "… and X
        // said" opens a clause unless "and" joins X to the name before it.
        (AFTER_COMMA.test(text.slice(start, x.start)) && !joinedTo(x)),
    );
    // "AT&T and DirecTV announced": of a subject of names joined by "and", the first named speaks.
    const last = subjectRun.at(-1);
    const first = last && /^\s*$/.test(text.slice(last.end, verbStart)) ? joinedTo(last) : undefined;
    if (opening.length === 0 && first && !/[,;:]/.test(text.slice(start, first.start)))
      return { chain: [first.actor], cue: { start: first.start, end: verbEnd } };
    if (opening.length === 0) {
      const inverted = invertedSpeaker(text, start, verbStart, verbEnd, end, mentions);
      if (inverted) return inverted;
      // "X cut its rate on Thursday, and said it was ready …": the sentence's subject speaks.
      const subject = sentenceSubject(text, start, verbStart, mentions);
      if (subject && /\band\s+(?:also\s+|later\s+)?$/.test(text.slice(start, verbStart)))
        return { chain: [subject.actor], cue: { start: verbStart, end: verbEnd } };
      continue;
    }
    const chain = sourceChain(
      text,
      subjectRun.filter((x) => x.start >= opening[0]!.start),
    );
    if (TELL.test(m[0])) {
      const told = mentions.find((x) => x.start >= verbEnd && x.start <= verbEnd + 6);
      if (told) chain.push(told.actor);
    }
    return { chain: dedupe(chain), cue: { start: opening[0]!.start, end: verbEnd } };
  }
  return null;
}

// "WELLINGTON, Dec 10 (Reuters) - ": a dateline before the sentence proper.
const AFTER_DATELINE = new RegExp(`\\s[-—–]\\s+${DESCRIPTOR}$`, "u");

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
  text: string,
  start: number,
  verbStart: number,
  verbEnd: number,
  end: number,
  mentions: ActorMention[],
): { chain: string[]; cue: { start: number; end: number } } | null {
  if (!INVERTED_BEFORE.test(text.slice(start, verbStart))) return null;
  const first = mentions.find((x) => x.start >= verbEnd && x.start < end);
  if (!first || !new RegExp(`^\\s+${DESCRIPTOR}$`, "u").test(text.slice(verbEnd, first.start)))
    return null;
  // The speaker's own name ends the run: "said AT&T Chairman … Randall Stephenson".
  let head = first;
  for (const m of mentions) {
    if (m.start <= head.start) continue;
    if (!new RegExp(`^\\s+${DESCRIPTOR}$`, "u").test(text.slice(head.end, m.start))) break;
    head = m;
  }
  return { chain: [head.actor], cue: { start: verbStart, end: head.end } };
}

/**
 * The chain a subject names, nearest source first. Mentions joined by an explicit citation
 * ("sources cited by the agency") are links of the chain; otherwise earlier mentions only
 * modify the head ("China's foreign ministry spokesperson Lin Wen"): the speaker is the head.
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
    if (i > 0 && !/\b(?:cited|quoted|via|through|according)\b/i.test(gap)) chain.pop();
    chain.push(m.actor);
  });
  return chain;
}

// "…, he said", "the statement said", "it read", "According to the statement": the last speaker again.
const ANAPHORIC_SPEAKER =
  /(?:^|[,"”’]\s*)(?:he|she|it|they|the statement|the ministry's statement|the report|the release|the notice)\s+(?:said|says|added|adds|told|read|reads|noted|stated|shouted|continued)\b|\baccording to (?:the|its|his|her) (?:statement|deputy minister|minister|spokesperson)\b/i;
const QUOTE_OPENS = /^\s*["“]/;
// "X said in a statement", "in a written statement, X said": X's statement, cited later.
const STATEMENT_GIVEN = /\bin\s+(?:a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+)?statement\b/iu;
// "the statement said", "…," read the statement', "According to the statement", '…," it read'.
const STATEMENT_CITED =
  /(?:^|[,"”’]\s*)(?:the|its|their)\s+statement\s+(?:also\s+)?(?:said|says|added|adds|read|reads|noted|stated|continued)\b|[,"”’]\s*(?:read|reads|said|added)\s+the\s+statement\b|\baccording to (?:the|its|their) statement\b|[,"”’]\s*it\s+(?:read|reads)\b/i;

/** Whether a quotation is still open after this sentence (straight quotes counted in pairs). */
function runsOpen(sentence: string, open: boolean): boolean {
  let state = open;
  for (const c of sentence) {
    if (c === "“") state = true;
    else if (c === "”") state = false;
    else if (c === '"') state = !state;
  }
  return state;
}

function paragraphStart(doc: WithModality, s: { paragraph: number; start: number }): number {
  return doc.sentences.find((x) => x.paragraph === s.paragraph)?.start ?? s.start;
}

function dedupe(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) === i);
}
