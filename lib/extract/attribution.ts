import type { Attribution, WithAttribution, WithModality } from "./types";
import type { ActorMention } from "./types";
import type { ActorKind } from "../model";
import { groupBySentence } from "./by-sentence";
import { TITLE_WORDS } from "./actors";
import { QUOTE_OPENS, runsOpen, speakerAfterQuote } from "./quotations";
import { ROLE_NOUN, resolveRole, rolesAhead, type RoleContext } from "./speaker-roles";

const REPORTING =
  "said|says|say|told|tells|tell|reported|reports|report|noted|notes|note|stated|states|announced|announces|added|adds|wrote|writes|claimed|claims|believes|believe|warned|warns|insisted|insists|confirmed|confirms|indicated|indicates|indicate|suggested|suggests|suggest|argued|argues|explained|explains|stressed|stresses|acknowledged(?!\\s+(?:the|an?|its|their)\\s)|acknowledges(?!\\s+(?:the|an?|its|their)\\s)|admitted|admits|alleged|alleges|asserted|asserts|declared(?!\\s+an?\\s)|declares(?!\\s+an?\\s)|emphasi[sz]ed|emphasi[sz]es|estimated|estimates|predicted|predicts|revealed|reveals|disclosed|discloses|maintained|maintains|assessed|contends|contended|cautioned|cautions|believed|thinks|think|understands|learned|learnt|shouted|replied|recalled|tweeted|posted|warn|argue|insist|stress|confirm|explain|predict|caution|acknowledge(?!\\s+(?:the|an?|its|their)\\s)|admit|allege|assert|reveal|contend|maintain|(?:decided|ruled|concluded|found|determined|agreed)(?=\\s+that\\b)|(?<=\\bwhat\\s+(?:\\S+\\s+){1,6})(?:calls|called|describes|described|terms|termed)(?=\\s)";
// "in what the union describes as …": the words are the union's.
const CALLED = /^(?:calls|called|describes|described|terms|termed)$/;
const REPORTING_RE = new RegExp(`\\b(?:${REPORTING})\\b`, "g");
const ACCORDING =
  /\b(?:according to|as reported by|as cited by|citing|in the view of|in an interview with|quoted by|(?:in|In) (?:a|an|its|the) (?=[\p{Lu}][\p{L}&-]*(?:\s+[\p{Lu}][\p{L}&-]*){0,3}\s+(?:statement|release|communiqu[eé]|report|post)\b))\s*/giu;
