/** Names made of dictionary words that a reader still takes for names: a body of people, a word-surname, a monarch's style. */
import { isFirstName, isFunctionWord, isKnownWord, isPeopleNoun, isPlace, isPluralNoun } from "../lexicon";
import { isPossessive } from "../tokens";
import { ORG_HEADS, SPEAKER_VERBS, type Name, type Run } from "./name-rules";
import { slug } from "./registry";
import { rememberSurnames } from "./surnames";
import { isRoyalTitle, isTitleWord } from "./titles";
export { kinNamed } from "./kin-names";

function register(run: Run, n: Name, kind: "person" | "organization"): boolean {
  const id = slug(n.surface);
  run.reg.ensure(id, n.surface, kind);
  return run.reg.mention(id, n.start, n.end, run.sentence, "ner", n.surface);
}

// "Sultan Abdullah of Pahang", "King Charles III": a monarch has a regnal name
// and no surname, and is named with the title and realm or number (a bare "Abdullah" could be
// anyone): the titled name is read whole, as the monarch's alias.
export function royalName(run: Run, n: Name): Name | null {
  const title = run.tokens[n.titleEnd - 1];
  if (!title || !isRoyalTitle(title.text)) return null;
  const of = n.words.indexOf("of");
  const own = (of < 0 ? n.words : n.words.slice(0, of)).filter((w) => !/^[IVX]+$/.test(w));
  if (own.length !== 1 || (of >= 0 && of !== n.words.length - 2)) return null;
  // A monarch's style, a realm or a regnal number, makes the titled name one; a bare "Queen
  // Hortense" is read as before (the regnal name is what other articles call them).
  if (of < 0 && !n.words.some((w) => /^[IVX]+$/.test(w))) return null;
  return { ...n, start: title.start, surface: run.text.slice(title.start, n.end) };
}

// "the Economic Freedom Fighters", "the Proud Boys": capitalised words after the article that end in
// a plural noun of people name the body those people make up; so does a collective noun of them
// ("the Conference of Rulers", "the Chamber of Deputies", "the Assembly of Experts").
const COLLECTIVES = new Set("conference chamber house synod caucus assembly council congress college union association".split(" "));
export function bodyOfPeople(run: Run, n: Name): boolean {
  const { words } = n;
  const last = words.at(-1)!;
  const of = words.indexOf("of");
  const collective = of === 1 && words.length <= 4 && COLLECTIVES.has(words[0]!.toLowerCase()) && /^\p{Lu}/u.test(last) && (isPluralNoun(last) || isPeopleNoun(last));
  const people = of < 0 && isPeopleNoun(last);
  // A lower-case title before the article is not this name's ("the king consulted the Conference of Rulers").
  if (!(
    n.titleEnd === n.titleStart &&
    /^the$/i.test(run.tokens[n.titleEnd - 1]?.text ?? "") &&
    words.length >= 2 &&
    words.length <= 5 &&
    (collective || people) &&
    !words.some((w) => isPlace(w) || isFirstName(w) || isTitleWord(w)) &&
    !isPlace(n.surface)
  ))
    return false;
  register(run, n, "organization");
  return true;
}


// "said Chidi Stone", "Ama Brown told reporters", "Tunde Lane's lawyers": a word no dictionary knows
// before a dictionary word, where English puts a person (a quote's speaker, the subject of a verb of
// saying, an owner, before an apposition that describes a person), is a given name and a surname
// that happens to be a word ("Stone", "Brown", "Little").
const NOT_SURNAMES = /^(?:Virus|Fever|Disease|Flu|Syndrome|Variant|Strain|Vaccine|News|Times|Post|Online|Daily|Radio|Group|Index|Prize|Award|Cup)$/;
const HUMAN_ACTS = /^(?:spoke|resigned|died|testified|pleaded|apologi[sz]ed|recalled|met|visited|urged|thanked|appealed|wept)$/;
export function givenNameAndWord(run: Run, n: Name): boolean {
  const { words, next } = n;
  const [given, surname] = words as [string, string];
  const after = run.tokens[n.to + 1]?.text ?? "";
  const before = run.tokens[n.from - 1]?.text ?? "";
  const quoted = SPEAKER_VERBS.has(before) && /^[,"”]$/.test(run.tokens[n.from - 2]?.text ?? "");
  const personal =
    SPEAKER_VERBS.has(next) ||
    HUMAN_ACTS.test(next) ||
    quoted ||
    (isPossessive(next) && n.from > 0) ||
    (next === "," && (/^(?:a|an|\d{1,3})$/.test(after) || (/^\p{Ll}/u.test(after) && isTitleWord(after))));
  if (!(
    n.titleKind === null &&
    words.length === 2 &&
    personal &&
    /^\p{Lu}\p{Ll}+$/u.test(given) &&
    !isKnownWord(given) &&
    !isPlace(given) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(surname) &&
    isKnownWord(surname) &&
    !isFunctionWord(surname) &&
    !isPlace(surname) &&
    !ORG_HEADS.has(surname.toLowerCase()) &&
    !NOT_SURNAMES.test(surname) &&
    !isTitleWord(surname)
  ))
    return false;
  if (register(run, n, "person")) rememberSurnames(run, words, slug(n.surface));
  return true;
}

