/** How a speaker is described before or after a reporting verb, shared by the attribution rules. */
import { TITLE_WORDS } from "./actors";
import { SPEECH_ACTS } from "./speech-acts";

// Lower-case descriptions before a speaker's name: "National broadcaster NHK said".
// Titles count ("the newly-appointed governor Dr. X said"); a role in the plural before names
// joined by "and" ("…," lawyers X and Y said) too.
const TITLES = TITLE_WORDS.map((w) => w.replace(/\./g, "\\.")).join("|");
// "A spokesperson for X", "officials at the X", "a representative of X": X speaks through them.
const VOICE_OF =
  "(?:[Ss]pokes(?:man|woman|person|people)|[Oo]fficials?|[Rr]epresentatives?|[Aa]ides?|[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Rr]esearchers?)\\s+(?:for|at|from|of|with|in)(?:\\s+the)?";
// "hospital chief X", "police spokesman X", "union organiser X": a lower-case noun modifying the role a speaker holds.
const ROLE_HEAD =
  "(?:chief|head|boss|spokes(?:man|woman|person)|official|officer|director|minister|secretary|commissioner|superintendent|chairman|chairwoman|chair|president|leader|governor|coordinator|organi[sz]er|negotiator|manager|convenor|steward|founder|partner|owner|lawyer|attorney|treasurer|delegate|campaigner|activist|researcher|professor|member)";
// "German chemicals group X", "Australian ports and rail operator X", "the steel and mining
// conglomerate X": lower-case nouns, "and" among them, compounding the class noun before a name.
const ORG_HEAD =
  "(?:group|operator|firm|company|conglomerate|maker|manufacturer|producer|supplier|provider|retailer|carrier|lender|insurer|developer|miner|chain|giant|major|utility)";
// "provincial Health Minister X", "regional Transport Secretary X": a lower-case word before a capitalised title.
const TITLE_HEAD = "(?:Minister|Secretary|Governor|Commissioner|Director|Mayor|Chief|Spokes(?:man|woman|person))";
const MODIFIER = `\\p{Ll}[\\p{L}-]*(?=\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?${ROLE_HEAD}\\s|\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}${ORG_HEAD}\\s|\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,2}${TITLE_HEAD}\\s)`;
// "the ministry's permanent secretary X", "the agency's director X": a lower-case owner of the role.
const OWNER = `\\p{Ll}[\\p{L}-]*['’]s?(?=\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?${ROLE_HEAD}\\s)`;
export const DESCRIPTOR = `(?:the\\s+|a\\s+|an\\s+)?(?:(?:${VOICE_OF}|${MODIFIER}|${OWNER}|${ROLE_HEAD}s?|${ORG_HEAD}|\\p{Lu}[\\p{L}.’'&-]*|national|state(?:-run|-owned|-controlled)?|semi-official|public|news|television|tv|radio|broadcaster|agency|newspaper|daily|channel|outlet|giant|major|firm|company|group|maker|carmaker|automaker|chipmaker|retailer|carrier|operator|lender|insurer|producer|supplier|rival|chief|senior|top|former|spokes(?:man|woman|person)|minister|official|analyst|economist|executive|director|leader|opposition|head|ceo|and|of|newly-(?:appointed|elected|named)|outgoing|incoming|new|${TITLES})\\s+){0,5}`;
// "FRANKFURT: German chemicals group X said", "Karachi: The board said": a colon dateline opens it.
const COLON_DATELINE = String.raw`(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}:\s+)?`;
// "Earlier on Thursday X had said", "On Monday X said": a day the sentence opens with, no comma after it.
const DAY_OPENING = String.raw`(?:(?:(?:Earlier|Later)\s+)?(?:[Oo]n|[Ll]ate|[Ee]arly)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?`;
export const OPENING = new RegExp(`^\\W*${COLON_DATELINE}${DAY_OPENING}${DESCRIPTOR}$`, "u");

