/** Title words ("Foreign Minister", "Chairman and CEO") and reading a title before a name. */
import type { ActorKind } from "../../model";
import type { Token } from "../tokens";
import { isCommonNoun, isFirstName, isLastName } from "../lexicon";
import { endsInClassNoun } from "./company-words";
import { ORG_HEADS } from "./name-words";

const isCompanyHead = (w: string) => /^\p{Lu}/u.test(w) && (ORG_HEADS.has(w.toLowerCase()) || endsInClassNoun(["", w]));

// Titles that make the following name a leader or an official.
const LEADER_TITLES = new Set(
  "president premier chancellor king queen emperor emir sultan pope prince princess shah".split(" "),
);
// Titles a monarch is named by, with a regnal name and no surname: "King Charles III", "Sultan Abdullah".
const ROYAL_TITLES = new Set("king queen emperor empress emir sultan prince princess shah".split(" "));
export const isRoyalTitle = (w: string) => ROYAL_TITLES.has(w.toLowerCase());
// Religious titles: the name after them is a person's ("Ayatollah Ali Khamenei", "Bishop Ana Ruiz").
const CLERICAL_TITLES = new Set(
  "ayatollah imam mufti rabbi bishop archbishop cardinal patriarch pastor reverend rev. cleric".split(" "),
);
// Military and political titles abbreviated, as read without their full stop ("Lt. Col." is "Lt" "." "Col" ".").
const ABBREVIATED_TITLES = "gen col lt capt maj sgt cmdr adm brig supt insp cpl sen rep gov";
const OFFICIAL_TITLES = new Set(
  `${ABBREVIATED_TITLES} minister secretary director-general secretary-general ceo cfo coo cao solicitor chief-executive spokesman spokeswoman spokesperson ambassador envoy general gen. admiral commander senator sen. governor gov. mayor director chief adviser advisor representative rep. deputy chairman chairwoman chair speaker lawmaker judge prosecutor commissioner diplomat justice superintendent inspector sergeant constable colonel col. lieutenant lt. major maj. captain capt. sheikh`.split(
    " ",
  ),
);
const TITLE_MODIFIERS = new Set(
  "foreign defence defense prime vice deputy interior finance trade economy justice health energy state home national security supreme crown former acting interim special top chief senior first cabinet army executive".split(
    " ",
  ),
);
// Honorifics before a name, English and others news English keeps: "Sir", "Dame", the Malay "Datuk"
// and "Tun", the West African "Alhaji".
export const HONORIFICS = new Set(["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Datuk", "Dato", "Datin", "Tun", "Alhaji", "Alhaja"]);

