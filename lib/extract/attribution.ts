import type { ActorMention, Attribution, WithAttribution, WithModality } from "./types";
import type { ActorKind } from "../model";
import { groupBySentence, outerMentions } from "./by-sentence";
import {
  ANAPHORIC_SPEAKER, LODGED_WITH, DESCRIPTOR, DOCUMENT_OF, DOCUMENT_TO_VERB, OPENING, STATEMENT_CITED,
  STATEMENT_GIVEN, AFTER_DATELINE, noReportAt, PLACE_CLAUSE, PLACED,
} from "./speaker-patterns";
import { colonQuoted, sentenceSubject } from "./sentence-subject";
import { headlineSpeaker } from "./headline-speaker";
import { trailingIt } from "./trailing-it";
import { PronounMemory, speakerBefore } from "./pronoun-memory";
import { dedupe, throughCitedMedia } from "./cited-media";
import { sourceChain } from "./source-chain";
import { SPEAKING_ON, SPEECH_ACTS } from "./speech-acts";
import { closedBySpeaker, openOverParagraphs, QUOTE_OPENS, runsOpen, speakerAfterQuote } from "./quotations";
import { INVERTED_BEFORE, invertedSpeaker, quotedSpeaker } from "./speaker-after-verb";
import { pronounAfterReport, pronounOfReported } from "./trailing-pronoun";
import { CALLED, QUOTED_AS, REPORTING } from "./reporting-verbs";
import { passiveQuoted } from "./passive-quoted";
import { relativeSpeaker } from "./relative-speaker";
import { institutionVoice } from "./institution-voice";
import { namedVoice } from "./named-voice";
import { titledSubject } from "./premodified";
import { sayingSubject } from "./saying-subject";
import { narratedIt } from "./narrated-it";
import { ownStatement } from "./own-statement";
import { withPlainQuotes } from "./plain-quotes";
import { POSSESSED_ROLE, ROLE_AFTER, ROLE_BEFORE, WHAT_BEFORE, WHAT_ROLE } from "./role-patterns";
import { isMediaRole, resolveRole, rolesAhead, type RoleContext } from "./speaker-roles";