const TELL = /^(?:told|tells|tell)$/;
const MAX_SUBJECT_GAP = 60;
// An apposition may stand between a speaker and the verb: "Ziad, a young teacher who …, said".
const MAX_APPOSITION_GAP = 140;
// "X, a young teacher …, said", "The X observer mission, led by …, said": the head's lower-case
// words, then the apposition between commas.
const APPOSITION_GAP = /^(?:\s+[\p{Ll}-]+){0,3},[^"“”]*,\s*$/u;
// Lower-case descriptions before a speaker's name: "National broadcaster NHK said".
// Titles count ("the newly-appointed governor Dr. X said").
const TITLES = TITLE_WORDS.map((w) => w.replace(/\./g, "\\.")).join("|");
// "A spokesperson for X", "officials at the X", "a representative of X": X speaks through them.
const VOICE_OF =
  "(?:[Ss]pokes(?:man|woman|person|people)|[Oo]fficials?|[Rr]epresentatives?|[Aa]ides?)\\s+(?:for|at|from|of|with|in)(?:\\s+the)?";
const DESCRIPTOR = `(?:the\\s+|a\\s+|an\\s+)?(?:(?:${VOICE_OF}|\\p{Lu}[\\p{L}.’'&-]*|national|state|public|news|television|tv|radio|broadcaster|agency|newspaper|daily|channel|outlet|giant|major|firm|company|group|maker|carmaker|automaker|chipmaker|retailer|carrier|operator|lender|insurer|producer|supplier|rival|chief|senior|top|former|spokes(?:man|woman|person)|minister|official|analyst|economist|executive|director|leader|opposition|head|ceo|and|of|newly-(?:appointed|elected|named)|outgoing|incoming|new|${TITLES})\\s+){0,5}`;
const OPENING = new RegExp(`^\\W*${DESCRIPTOR}$`, "u");
// "…, X said", "…," X said", "… and the Elections Commission said": a clause of its own.
const AFTER_COMMA = new RegExp(`(?:,["”’»]?|\\s(?:and|but|while|whereas))\\s*${DESCRIPTOR}$`, "u");
// "…, said Chief Cabinet Secretary Nobutaka Machimura.": the speaker after the verb.
const INVERTED_BEFORE = /(?:[,"”’»]|^)\s*$/;
const PEOPLE = new Set<ActorKind>(["person", "official", "leader", "source"]);
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
  let last: { paragraph: number; chain: string[]; told?: string } | null = null;
  // The last speaker named, for "he said", "the statement said" and quotations that run on.
  let speaker: { chain: string[]; told?: string } | null = null;
  // Whose statement "the statement said", "read the statement", "according to the statement" cite.
  let statementOwner: string[] | null = null;
  let inQuote = false;
  let quotedIn = -1;
  const mentionsBy = groupBySentence(doc.mentions);
  const kindOf = new Map(doc.actors.map((a) => [a.id, a.kind]));
  const roles: RoleContext & { speakers: { actor: string; at: number }[] } = {
    text: doc.text,
    actors: doc.actors,
    mentions: doc.mentions,
    speakers: [],
  };
  for (const s of doc.sentences) {
    const mentions = mentionsBy.get(s.index) ?? [];
    const sentence = doc.text.slice(s.start, s.end);
    const found = explicitAttribution(doc.text, s.start, s.end, mentions, roles);
    const citesStatement = !found && statementOwner !== null && STATEMENT_CITED.test(sentence);
    const own = citesStatement ? { chain: statementOwner!, cue: undefined } : found;
    if (found?.statementOf) statementOwner = [found.statementOf];
    else if (found && STATEMENT_GIVEN.test(sentence)) statementOwner = found.chain;
    // A quotation opening a paragraph, or following a quoted speaker's sentence in its paragraph
    // ('"…," Takada told AP. "There wasn't any panic."'), goes on in that speaker's voice.
    // '"…," Ho Wai-man told reporters': a speaker named but not read is still not the last one.
    const unread = found === null && UNREAD_SPEAKER.test(sentence);
    // …nor is the last speaker who goes on speaking after it.
    if (unread) speaker = null;
    const quoteRunsOn =
      !unread &&
      (inQuote ||
        (QUOTE_OPENS.test(sentence) &&
          (s.start === paragraphStart(doc, s) || quotedIn === s.paragraph)));
    inQuote = runsOpen(sentence, inQuote);
    if (!own && !quoteRunsOn) quotedIn = -1;
    if (own) {
      quotedIn = /["“”]/.test(sentence) ? s.paragraph : -1;
      const chain = dedupe([...own.chain, outlet]);
      const told = "told" in own ? own.told : undefined;
      attributions.push({
        sentence: s.index,
        chain,
        ...(own.cue ? { cue: own.cue } : {}),
        ...(told ? { told } : {}),
      });
      speaker = { chain, ...(told ? { told } : {}) };
      if (chain[0] !== outlet) roles.speakers.push({ actor: chain[0]!, at: s.start });
      // "Bloomberg reports that …" frames what follows; "According to a tally, …" only its sentence.
      const framesSentence =
        own.cue !== undefined &&
        own.cue.start - s.start <= 2 &&
        !/^according\b/i.test(doc.text.slice(own.cue.start, own.cue.end));
      last = framesSentence ? { paragraph: s.paragraph, ...speaker } : null;
    } else if (speaker && (ANAPHORIC_SPEAKER.test(sentence) || quoteRunsOn)) {
      attributions.push({ sentence: s.index, ...speaker });
      last = null;
    } else if (
      last &&
      last.paragraph === s.paragraph &&
      !OWN_VOICE.test(doc.text.slice(s.start, s.end)) &&
      // "Police said …. The Regional Council urged …": a sentence with a subject of its own is narrated.
      !mentions.some((m) => !last!.chain.includes(m.actor) && OPENING.test(doc.text.slice(s.start, m.start))) &&
      // "The court said …. He also received …": a person the framing institution is not.
      !(/^\W*(?:He|She)\b/.test(sentence) && !PEOPLE.has(kindOf.get(last.chain[0]!)!))
    ) {
      // The sentence right after one framed as a report ("Bloomberg reports that …") continues it.
      attributions.push({ sentence: s.index, chain: last.chain, ...(last.told ? { told: last.told } : {}) });
      last = null;
    } else {
      attributions.push({ sentence: s.index, chain: [outlet] });
      last = null;
    }
  }
  const spoken = rolesAhead(doc, speakerAfterQuote(doc, attributions));
  return { ...doc, attributions: throughCitedMedia(spoken, outlet) };
}


/**
 * Whom a source spoke to ("X told CNN", "told the Security Council") is no source of what it said,
 * unless the article cites that listener as a source elsewhere ("Bloomberg reported …; one
 * official told Bloomberg …"): then the words reached the outlet through it.
 */
function throughCitedMedia(attributions: Attribution[], outlet: string): Attribution[] {
  const cited = new Set(
    attributions.filter((a) => a.cue).flatMap((a) => a.chain.filter((id) => id !== outlet)),
  );
  return attributions.map((a) =>
    a.told && cited.has(a.told) && !a.chain.includes(a.told)
      ? { ...a, chain: dedupe([...a.chain.filter((id) => id !== outlet), a.told, outlet]) }
      : a,
  );
}

function explicitAttribution(
  text: string,
  start: number,
  end: number,
  mentions: ActorMention[],
  roles: RoleContext,
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
    const named = mentions.find((x) => x.start >= at && x.start < limit);
    if (!named) continue;
    // "according to the Philippine Coast Guard", "according to China's foreign ministry": the
    // head of a run of names, not the modifier before it.
    let first = named;
    for (const x of mentions)
      if (x.start > first.start && x.start < limit && /^(?:\s+|['’]s?\s+)$/.test(text.slice(first.end, x.start)))
        first = x;
    const found = { chain: [first.actor], cue: { start: start + m.index, end: first.end } };
    // "X said in an interview with CNN": CNN is told, X speaks; CNN only when no one else does.
    if (/^in an interview/i.test(m[0])) {
      const spoken = reportedSpeaker(text, start, end, mentions, roles);
      if (spoken && !spoken.chain.includes(first.actor)) return { told: first.actor, ...spoken };
      return found;
    }
    // "In an X statement, Y said": the statement is X's, the words Y's when Y is named speaking.
    if (/^in\s/i.test(m[0])) {
      statement ??= { ...found, statementOf: first.actor };
      continue;
    }
    // "X reported, citing Y": Y, then X who cites Y.
    if (/^citing\b/i.test(m[0])) {
      const citer = reportedSpeaker(text, start, start + m.index, mentions, roles);
      if (citer)
        return { chain: dedupe([first.actor, ...citer.chain]), cue: { start: citer.cue.start, end: first.end } };
    }
    return found;
  }
  const spoken = reportedSpeaker(text, start, end, mentions, roles);
  return spoken ? (statement ? { ...spoken, statementOf: statement.statementOf } : spoken) : statement;
}

type Explicit = {
  chain: string[];
  cue: { start: number; end: number };
  /** Whom the speaker told it ("X told Reuters"). */
  told?: string;
  /** The owner of a statement the sentence names ("In an X statement"). */
  statementOf?: string;
};

/** "X (cited by Y) said …", "…, X said", "…," said X": the speaker of a reporting verb. */
function reportedSpeaker(
  text: string,
  start: number,
  end: number,
  mentions: ActorMention[],
  roles: RoleContext,
): Explicit | null {
  const s = text.slice(start, end);
  // "X (cited by Y) said/reports/told Z": the subject mentions before the verb, nearest first.
  REPORTING_RE.lastIndex = 0;
  for (const m of s.matchAll(REPORTING_RE)) {
    const verbStart = start + m.index;
    const verbEnd = verbStart + m[0].length;
    // "failed to report", "did not say", "declined to say": a report not made.
    if (UNREPORTED_BEFORE.test(text.slice(Math.max(start, verbStart - 12), verbStart))) continue;
    const before = mentions.filter(
      (x) =>
        x.end <= verbStart &&
        (verbStart - x.end <= MAX_SUBJECT_GAP ||
          (verbStart - x.end <= MAX_APPOSITION_GAP &&
            APPOSITION_GAP.test(text.slice(x.end, verbStart)))),
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
        (AFTER_COMMA.test(text.slice(start, x.start)) && !joinedTo(x)) ||
        (CALLED.test(m[0]) && WHAT_BEFORE.test(text.slice(start, x.start))),
    );
    // "AT&T and DirecTV announced": of a subject of names joined by "and", the first named speaks.
    const last = subjectRun.at(-1);
    const first = last && /^\s*$/.test(text.slice(last.end, verbStart)) ? joinedTo(last) : undefined;
    if (opening.length === 0 && first && !/[,;:]/.test(text.slice(start, first.start)))
      return { chain: [first.actor], cue: { start: first.start, end: verbEnd } };
    if (opening.length === 0) {
      const inverted = invertedSpeaker(text, start, verbStart, verbEnd, end, mentions);
      if (inverted) return inverted;
      // "The watchdog said", "…, the photographer said", "…," said the spokesman": a role.
      const role =
        ROLE_BEFORE.exec(text.slice(start, verbStart)) ??
        (CALLED.test(m[0]) ? WHAT_ROLE.exec(text.slice(start, verbStart)) : null) ??
        (INVERTED_BEFORE.test(text.slice(start, verbStart)) ? ROLE_AFTER.exec(text.slice(verbEnd, end)) : null);
      const byRole = role && resolveRole(role[1]!, verbStart, roles);
      if (byRole) return { chain: [byRole], cue: { start: verbStart, end: verbEnd } };
      // "X cut its rate on Thursday, and said it was ready …": the sentence's subject speaks.
      const subject = sentenceSubject(text, start, verbStart, mentions);
      if (subject && /\band\s+(?:also\s+|later\s+)?$/.test(text.slice(start, verbStart)))
        return { chain: [subject.actor], cue: { start: verbStart, end: verbEnd } };
      continue;
    }
    // "In a speech in Lima, Peru, the board said", "Putin, the Kremlin said, would attend": a
    // name right before the verb that opens a clause after a comma is the subject, whatever precedes.
    const nearest = subjectRun.at(-1)!;
    const from =
      opening.includes(nearest) &&
      /^\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?$/u.test(text.slice(nearest.end, verbStart)) &&
      /,\s*(?:the\s+)?$/.test(text.slice(start, nearest.start))
        ? nearest
        : opening[0]!;
    // "Canada's largest union says": the possessor's role speaks, when the article names it.
    const possessed = POSSESSED_ROLE.exec(text.slice(nearest.end, verbStart));
    const byRole = possessed && resolveRole(possessed[1]!, verbStart, roles);
    if (byRole && byRole !== nearest.actor)
      return { chain: [byRole], cue: { start: nearest.start, end: verbEnd } };
    const chain = sourceChain(
      text,
      subjectRun.filter((x) => x.start >= from.start),
    );
    const told = TELL.test(m[0])
      ? mentions.find((x) => x.start >= verbEnd && x.start <= verbEnd + 6 && !chain.includes(x.actor))
      : undefined;
    const cue = { start: from.start, end: verbEnd };
    return told ? { chain: dedupe(chain), cue, told: told.actor } : { chain: dedupe(chain), cue };
  }
  return null;
}

// "The watchdog said", "…, the union's new chairman said": a role as the subject before the verb.
const ROLE_BEFORE = new RegExp(
  `(?:^\\W*|,["”’»]?\\s*|\\s(?:and|but|while)\\s+)(?:the|The)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(${ROLE_NOUN})\\s+(?:(?:also|later|then|has|had|have)\\s+)?$`,
  "u",
);
// '…," said the spokesman.': a role right after the verb.
const ROLE_AFTER = new RegExp(`^\\s+the\\s+(?:[\\p{Ll}-]+\\s+){0,3}(${ROLE_NOUN})\\b(?!\\s+(?:of|for|at)\\b)`, "u");
// "Canada's largest federal public-service union says": the possessor's role is the subject.
const POSSESSED_ROLE = new RegExp(`^['’]s\\s+(?:[\\p{Ll}'’-]+\\s+){0,4}(${ROLE_NOUN})\\s+(?:(?:also|later|then|has|had|have)\\s+)?$`, "u");
const WHAT_BEFORE = new RegExp(`\\bwhat\\s+${DESCRIPTOR}$`, "u");
const WHAT_ROLE = new RegExp(`\\bwhat\\s+the\\s+(?:[\\p{Ll}-]+\\s+){0,3}(${ROLE_NOUN})\\s+$`, "u");
// A closing quotation mark, then capitalised words and a reporting verb: a speaker of its own.
const UNREAD_SPEAKER = /[,!?…]["”]\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}(?:said|says|told|added|asked|replied)\b/u;
// An infinitive or a negation before a reporting verb: no report is made ("failed to report").
const UNREPORTED_BEFORE = /(?:\bto|\bnot|\bnever|n['’]t)\s+$/;
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

// A past-tense verb (an adverb before it allowed) between two names: the second is its object.
const OBJECT_GAP = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$/u;

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
    const cites = /\b(?:cited|quoted)\s+by\s+(?:the\s+)?$/i.test(gap);
    // "Grace Phiri of the United Democratic Alliance said": what a name is of describes it.
    const of = /^\s+(?:of|from)\s+(?:the\s+)?$/.test(gap);
    // "AT&T and DirecTV announced": the first of joint speakers heads the chain (a chain has one).
    const joint = /^\s*,?\s*(?:and|&)\s+(?:the\s+)?$/.test(gap);
    // "Messi criticized the organization and said": a name after the subject's own verb is its
    // object, no link of the chain.
    const object = !cites && OBJECT_GAP.test(gap);
    if (i > 0 && (closed || of || joint || object || (/^(?:\s+[\p{Ll}-]+){0,3},/u.test(gap) && !cites))) {
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
// "X said in a statement", "in a written statement, X said": X's statement, cited later.
const STATEMENT_GIVEN = /\bin\s+(?:a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+)?statement\b/iu;
// "the statement said", "…," read the statement', "According to the statement", '…," it read'.
const STATEMENT_CITED =
  /(?:^|[,"”’]\s*)(?:the|its|their)\s+statement\s+(?:also\s+)?(?:said|says|added|adds|read|reads|noted|stated|continued)\b|[,"”’]\s*(?:read|reads|said|added)\s+the\s+statement\b|\baccording to (?:the|its|their) statement\b|[,"”’]\s*it\s+(?:read|reads)\b/i;


function paragraphStart(doc: WithModality, s: { paragraph: number; start: number }): number {
  return doc.sentences.find((x) => x.paragraph === s.paragraph)?.start ?? s.start;
}

function dedupe(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) === i);
}
