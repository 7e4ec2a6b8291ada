import type { ActorKind } from "../../model/vocabulary";
import { isFirstName, isKnownWord, isOrganizationWord, isPlace } from "../lexicon";
import { isCapitalized, type Token } from "../tokens";
import { slug, type ActorRegistry } from "./registry";

// Titles that make the following name a leader or an official.
const LEADER_TITLES = new Set(
  "president premier chancellor king queen emperor emir sultan pope prince shah".split(" "),
);
const OFFICIAL_TITLES = new Set(
  "minister secretary director-general secretary-general ceo cfo coo chief-executive spokesman spokeswoman spokesperson ambassador envoy general gen. admiral commander senator sen. governor gov. mayor director chief adviser advisor representative rep. deputy chairman chairwoman chair speaker lawmaker judge prosecutor commissioner diplomat colonel col. lieutenant lt. major maj. captain capt. sheikh".split(
    " ",
  ),
);
const TITLE_MODIFIERS = new Set(
  "foreign defence defense prime vice deputy interior finance trade economy justice health energy state home national security supreme crown former acting interim special top chief senior first cabinet army executive".split(
    " ",
  ),
);
const HONORIFICS = new Set(["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr"]);
const ORG_HEADS = new Set(
  "police military ministry council party agency commission board college patrol bureau tribunal bank corporation corp. inc. group forces army navy committee union organization organisation court parliament congress senate assembly government institute university company fund office department service front movement brigade authority administration guard foundation federation alliance coalition network co co. ltd ltd. plc llc ag nv".split(
    " ",
  ),
);
const CONNECTORS = new Set([
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
  "and",
  "the",
  "al-",
  "ibn",
  "&",
]);
// What a minister is minister of: "Minister for Finance", "Chief of the General Staff".
const PORTFOLIOS = new Set(
  "finance health defence defense interior justice education trade economy energy agriculture labour labor transport environment communications information foreign affairs staff culture tourism industry housing".split(
    " ",
  ),
);
// A name ending in one of these is a place: "Scenic Highway", "Gulf Coast", "Habib Bourguiba Avenue".
const PLACE_HEADS = new Set(
  "highway road street avenue boulevard square coast beach bay river lake island islands mountains valley county prefecture province district region park bridge airport port harbour harbor".split(
    " ",
  ),
);
const ACRONYM = /^[A-Z][A-Z0-9&]+$/;
const SPEAKER_VERBS = new Set(
  "said says told tells added adds wrote writes announced claimed warned insisted stressed argued explained noted replied denied confirmed won wins".split(
    " ",
  ),
);
const LOWER_ORG_HEADS = new Set(["party", "movement", "militia", "union", "coalition", "front"]);
const NOT_NAMES = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday i".split(
    " ",
  ),
);

/**
 * Named people and organisations that the gazetteer does not know: runs of capitalised words
 * classified by titles ("Foreign Minister Wang Yi"), first names from compromise's lexicon,
 * and organisation head words ("Defence Ministry"). Later bare surnames ("Wang said") corefer.
 */
export function findNamedActors(
  text: string,
  tokens: readonly Token[],
  sentence: number,
  reg: ActorRegistry,
  surnames: Map<string, string>,
): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isCandidate(tokens, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < tokens.length &&
      (isCandidate(tokens, j) ||
        (CONNECTORS.has(tokens[j]!.text) && j + 1 < tokens.length && isCandidate(tokens, j + 1)))
    )
      j++;
    classify(text, tokens, i, j, sentence, reg, surnames);
    i = j;
  }
}

function isCandidate(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.text;
  // "Houthi-run", "Western-backed": a compound adjective, not part of a name.
  return (
    isCapitalized(w) &&
    !NOT_NAMES.has(w.toLowerCase()) &&
    /^[\p{L}][\p{L}.'’&-]*$/u.test(w) &&
    !/-\p{Ll}/u.test(w)
  );
}

// A lower-case title just before a name: "government spokesperson Rashad al-Amri".
function titleBefore(tokens: readonly Token[], from: number): ActorKind | null {
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (LEADER_TITLES.has(w)) return "leader";
    if (OFFICIAL_TITLES.has(w)) return "official";
    if (!TITLE_MODIFIERS.has(w) && !/^\p{Ll}+$/u.test(tokens[k]!.text)) break;
  }
  return null;
}