const REPORTING_RE = new RegExp(`\\b(?:${REPORTING})\\b`, "g");
// A speech act ("accused X of", "vowed to") reports only in a sentence no verb of saying does.
const SPEECH_ACT_RE = new RegExp(`\\b(?:${SPEECH_ACTS})\\b`, "gu");
const ACCORDING =
  /\b(?:according to|as reported by|(?:is|are|was|were|been)\s+(?:announced|reported|confirmed|stated|claimed|disclosed|revealed)\s+by|(?:is|are|was|were|been)\s+(?:described|called|termed|branded|labell?ed)\s+(?:as\s+)?["“][^"“”]{1,60}["”]\s+by|as cited by|citing|quoting|in the view of|in an interview with|quoted by|(?:in|In) (?:a|an|its|the) (?=[\p{Lu}][\p{L}&-]*(?:\s+[\p{Lu}][\p{L}&-]*){0,3}\s+(?:statement|release|communiqu[eé]|report|post)\b))\s*/giu;
const TELL = /^(?:told|tells|tell)$/;
const MAX_SUBJECT_GAP = 60;
// An apposition may stand between a speaker and the verb: "Ziad, a young teacher who …, said".
const MAX_APPOSITION_GAP = 140;
// "X, a young teacher …, said", "The X observer mission, led by …, said": the head's lower-case
// words, then the apposition between commas.
const APPOSITION_GAP = /^(?:\s+[\p{Ll}-]+){0,3},[^"“”]*,\s*$/u;
// "…, X said", "…," X said", "… and the Elections Commission said": a clause of its own; "The rebels, known as X, said".
// "…, where X said", "…, in which X said": a clause of place, unless a comma closes it before the verb ("X, where Y is based, said").
const AFTER_COMMA = new RegExp(`(?:,["”’»]?(?:\\s*known\\s+as|${PLACE_CLAUSE})?|\\s(?:and|but|while|whereas))\\s*${DESCRIPTOR}$`, "u");
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
export const findAttribution = withPlainQuotes(attribute);
function attribute(doc: WithModality): WithAttribution {
  const attributions: Attribution[] = [];
  const outlet = doc.outlet.id;
  let last: { paragraph: number; chain: string[]; told?: string } | null = null;
  // The last speaker named, for "he said", "the statement said" and quotations that run on.
  let speaker: { chain: string[]; told?: string } | null = null;
  // Whose statement "the statement said", "read the statement", "according to the statement" cite.
  let statementOwner: string[] | null = null;
  let inQuote = false;
  let quotedIn = -1;
  const mentionsBy = groupBySentence(outerMentions(doc.mentions));
  const kindOf = new Map(doc.actors.map((a) => [a.id, a.kind]));
  const pronouns = new PronounMemory(doc.text);
  const roles: RoleContext & { speakers: { actor: string; at: number }[] } = {
    text: doc.text,
    actors: doc.actors,
    mentions: doc.mentions,
    speakers: [],
  };
  for (const s of doc.sentences) {
    const mentions = mentionsBy.get(s.index) ?? [];
    const sentence = doc.text.slice(s.start, s.end);
    // A quotation runs on into a paragraph only when the paragraph opens with a quotation mark,
    // which continues it ('"For two nations … / "We will discuss …"'): it neither closes it nor
    // leaves it open past a paragraph that does not.
    const opensParagraph = s.start === paragraphStart(doc, s);
    if (opensParagraph && !QUOTE_OPENS.test(sentence)) inQuote = false;
    const explicit: Explicit | null =
      explicitAttribution(doc.text, s.start, s.end, mentions, roles) ??
      headlineSpeaker(doc, s, mentions, kindOf) ??
      trailingIt(doc.text, s.start, s.end, mentions, kindOf, speakerBefore(attributions, s.index, outlet));
    // "…, she noted": the last person speaking, not a person the reported words name.
    const previous: string[] | null = speaker === null ? null : (speaker as { chain: string[] }).chain;
    const again: boolean =
      explicit !== null &&
      previous !== null &&
      previous[0] !== outlet &&
      PEOPLE.has(kindOf.get(previous[0]!)!) &&
      (pronounOfReported(doc.text, s.start, explicit.cue, mentions) === explicit.chain[0] ||
        (attributions.at(-1)?.chain[0] === previous[0] &&
          pronounAfterReport(doc.text, s.start, explicit.cue, mentions, attributions.at(-1), mentionsBy.get(s.index - 1) ?? []) ===
            explicit.chain[0]));
    const found: Explicit | null = pronouns.keep(
      again && previous ? { chain: previous, cue: explicit!.cue } : explicit,
      s.index,
      (actor) => PEOPLE.has(kindOf.get(actor)!) && !roles.speakers.some((x) => x.actor === actor),
    );
    // '"… EU clearances", the statement said': a name inside the cited words before the statement's
    // own verb is no speaker; the statement's owner speaks.
    const cited: RegExpExecArray | null = statementOwner === null ? null : STATEMENT_CITED.exec(sentence);
    const citesStatement: boolean =
      cited !== null && (!found || (!found.statementOf && found.cue.start < s.start + cited.index));
    const own: { chain: string[]; cue?: Explicit["cue"]; told?: string } | null = citesStatement ? { chain: statementOwner!, cue: undefined } : found;
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
    inQuote = opensParagraph && QUOTE_OPENS.test(sentence) ? runsOpen(sentence.replace(/^\s*["“]/, ""), true) : runsOpen(sentence, inQuote);
    if (!own && !quoteRunsOn) quotedIn = -1;
    if (own) {
      quotedIn = /["“”]/.test(sentence) ? s.paragraph : -1;
      const chain = dedupe([...own.chain, outlet]);
      const told: string | undefined = "told" in own ? own.told : undefined;
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
      const it = narratedIt(doc.text, s, doc.sentences[s.index - 1] ?? s, attributions.at(-1), mentionsBy.get(s.index - 1) ?? [], outlet, kindOf);
      if (it) speaker = { chain: [it, outlet] };
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
      const subject = sayingSubject(doc.text, s.start, s.end, mentions, (id) => kindOf.get(id));
      attributions.push({ sentence: s.index, chain: subject && subject !== outlet ? [subject, outlet] : [outlet] });
      last = null;
    }
  }
  const spoken = openOverParagraphs(doc, closedBySpeaker(doc, rolesAhead(doc, speakerAfterQuote(doc, attributions))));
  return { ...doc, attributions: throughCitedMedia(spoken, outlet) };
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
    if (!named || LODGED_WITH.test(text.slice(at, named.start))) continue;
    // "he said, citing a “complete lack of will” from X": quoted words after "citing" are what
    // is cited as a reason, and a name after them is whom they are about, not a source.
    if (/^(?:citing|quoting)\b/i.test(m[0]) && /["“”]/.test(text.slice(at, named.start))) continue;
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
    // "X reported, citing Y", "Quoting Y, X reported": Y, then X who cites Y.
    if (/^(?:citing|quoting)\b/i.test(m[0])) {
      const citer =
        reportedSpeaker(text, start, start + m.index, mentions, roles) ??
        (m.index <= 2 && text[limit] === ","
          ? reportedSpeaker(text, limit + 1, end, mentions.filter((x) => x.start > limit), roles)
          : null);
      if (citer)
        return { chain: dedupe([first.actor, ...citer.chain]), cue: { start: citer.cue.start, end: first.end } };
    }
    if (/^(?:according|as|quoted)\b/i.test(m[0])) {
      const relayed = relayedSpeaker(text, start, end, start + m.index, limit, mentions, roles);
      if (relayed && !relayed.chain.includes(first.actor))
        return { chain: dedupe([...relayed.chain, first.actor]), cue: { start: Math.min(relayed.cue.start, start + m.index), end: first.end } };
    }
    return found;
  }
  const spoken =
    reportedSpeaker(text, start, end, mentions, roles) ??
    colonQuoted(text, start, end, mentions) ??
    passiveQuoted(text, start, end, mentions) ??
    ownStatement(text, start, end, mentions, (id) => roles.actors.find((a) => a.id === id)?.kind);
  return spoken ? (statement ? { ...spoken, statementOf: statement.statementOf } : spoken) : statement;
}

/**
 * Whom a relaying source ("according to AFP", "quoted by Interfax") relays: the speaker before
 * it ("X said …, according to AFP"), the subject it quotes ("X was quoted by Interfax"), or the
 * speaker of the clause right after it ("According to Reuters, X said …").
 */
function relayedSpeaker(
  text: string,
  start: number,
  end: number,
  at: number,
  limit: number,
  mentions: ActorMention[],
  roles: RoleContext,
): Explicit | null {
  if (at > start) {
    const before = reportedSpeaker(text, start, at, mentions.filter((x) => x.end <= at), roles);
    if (before) return before;
    const subject = mentions.find(
      (x) => x.end <= at && OPENING.test(text.slice(start, x.start)) && PASSIVE_QUOTED.test(text.slice(x.end, at)),
    );
    return subject && /^quoted/i.test(text.slice(at)) ? { chain: [subject.actor], cue: { start: subject.start, end: at } } : null;
  }
  if (text[limit] !== ",") return null;
  const after = reportedSpeaker(text, limit + 1, end, mentions.filter((x) => x.start > limit), roles);
  return after && OPENING.test(text.slice(limit + 1, after.cue.start)) ? after : null;
}
// "X was quoted by Interfax as saying"
const PASSIVE_QUOTED = /^\s+(?:was|were|is|has\s+been|had\s+been)\s+$/;

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
  const found = [...s.matchAll(REPORTING_RE)].filter(
    (m) => !noReportAt(text.slice(Math.max(start, start + m.index - 40), start + m.index)),
  );
  // '"The minister reiterated the commitment," Marsudi said': a verb of saying inside the quotation
  // is the quoted speaker's words; the frame outside it names who speaks.
  const outside = found.filter((m) => !runsOpen(s.slice(0, m.index), false));
  const reports = outside.length > 0 ? outside : found;
  const acts = reports.length ? [] : [...s.matchAll(SPEECH_ACT_RE)];
  for (const m of [...reports, ...acts]) {
    const verbStart = start + m.index;
    const verbEnd = verbStart + m[0].length;
    // "The rebels, known as X, accused the coalition of …": no speech act names its speaker after it.
    const act = acts.includes(m);
    if (act && noReportAt(text.slice(Math.max(start, verbStart - 40), verbStart))) continue;
    // "The army rejected the accusation, saying …": the sentence's subject speaks.
    if (SPEAKING_ON.test(m[0])) {
      const subject = sentenceSubject(text, start, verbStart, mentions);
      if (subject) return { chain: [subject.actor], cue: { start: verbStart, end: verbEnd } };
      continue;
    }
    // "A statement from the World Bank said", "The report, issued by X, said": the document's author.
    const author = mentions.find(
      (x) => x.end <= verbStart && verbStart - x.end <= MAX_SUBJECT_GAP && DOCUMENT_OF.test(text.slice(start, x.start)),
    );
    if (author && DOCUMENT_TO_VERB.test(text.slice(author.end, verbStart)))
      return { chain: [author.actor], cue: { start: author.start, end: verbEnd } };
    const before = mentions.filter(
      (x) =>
        x.end <= verbStart &&
        (verbStart - x.end <= MAX_SUBJECT_GAP ||
          (verbStart - x.end <= MAX_APPOSITION_GAP &&
            APPOSITION_GAP.test(text.slice(x.end, verbStart)))),
    );
    const subjectRun = before.filter((x) => !/[.;:]/.test(text.slice(x.end, verbStart)));
    // "The army pulled back from Chad, said X": after a comma, a name after the verb is its subject.
    // ("…, X, 41, told AP": what follows "told" is whom it was told.)
    if (!act && !TELL.test(m[0]) && /[,"”’»]\s*$/.test(text.slice(start, verbStart))) {
      const inverted = invertedSpeaker(text, start, verbStart, verbEnd, end, mentions);
      if (inverted) return inverted;
    }
    // The subject must open the sentence or the clause just before the verb ("…, X said.").
    // "Facebook and Twitter", "AT&T and DirecTV": a name joined to the one before it by "and".
    const joinedTo = (x: ActorMention) => mentions.find((y) => /^\s+and\s+$/.test(text.slice(y.end, x.start)));
    const opening = subjectRun.filter(
      (x) =>
        OPENING.test(text.slice(start, x.start)) ||
        AFTER_DATELINE.test(text.slice(start, x.start)) ||
        // "…, X said", "…," the ministry said", "Earlier, Deputy Foreign Minister X said", "Labour councillor X
        // said" (a title of any words); "… and X said" opens a clause unless "and" joins X to the name before it.
        (AFTER_COMMA.test(text.slice(start, x.start)) && !joinedTo(x) && !(PLACED.test(text.slice(start, x.start)) && text.slice(x.end, verbStart).includes(","))) ||
        (CALLED.test(m[0]) && WHAT_BEFORE.test(text.slice(start, x.start))) || (!act && titledSubject(text, start, x, verbStart)),
    );
    // "AT&T and DirecTV announced": of a subject of names joined by "and", the first named speaks.
    const last = subjectRun.at(-1);
    const first = last && /^\s*$/.test(text.slice(last.end, verbStart)) ? joinedTo(last) : undefined;
    if (opening.length === 0 && first && !/[,;:]/.test(text.slice(start, first.start)))
      return { chain: [first.actor], cue: { start: first.start, end: verbEnd } };
    if (opening.length === 0) {
      const inverted = act ? null : invertedSpeaker(text, start, verbStart, verbEnd, end, mentions);
      if (inverted) return inverted;
      // "The watchdog said", '…," said the spokesman': a role; "A ministry spokeswoman said": its institution.
      const voiced = act ? undefined : institutionVoice(text.slice(start, verbStart), verbStart, roles);
      const role =
        ROLE_BEFORE.exec(text.slice(start, verbStart)) ??
        (CALLED.test(m[0]) ? WHAT_ROLE.exec(text.slice(start, verbStart)) : null) ??
        (INVERTED_BEFORE.test(text.slice(start, verbStart)) ? ROLE_AFTER.exec(text.slice(verbEnd, end)) : null);
      const byRole = voiced ?? (role && resolveRole(role[1]!, verbStart, roles));
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
    // "Canada's largest union says", "EC spokesperson informed that": the role's holder speaks, when the article names it.
    const possessed = POSSESSED_ROLE.exec(text.slice(nearest.end, verbStart));
    const byRole = (possessed && resolveRole(possessed[1]!, verbStart, roles)) || namedVoice(nearest, verbStart, roles);
    if (byRole && byRole !== nearest.actor)
      return { chain: [byRole], cue: { start: nearest.start, end: verbEnd } };
    // "Saudi Arabia's state-run news agency quoted X": the agency speaks, unnamed, not its state.
    const ownerOnly = possessed && !byRole && isMediaRole(possessed[1]!) ? nearest.actor : undefined;
    const chain = sourceChain(
      text,
      subjectRun.filter((x) => x.start >= from.start),
    ).filter((id) => id !== ownerOnly);
    const told = TELL.test(m[0])
      ? mentions.find((x) => x.start >= verbEnd && x.start <= verbEnd + 6 && !chain.includes(x.actor))
      : undefined;
    // "Tass quoted X as saying": X, then Tass.
    const quoted = QUOTED_AS.test(m[0]) ? quotedSpeaker(text, verbEnd, end, mentions, chain) : undefined;
    if (quoted) chain.unshift(quoted.actor);
    // "Tass reported that X had said …": X, then Tass.
    const that = /^\s+that\s+/.exec(text.slice(verbEnd, verbEnd + 8));
    const clause = that ? verbEnd + that[0].length : -1;
    const inner = that ? reportedSpeaker(text, clause, end, mentions.filter((x) => x.start >= clause), roles) : null;
    if (inner && /^(?:the\s+)?$/.test(text.slice(clause, inner.cue.start))) chain.unshift(...inner.chain);
    // A speech act's speaker is also its agent ("X accused Y of …"): the cue is the verb alone.
    const cue = { start: act ? verbStart : from.start, end: verbEnd };
    return told ? { chain: dedupe(chain), cue, told: told.actor } : { chain: dedupe(chain), cue };
  }
  return relativeSpeaker(text, start, end, mentions);
}

// A closing quotation mark, then capitalised words and a reporting verb: a speaker of its own.
const UNREAD_SPEAKER = /[,!?…]["”]\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}(?:said|says|told|added|asked|replied)\b/u;

function paragraphStart(doc: WithModality, s: { paragraph: number; start: number }): number {
  return doc.sentences.find((x) => x.paragraph === s.paragraph)?.start ?? s.start;
}