/** Whether token i is an honorific or part of one: "Sir", "Datuk Seri", "Dato' Sri", "Tan Sri". */
export function isHonorificAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.text ?? "";
  if (HONORIFICS.has(w)) return true;
  // The apostrophe of "Dato'" is a token of its own.
  if (/^['’]$/.test(w)) return tokens[i - 1]?.text === "Dato" && tokens[i - 1]!.end === tokens[i]!.start;
  if (w === "Tan") return tokens[i + 1]?.text === "Sri";
  if (w === "Seri" || w === "Sri") {
    const prev = /^['’]$/.test(tokens[i - 1]?.text ?? "") ? i - 2 : i - 1;
    return prev >= 0 && (HONORIFICS.has(tokens[prev]!.text) || tokens[prev]!.text === "Tan");
  }
  return false;
}
export const CONNECTORS = new Set([
  "of",
  "for",
  "de",
  "von",
  "van",
  "der",
  "den",
  "bin",
  "al",
  "la",
  "du",
  "da",
  "del",
  // Dutch "for": "Forum voor Democratie", "Partij voor de Dieren".
  "voor",
  "and",
  "the",
  "al-",
  "ibn",
  "&",
]);
// What a minister is minister of: "Minister for Finance", "Chief of the General Staff", "Minister of
// Land and Environment", "Minister of Water and Forestry".
const PORTFOLIOS = new Set(
  "finance health defence defense interior justice education trade economy energy agriculture labour labor transport environment communications information foreign affairs staff culture tourism industry housing land lands water mines fisheries forestry planning youth sport sports science technology commerce immigration".split(
    " ",
  ),
);

/** The title read from token i on, and the kind it gives the name after it; `end` is where the name starts. */
export function readTitle(
  tokens: readonly Token[],
  i: number,
  to: number,
): { end: number; kind: ActorKind | null } {
  // "General Motors", "General Electric": a title before a company's word is its name.
  if (/^(?:General|Major)$/.test(tokens[i]?.text ?? "") && i + 1 < to && isCompanyHead(tokens[i + 1]!.text)) return { end: i, kind: null };
  let titleEnd = i;
  let titleKind: ActorKind | null = titleBefore(tokens, i);
  while (titleEnd < to && continuesTitle(tokens, i, titleEnd, to)) {
    const w = tokens[titleEnd]!.text.toLowerCase();
    // A prime minister heads a government, as a president does.
    if (LEADER_TITLES.has(w) || (w === "minister" && tokens[titleEnd - 1]?.text.toLowerCase() === "prime")) titleKind = "leader";
    else if (OFFICIAL_TITLES.has(w) && titleKind !== "leader") titleKind = "official";
    else if (CLERICAL_TITLES.has(w) && titleKind === null) titleKind = "person";
    titleEnd++;
  }
  // Modifiers with no title after them belong to the name: "Foreign Ministry", "National Police".
  if (tokens.slice(i, titleEnd).every((t) => !isTitle(t.text))) titleEnd = i;
  while (titleEnd < to && CONNECTORS.has(tokens[titleEnd]!.text)) titleEnd++;
  return { end: titleEnd, kind: titleKind };
}

/** Whether token k, in a title begun at i, is still part of it. */
function continuesTitle(tokens: readonly Token[], i: number, k: number, to: number): boolean {
  return (
    isTitle(tokens[k]!.text) ||
    TITLE_MODIFIERS.has(tokens[k]!.text.toLowerCase()) ||
    // "Chairman and CEO X", "Minister for Finance X": one title.
    (k > i &&
      isTitle(tokens[k - 1]!.text) &&
      /^(?:and|for|of)$/.test(tokens[k]!.text) &&
      k + 1 < to &&
      (isTitle(tokens[k + 1]!.text) || PORTFOLIOS.has(tokens[k + 1]!.text.toLowerCase()))) ||
    (k > i &&
      /^(?:for|of)$/.test(tokens[k - 1]!.text) &&
      PORTFOLIOS.has(tokens[k]!.text.toLowerCase())) ||
    // "Minister for Foreign Affairs X", "Minister of Trade and Industry X": the portfolio goes on.
    (k > i + 1 &&
      tokens.slice(i, k).some((t) => /^(?:for|of)$/.test(t.text)) &&
      isPortfolio(tokens[k - 1]!.text) &&
      (isPortfolio(tokens[k]!.text) ||
        (tokens[k]!.text === "and" && k + 1 < to && isPortfolio(tokens[k + 1]!.text)))) ||
    (k > i + 2 && tokens[k - 1]!.text === "and" && isPortfolio(tokens[k - 2]!.text) && isPortfolio(tokens[k]!.text))
  );
}

// A lower-case title just before a name: "government spokesperson Rashad al-Amri".
function titleBefore(tokens: readonly Token[], from: number): ActorKind | null {
  let sawOf = false;
  let stops = 0;
  for (let k = from - 1; k >= Math.max(0, from - 3 - stops); k--) {
    const w = tokens[k]!.text.toLowerCase();
    // "chief Lt. Col. Joemen Collado": an abbreviated title's full stop.
    if (w === "." && k > 0 && isTitle(tokens[k - 1]!.text)) {
      stops++;
      continue;
    }
    // "the mayor of Pensacola": what a lower-case title is of is not its holder; "General of the
    // Army Valery Gerasimov" holds his.
    if (w === "of") sawOf = true;
    // "a lawmaker from Osaka", "an economist at the bank": a title's holder follows it, not a preposition.
    else if (/^(?:from|in|at|to|with|by|on|near|for|over|into|across)$/.test(w)) return null;
    if (sawOf && (LEADER_TITLES.has(w) || OFFICIAL_TITLES.has(w)) && /^\p{Ll}/u.test(tokens[k]!.text)) return null;
    if (LEADER_TITLES.has(w) || (w === "minister" && tokens[k - 1]?.text.toLowerCase() === "prime")) return "leader";
    if (OFFICIAL_TITLES.has(w)) return "official";
    // "led by cleric Fazlullah", "the rabbi Avram Lerner": a religious title in lower case.
    if (CLERICAL_TITLES.has(w) && k === from - 1 && /^\p{Ll}/u.test(tokens[k]!.text)) return "person";
    if (!TITLE_MODIFIERS.has(w) && !/^\p{Ll}+$/u.test(tokens[k]!.text)) break;
  }
  return null;
}

// Roles held in an institution, lower case: "manager of X", "a founder of X".
const ROLES = new Set("manager owner founder co-founder member head employee chairman chairwoman chair executive officer partner editor coach president vice-president ceo director spokesman spokeswoman spokesperson secretary-general leader".split(" "));

/** Whether the run at `from` follows a role and "of": "manager of Seven Oaks", "vice-president of the X". */
export function isRoleOf(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.text === "the") k--;
  return tokens[k]?.text === "of" && ROLES.has(tokens[k - 1]?.text ?? "");
}

/** Every title and title modifier, lower case: "governor", "deputy", "gen.". */
export const TITLE_WORDS: readonly string[] = [...LEADER_TITLES, ...OFFICIAL_TITLES, ...CLERICAL_TITLES, ...TITLE_MODIFIERS];

export const isPortfolio = (w: string) => PORTFOLIOS.has(w.toLowerCase());

export function isTitleWord(w: string): boolean {
  return isTitle(w) || TITLE_MODIFIERS.has(w.toLowerCase());
}

export function isTitle(w: string): boolean {
  const l = w.toLowerCase();
  return LEADER_TITLES.has(l) || OFFICIAL_TITLES.has(l) || CLERICAL_TITLES.has(l);
}

// An abstract noun's ending, which no surname has: "Election", "Agreement", "Conference".
const ABSTRACT = /\p{Ll}(?:tion|sion|ment|ance|ence|ship|ity|ness|ism)s?$/u;

/**
 * "the 15th General Election", "a Major Offensive": a title that is also an adjective (token i),
 * after a determiner and before one common noun, is the adjective ("Major Hope said" keeps the title).
 */
export function isAdjectivalTitle(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i + 1]?.text ?? "";
  // "the 59th Annual General Meeting", "an Extraordinary General Meeting": a meeting's adjective between.
  const k = /^(?:Annual|Extraordinary|Ordinary)$/.test(tokens[i - 1]?.text ?? "") ? i - 2 : i - 1;
  return (
    /^(?:the|a|an|this|next|last|its|their|\d+(?:st|nd|rd|th))$|['’]s$/i.test(tokens[k]?.text ?? "") &&
    /^(?:General|Major|Chief)$/.test(tokens[i]?.text ?? "") &&
    (isCommonNoun(noun) || ABSTRACT.test(noun) || /^(?:Meeting|Assembly|Congress|Strike|Secretariat)$/.test(noun)) &&
    !isFirstName(noun) &&
    !isLastName(noun)
  );
}