// "could not verify the report", "a statement": after a determiner the word is a noun.
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|these|those|our)\s+$/i;
// "X is said to be furious", "Residents were told to leave": a passive names no speaker.
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
// "X, who said last year that …, won", ", which had reported": a relative clause's report is not the sentence's.
const RELATIVE_BEFORE = /,\s*(?:who|which)\s+(?:(?:also|had|has|have|once|\p{Ll}+ly)\s+){0,2}$/u;
// "failed to report", "did not say", "declined to say": an infinitive or a negation, no report made.
const UNREPORTED_BEFORE = /(?:\bto|\bnot|\bnever|n['’]t)\s+$/;

/** Whether a reporting verb after this text (up to 40 characters before it) makes no report. */
export function noReportAt(before: string): boolean {
  return (
    UNREPORTED_BEFORE.test(before) ||
    PASSIVE_BEFORE.test(before) ||
    RELATIVE_BEFORE.test(before) ||
    DETERMINER_BEFORE.test(before)
  );
}

// "…, he said", "the statement said", "it read", "According to the statement": the last speaker again.
// "It also said …", "He later tweeted …": an adverb of sequence may stand before the verb.
// "She pointed out that …", "He stressed …": any verb of saying goes on in the last speaker's voice.
// "She dismissed the accusations as …", "He accused the board of …": a speech act opening on a pronoun.
const PRONOUN_ACT = String.raw`|^\W*(?:he|she|they)\s+(?:(?:also|later|then|again)\s+)?(?:${SPEECH_ACTS})`;
const ANAPHORIC_SAYING =
  /(?:^|[,"”’]\s*)(?:he|she|it|they|the statement|the ministry's statement|the report|the release|the notice)\s+(?:(?:also|later|then|further|again)\s+)?(?:said|says|added|adds|told|read|reads|noted|stated|shouted|continued|tweeted|wrote|posted|(?:pointed|points)\s+out|explained|stressed|warned|insisted|emphasi[sz]ed|recalled|argued|(?:expressed|expresses)(?=\s+that\b))\b|\baccording to (?:the|its|his|her) (?:statement|deputy minister|minister|spokesperson)\b/i;
export const ANAPHORIC_SPEAKER = new RegExp(ANAPHORIC_SAYING.source + PRONOUN_ACT, "iu");
// "X said in a statement", "in a written statement, X said": X's statement, cited later.
// "According to a statement issued by X", "according to a statement from X": X's statement too.
export const STATEMENT_GIVEN =
  /\bin\s+(?:a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:statement|(?:press|news)\s+release)\b|\baccording\s+to\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?statement\s+(?:(?:issued|released|published|sent)\s+)?(?:by|from)\b/iu;
// "the statement said", "…," read the statement', "According to the statement", '…," it read'.
export const STATEMENT_CITED =
  /(?:^|[,"”’]\s*)(?:the|its|their)\s+(?:[a-z]+['’]s\s+)?statement\s+(?:also\s+)?(?:said|says|added|adds|read|reads|noted|stated|continued)\b|[,"”’]\s*(?:read|reads|said|added)\s+the\s+statement\b|\baccording to (?:the|its|their) statement\b|[,"”’]\s*it\s+(?:read|reads)\b/i;

// "A statement from", "The report, issued by", "a letter signed by": a document's author after it.
export const DOCUMENT_OF =
  /^\W*(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|report|communiqu[eé]|release|readout|transcript|letter|document|study|survey|memo|notice|assessment|filing)(?:,?\s+(?:issued|released|published|signed|sent|written|compiled)(?:\s+[\p{Ll}\p{N}]+){0,3})?\s+(?:from|by)\s+(?:the\s+)?$/u;
// "… released on Monday, said": what may stand between the author and the verb.
export const DOCUMENT_TO_VERB = /^(?:\s+[\p{L}\p{N}-]+){0,4}(?:,[^,.;:"“”]*)?,?\s*$/u;

// "…, where X said", "…, in which X said": a clause of place or occasion opens the speaker's clause.
export const PLACE_CLAUSE = String.raw`\s*(?:where|in\s+which|at\s+which)`;
export const PLACED = new RegExp(`,${PLACE_CLAUSE}\\s+[^,]*$`, "u");

// "WELLINGTON, Dec 10 (Reuters) - ": a dateline before the sentence proper.
export const AFTER_DATELINE = new RegExp(`\\s[-—–]\\s+${DESCRIPTOR}$`, "u");

// "according to the filing with the SEC", "according to a complaint to the regulator": a document
// lodged with a body is not that body's word.
export const LODGED_WITH =
  /^\s*(?:the|a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:filing|complaint|petition|application|submission|appeal|request|bid)s?\s+(?:with|to|before)\s+(?:the\s+)?$/iu;