function classify(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  sentence: number,
  reg: ActorRegistry,
  surnames: Map<string, string>,
): void {
  // An institution named by its head word alone, speaking: "Police said", "The Army denied".
  if (
    to - from === 1 &&
    ORG_HEADS.has(tokens[from]!.text.toLowerCase()) &&
    /^(?:said|says|told|reported|announced|confirmed|denied|warned|stated)$/.test(
      tokens[to]?.text ?? "",
    )
  ) {
    const t = tokens[from]!;
    const id = slug(t.text);
    reg.ensure(id, t.text, "organization");
    reg.mention(id, t.start, t.end, sentence, "ner", t.text);
    return;
  }
  let i = from;
  // A sentence-initial common word ("According", "One") is not part of a name.
  if (
    i === 0 &&
    isKnownWord(tokens[i]!.text) &&
    !isFirstName(tokens[i]!.text) &&
    !isTitle(tokens[i]!.text) &&
    !isOrganizationWord(tokens[i]!.text)
  )
    i++;
  // Words already read (a nationality, a place) lead into the title: "Chinese Foreign Minister Zhao Ming".
  while (i < to && !reg.isFree(tokens[i]!.start, tokens[i]!.end)) i++;
  while (i < to && HONORIFICS.has(tokens[i]!.text)) i++;
  // "The Reserve Bank of New Zealand" after a dateline: the article is no part of the name.
  if (i + 1 < to && tokens[i]!.text === "The") i++;
  // An institution, then its officer: "Central Bank President Julio Velarde", "INMO General Secretary …".
  let lastTitle = -1;
  for (let k = i + 1; k < to - 1; k++) if (isTitle(tokens[k]!.text)) lastTitle = k;
  if (lastTitle > i) {
    let k = lastTitle;
    // "Chairman and CEO": titles joined by "and" are one title.
    while (
      k > i &&
      (isTitleWord(tokens[k - 1]!.text) ||
        (tokens[k - 1]!.text === "and" && k - 2 > i && isTitle(tokens[k - 2]!.text)))
    )
      k--;
    if (k > i) {
      classify(text, tokens, i, k, sentence, reg, surnames);
      i = k;
    }
  }
  let titleEnd = i;
  let titleKind: ActorKind | null = titleBefore(tokens, i);
  while (
    titleEnd < to &&
    (isTitle(tokens[titleEnd]!.text) ||
      TITLE_MODIFIERS.has(tokens[titleEnd]!.text.toLowerCase()) ||
      // "Chairman and CEO X", "Minister for Finance X": one title.
      (titleEnd > i &&
        isTitle(tokens[titleEnd - 1]!.text) &&
        /^(?:and|for|of)$/.test(tokens[titleEnd]!.text) &&
        titleEnd + 1 < to &&
        (isTitle(tokens[titleEnd + 1]!.text) ||
          PORTFOLIOS.has(tokens[titleEnd + 1]!.text.toLowerCase()))) ||
      (titleEnd > i &&
        /^(?:for|of)$/.test(tokens[titleEnd - 1]!.text) &&
        PORTFOLIOS.has(tokens[titleEnd]!.text.toLowerCase())))
  ) {
    const w = tokens[titleEnd]!.text.toLowerCase();
    if (LEADER_TITLES.has(w)) titleKind = "leader";
    else if (OFFICIAL_TITLES.has(w) && titleKind !== "leader") titleKind = "official";
    titleEnd++;
  }
  // Modifiers with no title after them belong to the name: "Foreign Ministry", "National Police".
  if (tokens.slice(i, titleEnd).every((t) => !isTitle(t.text))) titleEnd = i;
  while (titleEnd < to && CONNECTORS.has(tokens[titleEnd]!.text)) titleEnd++;
  if (titleEnd >= to) return;
  const span = tokens.slice(titleEnd, to);
  const words = span.map((t) => t.text);
  const start = span[0]!.start;
  const end = span[span.length - 1]!.end;
  if (!reg.isFree(start, end)) return;
  const surface = text.slice(start, end);

  if (PLACE_HEADS.has(words[words.length - 1]!.toLowerCase()) && words.length >= 2) {
    reg.block(start, end);
    return;
  }
  const known = surnames.get(surface);
  if (known) {
    reg.mention(known, start, end, sentence, "ner", surface);
    return;
  }
  const head = words[words.length - 1]!.toLowerCase();
  if (titleKind || (words.length >= 2 && isFirstName(words[0]!) && !ORG_HEADS.has(head))) {
    if (words.length > 4) return;
    const id = slug(surface);
    reg.ensure(id, surface, titleKind ?? "person");
    if (reg.mention(id, start, end, sentence, "ner", surface) && words.length >= 2)
      surnames.set(words[words.length - 1]!, id);
    return;
  }
  const namesInstitution = words.some(
    (w, k) =>
      k < words.length - 1 && ORG_HEADS.has(w.toLowerCase()) && /^(?:of|for)$/.test(words[k + 1]!),
  );
  if (
    words.length >= 2 &&
    (ORG_HEADS.has(head) || namesInstitution || isOrganizationWord(words.join(" ")))
  ) {
    // The nationality just read before it is part of its name: "Russian Foreign Ministry".
    const prev = tokens[titleEnd - 1];
    const qualified =
      titleEnd === i &&
      prev !== undefined &&
      !reg.isFree(prev.start, prev.end) &&
      isCapitalized(prev.text) &&
      start - prev.end === 1
        ? text.slice(prev.start, end)
        : surface;
    const id = slug(qualified);
    reg.ensure(id, qualified, "organization");
    reg.mention(id, start, end, sentence, "ner", surface);
    return;
  }
  const next = tokens[to]?.text ?? "";
  // Two or three capitalised words that are neither places nor dictionary words: most often a
  // person; at the start of a sentence only as its subject ("Abdelwahab El-Heni, leader of …, told").
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    (from > 0 || next === "," || SPEAKER_VERBS.has(next)) &&
    words.every((w) => !isKnownWord(w) && !isPlace(w))
  ) {
    const id = slug(surface);
    reg.ensure(id, surface, words.some((w) => ACRONYM.test(w)) ? "organization" : "person");
    if (reg.mention(id, start, end, sentence, "ner", surface))
      surnames.set(words[words.length - 1]!, id);
    return;
  }
  // "Al-Majd party", "Ennahda movement": a name before a lower-case head names an organisation.
  if (LOWER_ORG_HEADS.has(next) && !isPlace(surface) && words.every((w) => !isKnownWord(w))) {
    const headEnd = tokens[to]!.end;
    const name = text.slice(start, headEnd);
    const id = slug(name);
    reg.ensure(id, name, "organization");
    reg.mention(id, start, headEnd, sentence, "ner", name);
    return;
  }
  // One unknown name as the subject of a speech or action verb, or before an apposition that
  // describes a person ("Ziad, a young teacher …, said", "Aliyev said", "Dan won").
  if (
    words.length === 1 &&
    !isTitle(surface) &&
    !ORG_HEADS.has(head) &&
    !isPlace(surface) &&
    (!isKnownWord(surface) || isFirstName(surface)) &&
    (SPEAKER_VERBS.has(next) ||
      (next === "," && from === 0 && /^(?:a|an|the)$/.test(tokens[to + 1]?.text ?? "")))
  ) {
    const id = slug(surface);
    // An acronym speaking is an institution: "IOC said", "RMT announced".
    reg.ensure(id, surface, ACRONYM.test(surface) ? "organization" : "person");
    reg.mention(id, start, end, sentence, "ner", surface);
    return;
  }
  if (words.length === 1 && isOrganizationWord(surface)) {
    const id = slug(surface);
    reg.ensure(id, surface, "organization");
    reg.mention(id, start, end, sentence, "ner", surface);
  }
}

