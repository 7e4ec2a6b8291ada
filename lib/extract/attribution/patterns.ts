/** The word classes and phrase shapes attribution reads: reporting verbs, framing phrases, descriptors. */

// "declared a state of emergency", "declared war": an act, not a report.
const DECLARED =
  "(?:declared|declares)(?!\\s+(?:a|an|war|martial|victory|independence|bankruptcy)\\b)";

const REPORTING =
  "said|says|say|told|tells|tell|reported|reports|report|noted|notes|note|stated|states|announced|announces|added|adds|wrote|writes|claimed|claims|believes|believe|warned|warns|insisted|insists|confirmed|confirms|indicated|indicates|indicate|suggested|suggests|suggest|argued|argues|explained|explains|stressed|stresses|acknowledged|acknowledges|admitted|admits|alleged|alleges|asserted|asserts|" +
  DECLARED +
  "|emphasi[sz]ed|emphasi[sz]es|estimated|estimates|predicted|predicts|revealed|reveals|disclosed|discloses|maintained|maintains|assessed|contends|contended|cautioned|cautions|believed|thinks|think|understands|learned|learnt|shouted|replied|recalled|tweeted|posted|" +
  // "X was quoted as saying", "X was quoted by the agency as saying".
  "quoted(?=\\s+(?:by\\s+[^,.;]{2,60}?\\s+)?as\\s+saying\\b)|" +
  "(?:decided|ruled|concluded|found|determined|agreed)(?=\\s+that\\b)";
/** Words between a pronoun and its reporting verb: "he also said", "it has warned", "she later told". */
export const PRONOUN_ADVERBS =
  "also|later|then|further|earlier|previously|repeatedly|again|separately|additionally|has|have|had|would|once";
export const REPORTING_RE = new RegExp(`\\b(?:${REPORTING})\\b`, "g");

/**
 * Phrases that name a source after them. The group says what the named actor is:
 * `cite`: "citing X", whom the sentence's speaker cites; `listener`: "in an interview with X",
 * "speaking to X", who heard the words and is never their speaker; `statement`: "in a X
 * statement", whose owner speaks unless the clause names its speaker; otherwise a relay
 * ("according to X", "as reported by X"), the speaker when the clause names no other.
 */
export const FRAMING =
  /\b(?:according to|as reported by|as cited by|(?<cite>citing)|in the view of|(?<listener>in an interview with|in remarks to|(?:speaking|talking) to)|quoted by|(?<statement>(?:in|In) (?:a|an|its|the) (?=[\p{Lu}][\p{L}&-]*(?:\s+[\p{Lu}][\p{L}&-]*){0,3}\s+(?:statement|release|communiqu[eé]|report|post)\b)))\s*/giu;
export type FramingKind = "cite" | "listener" | "statement" | "relay";

export const TELL = /^(?:told|tells|tell)$/;
export const MAX_SUBJECT_GAP = 60;
// An apposition may stand between a speaker and the verb: "Ziad, a young teacher who …, said".
export const MAX_APPOSITION_GAP = 140;

// Lower-case descriptions before a speaker's name: "National broadcaster NHK said", "A
// spokesperson for the ministry said", "Officials from the union said", "Telecommunications
// giant X announced", "the newly-appointed governor Dr. X says". Only words that describe a
// speaker: no preposition that would make the name part of another phrase ("protesters outside
// Parliament said"), save "of", "for" and "from" after a role ("spokesperson for X", "a statement
// from X").
const ROLE =
  "[Ss]pokes(?:man|woman|person|people)|[Oo]fficials?|[Rr]epresentatives?|[Ll]awyers?|[Aa]ttorneys?";
const DESCRIPTOR =
  "(?:the\\s+|a\\s+|an\\s+)?(?:(?:\\p{Lu}[\\p{L}.’'&-]*|national|state|public|news|television|tv|radio|broadcaster|agency|newspaper|daily|channel|outlet|chief|senior|top|former|new|newly-appointed|newly-elected|acting|interim|deputy|minister|governor|mayor|chairman|chairwoman|president|giant|firm|analyst|economist|executive|director|leader|head|ceo|and|of(?:\\s+the)?|" +
  `(?:${ROLE})(?:\\s+(?:for|from|at)(?:\\s+the)?)?|` +
  // "A statement from the ministry said": the statement's owner speaks.
  "statement\\s+(?:from|by|of)(?:\\s+the)?" +
  ")\\s+){0,5}";
export const OPENING = new RegExp(`^\\W*${DESCRIPTOR}$`, "u");
// "…, X said", "…," X said", "… and the Elections Commission said": a clause of its own.
export const AFTER_COMMA = new RegExp(
  `(?:,["”’»]?|\\s(?:and|but|while|whereas))\\s*${DESCRIPTOR}$`,
  "u",
);
// Between a verb and the speaker named after it: "said Chief Cabinet Secretary X".
export const BETWEEN = new RegExp(`^\\s+${DESCRIPTOR}$`, "u");
// "…, said Chief Cabinet Secretary Nobutaka Machimura.": the speaker after the verb.
export const INVERTED_BEFORE = /(?:[,"”’»]|^)\s*$/;
// "WELLINGTON, Dec 10 (Reuters) - ": a dateline before the sentence proper.
export const AFTER_DATELINE = new RegExp(`\\s[-—–]\\s+${DESCRIPTOR}$`, "u");
// "AT&T and DirecTV announced": two subjects of one verb.
export const JOINT = /^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?$/;

// Openings by which the outlet takes the floor again.
export const OWN_VOICE =
  /^\W*(?:However|But|Meanwhile|At the same time|As a result|Still|Yet|In contrast|Critics|Observers note)\b/;

// "…, he said", "the statement said", "it read", "According to the statement", "…," read the
// statement': the last speaker again, or the statement's owner.
export const ANAPHORIC_SPEAKER = new RegExp(
  `(?:^|[,"”’]\\s*)(?:he|she|it|they|the statement|the ministry's statement|the report|the release|the notice)\\s+(?:(?:${PRONOUN_ADVERBS})\\s+){0,2}(?:read|reads|continued|${REPORTING})\\b|` +
    "\\baccording to (?:the|its|his|her) (?:statement|deputy minister|minister|spokesperson)\\b|" +
    `[,"”’]\\s*(?:read|reads|said|says) the (?:statement|release|notice|communiqu[eé])\\b`,
  "i",
);
// An anaphor that points to a statement, not to a person: its owner says it.
export const STATEMENT_WORD = /\b(?:statement|release|notice|communiqu[eé])\b/i;
// "said in a statement", "said in a joint statement": the speaker owns the statement.
export const IN_A_STATEMENT =
  /^[^.;:]{0,12}\bin\s+(?:a|an|its|their)\s+(?:joint\s+|brief\s+|written\s+)?(?:statement|communiqu[eé]|press release|release)\b/i;
export const STATEMENT_FROM = /\bstatement\s+(?:from|by|of)\s+(?:the\s+)?$/i;
// "The ministry issued a statement on Monday.": the statement's owner, for "the statement said" after.
export const ISSUED_STATEMENT =
  /\b(?:issued|released|published|put out|sent)\s+(?:a|an|its)\s+(?:joint\s+|brief\s+|written\s+)?(?:statement|communiqu[eé]|press release|release|notice)\b/;

// "The agency quoted Defence Minister X as saying": X, then whoever quotes X if a medium.
export const QUOTED_AS = /\bquoted\s+([^,;]{2,80}?)\s+as\s+(?:saying|telling)\b/g;