/**
 * A single capitalised word that is no dictionary word, place or name part ("Airbus", "Gazprom")
 * is an organisation when the article uses it at least twice mid-sentence: salience stands in
 * for the knowledge a gazetteer would need.
 */
export function findSalientNames(
  text: string,
  sentences: readonly { start: number; end: number; index: number }[],
  tokensOf: (i: number) => readonly Token[],
  reg: ActorRegistry,
): void {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    const tokens = tokensOf(s.index);
    tokens.forEach((t, i) => {
      if (i === 0 || !isSalientShape(t.text) || !reg.isFree(t.start, t.end)) return;
      if (
        isCapitalized(tokens[i - 1]!.text) ||
        (tokens[i + 1] && isCapitalized(tokens[i + 1]!.text))
      )
        return;
      counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    });
  }
  for (const s of sentences)
    for (const t of tokensOf(s.index)) {
      if ((counts.get(t.text) ?? 0) < 2 || !reg.isFree(t.start, t.end)) continue;
      const id = slug(t.text);
      reg.ensure(id, t.text, "organization");
      reg.mention(id, t.start, t.end, s.index, "ner", text.slice(t.start, t.end));
    }
}

function isSalientShape(w: string): boolean {
  return (
    /^\p{Lu}[\p{L}-]{2,}$/u.test(w) &&
    !isKnownWord(w) &&
    !isPlace(w) &&
    !isFirstName(w) &&
    !NOT_NAMES.has(w.toLowerCase()) &&
    !isTitle(w) &&
    !ORG_HEADS.has(w.toLowerCase())
  );
}

function isTitleWord(w: string): boolean {
  return isTitle(w) || TITLE_MODIFIERS.has(w.toLowerCase());
}

function isTitle(w: string): boolean {
  const l = w.toLowerCase();
  return LEADER_TITLES.has(l) || OFFICIAL_TITLES.has(l);
}
