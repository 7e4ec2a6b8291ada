/** What a capitalised name names, once its title is read: rules tried in order (place, known surname, titled person, institution, …). */
import type { ActorKind } from "../../model";
import { isCommonNoun, isFirstName, isFunctionWord, isInfinitive, isKnownWord, isLastName, isNounOrBareVerb, isOrganizationWord, isPeopleNoun, isPlace, isVerbForm } from "../lexicon";
import { isCapitalized, isPossessive, type Token } from "../tokens";
import { actsOrOwns, ampersandName, bodyOfDictionaryWords } from "./body-names";
import { nameAfterBodyNoun, nameBeforeBodyApposition } from "./org-apposition";
import { namedByWhatFollows } from "./party-names";
import { bodyOfPeople, givenNameAndWord, kinNamed, royalName } from "./word-names";
import { slug, type ActorRegistry } from "./registry";
import { isHonorificAt, isPortfolio, isRoleOf, isTitle, isTitleWord } from "./titles";
import { isHyphenatedGiven, isSurnameAfterUnknownGiven } from "./given-names";
import { rememberSurnames, surnameKey } from "./surnames";
import { isEventName, isPlaceName } from "./no-one-names";
import { basedName, numberedPart } from "./based-names";
import { nameWithInitials } from "./initials-names";
import { acronymAndPlace } from "./acronym-places";
import { brandName } from "./brand-names";
import { endsInClassNoun } from "./company-words";
import { listedPerson } from "./listed-names";
import { nameBeforeQualifiedRole } from "./held-roles";
import { BODY_PEOPLE, COMMON_ABBREVIATIONS, REPORTED_BY_ACRONYM, isPresentVerb } from "./acronym-words";
export { familyName, surnameKey } from "./surnames";
import { ACRONYM, AUXILIARIES, FIGHTERS, LEADING_HEADS, LOWER_ORG_HEADS, ORG_HEADS, SPEAKER_VERBS, STAFF } from "./name-words";
export { ORG_HEADS, SPEAKER_VERBS } from "./name-words";

/** One sentence's tokens while its capitalised runs are read, and where their names go. */
export type Run = {
  text: string;
  tokens: readonly Token[];
  sentence: number;
  reg: ActorRegistry;
  surnames: Map<string, string>;
};

/** The name after a title, as the rules below read it. */
export type Name = {
  /** the run's first token, and its end */
  from: number;
  to: number;
  /** where the title (if any) starts, and where the name starts */
  titleStart: number;
  titleEnd: number;
  titleKind: ActorKind | null;
  words: string[];
  start: number;
  end: number;
  surface: string;
  /** the name's last word, lower-cased */
  head: string;
  /** the word after the run */
  next: string;
};

/** What a name names, tried in order; the first rule that applies registers it (or drops it) and stops. */
export const NAME_RULES: ((run: Run, n: Name) => boolean)[] = [
  numberedPart,
  basedName,
  acronymAndPlace,
  isPlaceName,
  isEventName,
  isKnownSurname,
  kinNamed,
  nameWithInitials,
  sloganName,
  namedByWhatFollows,
  afterHonorific,
  ampersandName,
  nameBeforeBodyApposition,
  bodyOfPeople,
  titledOrFirstNamed,
  namedInstitution,
  roleOfInstitution,
  nameBeforeHeldRole,
  nameBeforeQualifiedRole,
  nameBeforeStaff,
  nameAfterBodyNoun,
  unknownFullName,
  givenNameAndWord,
  appositionName,
  bodyOfDictionaryWords,
  brandName,
  nameBeforeLowerHead,
  nameBeforeFighters,
  loneSpeaker,
  actingAcronym,
  loneOrganization,
  listedPerson,
];

export function register(run: Run, n: Name, kind: ActorKind): boolean {
  const id = slug(n.surface);
  run.reg.ensure(id, n.surface, kind === "person" && endsInClassNoun(n.words) ? "organization" : kind);
  return run.reg.mention(id, n.start, n.end, run.sentence, "ner", n.surface);
}

function isKnownSurname(run: Run, n: Name): boolean {
  const known = run.surnames.get(surnameKey(n.surface));
  if (!known) return false;
  run.reg.mention(known, n.start, n.end, run.sentence, "ner", n.surface);
  return true;
}

// "the Occupy Harbor City camp", "Save Lake Tana": a movement named by a slogan, a verb's bare form
// capitalised mid-sentence before a name, is a group.
function sloganName(run: Run, n: Name): boolean {
  if (!(
    n.from > 0 &&
    n.titleKind === null &&
    n.words.length >= 2 &&
    n.words.length <= 4 &&
    isInfinitive(n.words[0]!) &&
    !isTitle(n.words[0]!) &&
    // "Park Sung-min": a family name before a hyphenated given name is no slogan.
    !(n.words.length === 2 && isHyphenatedGiven(n.words[1]!)) &&
    !ORG_HEADS.has(n.head)
  ))
    return false;
  register(run, n, "group");
  return true;
}

// "Mr. Okafor", "Dr. Ana Ruiz": an honorific makes the name after it a person's, wherever it stands.
function afterHonorific(run: Run, n: Name): boolean {
  // "Mr." is read as "Mr" and a full stop.
  const k = run.tokens[n.titleStart - 1]?.text === "." ? n.titleStart - 2 : n.titleStart - 1;
  if (!(
    n.titleEnd === n.titleStart &&
    k >= 0 &&
    isHonorificAt(run.tokens, k) &&
    n.words.length <= 3 &&
    !ORG_HEADS.has(n.head) &&
    !isPlace(n.surface)
  ))
    return false;
  if (register(run, n, "person"))
    rememberSurnames(run, n.words, slug(n.surface));
  return true;
}

// A titled name, or a first name and more ("José Luis Ortega" too): a person; a long run is no name.
function titledOrFirstNamed(run: Run, n: Name): boolean {
  const { words } = n;
  const given = isFirstName(words[0]!) || (words.length >= 3 && isFirstName(words[1]!) && !isKnownWord(words[0]!));
  if (!(n.titleKind || (words.length >= 2 && given && !ORG_HEADS.has(n.head)))) return false;
  // "Luiz Inácio Lula da Silva", "Tamim bin Hamad Al Thani": particles do not count.
  // Two people joined by "and" ("envoys Steve Ruiz and Jane Okafor") are no one name.
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length > 4 || words.length > 6 || words.includes("and")) return true;
  // "Chief of the General Staff": a title before an institution's head word names no one.
  if (words.length === 1 && (ORG_HEADS.has(n.head) || isPortfolio(n.head))) return true;
  const royal = royalName(run, n);
  if (royal) {
    // The regnal name is the actor's name (what other articles and later sentences call them), the
    // titled one its alias.
    run.reg.ensure(slug(n.surface), n.surface, "leader");
    run.reg.mention(slug(n.surface), royal.start, royal.end, run.sentence, "ner", royal.surface);
    return true;
  }
  if (register(run, n, n.titleKind ?? "person") && words.length >= 2)
    rememberSurnames(run, words, slug(n.surface));
  return true;
}

function namedInstitution(run: Run, n: Name): boolean {
  const { words, start, end } = n;
  const namesInstitution = words.some(
    (w, k) =>
      k < words.length - 1 && ORG_HEADS.has(w.toLowerCase()) && /^(?:of|for)$/.test(words[k + 1]!),
  );
  if (!(
    words.length >= 2 &&
    (ORG_HEADS.has(n.head) ||
      namesInstitution ||
      isOrganizationWord(words.join(" ")) ||
      // "Banco Santander", "Grupo Bimbo": a Romance firm's head comes first.
      LEADING_HEADS.has(words[0]!.toLowerCase()))
  ))
    return false;
  // The nationality just read before it is part of its name: "Russian Foreign Ministry".
  const prev = run.tokens[n.titleEnd - 1];
  const qualified =
    n.titleEnd === n.titleStart &&
    prev !== undefined &&
    !run.reg.isFree(prev.start, prev.end) &&
    isCapitalized(prev.text) &&
    start - prev.end === 1
      ? run.text.slice(prev.start, end)
      : n.surface;
  const id = slug(qualified);
  run.reg.ensure(id, qualified, "organization");
  run.reg.mention(id, start, end, run.sentence, "ner", n.surface);
  return true;
}

// "Ann Moss, manager of Seven Oaks": what a role is held in is an institution, a place apart.
function roleOfInstitution(run: Run, n: Name): boolean {
  if (!(
    n.titleKind === null &&
    n.titleStart === n.from &&
    n.words.length <= 4 &&
    isRoleOf(run.tokens, n.from) &&
    !isPlace(n.surface) &&
    !isPlace(n.words[0]!) &&
    !isFirstName(n.words[0]!)
  ))
    return false;
  register(run, n, "organization");
  return true;
}

// "Chelsea coach Enzo Maresca", "Polmet spokesman Jan Nowak", "IOC president Ana Ruiz": a name
// before a lower-case role and the name of its holder is the institution the role is held in.
const HELD_ROLES = new Set(
  "coach manager captain boss chairman chairwoman spokesman spokeswoman spokesperson president director founder owner chief executive leader".split(" "),
);
function nameBeforeHeldRole(run: Run, n: Name): boolean {
  let k = n.to + 1;
  // "chief executive", "vice president": the role may take two words.
  while (k < n.to + 3 && /^\p{Ll}/u.test(run.tokens[k]?.text ?? "") && isTitleWord(run.tokens[k]!.text)) k++;
  const holder = run.tokens[k]?.text ?? "";
  if (!(
    HELD_ROLES.has(n.next) &&
    /^\p{Lu}\p{Ll}/u.test(holder) &&
    n.titleKind === null &&
    n.words.length <= 3 &&
    !isPlace(n.surface) &&
    !n.words.some((w) => isPlace(w) || isTitle(w)) &&
    // "Airline spokesman X": a word opening the sentence may be a common noun, not a name.
    // "Economic Freedom Fighters leader X": words ending in a plural of people name a body.
    (n.titleStart > 0 || isOrganizationWord(n.words[0]!) || ACRONYM.test(n.words[0]!) || (n.words.length >= 2 && isPeopleNoun(n.words.at(-1)!)))
  ))
    return false;
  register(run, n, "organization");
  return true;
}

// "operated by Florida Fish and Wildlife officials": a name of two words or more, mid-sentence,
// before the people who work for it names an institution, whatever words it is made of.
function nameBeforeStaff(run: Run, n: Name): boolean {
  if (!(STAFF.has(n.next) && n.from > 0 && n.titleKind === null && n.words.length >= 2 && !isPlace(n.surface)))
    return false;
  register(run, n, "organization");
  return true;
}

// Two or three capitalised words that are neither places nor dictionary words: most often a
// person; at the start of a sentence only as its subject ("Abdelwahab El-Heni, leader of …, told", "… arrived").
function unknownFullName(run: Run, n: Name): boolean {
  const { words, next } = n;
  // "Striker Moussa Diallo scored": a word before the name opens the sentence, not the name.
  const midSentence = n.from > 0 || (n.titleStart > n.from && !/^the$/i.test(run.tokens[n.from]!.text));
  // "Park Sung-min": a family name before a hyphenated given name, whatever else the word means.
  // "Wang Yi": a short common noun before a short word no dictionary knows but as a surname.
  const familyFirst =
    words.length === 2 &&
    isCommonNoun(words[0]!) &&
    words[0]!.length <= 5 &&
    /^\p{Lu}\p{Ll}{1,7}$/u.test(words[1]!) &&
    (!isKnownWord(words[1]!) || isLastName(words[1]!));
  const hyphenatedGiven =
    words.length === 2 && (isHyphenatedGiven(words[1]!) || familyFirst) && !ORG_HEADS.has(words[0]!.toLowerCase());
  if (!(
    words.length >= 2 &&
    words.length <= 3 &&
    (midSentence ||
      next === "," ||
      SPEAKER_VERBS.has(next) || (next === "and" && /^\p{Lu}/u.test(run.tokens[n.to + 1]?.text ?? "")) ||
      AUXILIARIES.has(next) ||
      // "Raila Odinga spoke", "Tomás Dvořák's lawyers": the sentence's subject acting or owning.
      (actsOrOwns(next) && !words.some((w) => isTitle(w) || ACRONYM.test(w))) ||
      (/^\p{Ll}{3,}ed$/u.test(next) && isVerbForm(next)) ||
      familyFirst) &&
    !isPlace(n.surface) &&
    // A word the dictionary knows only as a surname ("Lau", "Smith") is still a name's.
    (hyphenatedGiven || words.every((w) => (!isKnownWord(w) || isLastName(w) || syllable(w, words) || isSurnameAfterUnknownGiven(w, words)) && !isPlace(w)))
  ))
    return false;
  const kind = words.some((w) => ACRONYM.test(w)) ? "organization" : "person";
  if (register(run, n, kind)) rememberSurnames(run, words, slug(n.surface));
  return true;
}

// "Aung Min Thu", "Nguyen Van Thanh": a short dictionary word among two unknown ones is a name's syllable.
const syllable = (w: string, words: readonly string[]) =>
  words.length === 3 && w.length <= 3 && !isFunctionWord(w) && words.filter((x) => !isKnownWord(x)).length === 2;

// "Wang Haoran, a senior negotiator": two or three capitalised words before an apposition that
// describes them are a person's name, one of them no dictionary word.
function appositionName(run: Run, n: Name): boolean {
  const { words } = n;
  const after = run.tokens[n.to + 1]?.text ?? "";
  if (!(
    n.titleKind === null &&
    words.length >= 2 &&
    words.length <= 3 &&
    n.next === "," &&
    (/^(?:a|an|\d{1,3})$/.test(after) || (/^\p{Ll}/u.test(after) && isTitleWord(after))) &&
    words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !isPlace(w) && !ORG_HEADS.has(w.toLowerCase())) &&
    words.some((w) => !isKnownWord(w) || isFirstName(w) || isLastName(w)) &&
    !isPlace(n.surface)
  ))
    return false;
  if (register(run, n, "person")) rememberSurnames(run, words, slug(n.surface));
  return true;
}

// "the Green party", "the centrist New Path coalition", "the Unity and Progress party": capitalised
// words inside a sentence before a party's lower-case head name it, dictionary words included.
const POLITICAL_HEADS = new Set(["party", "coalition", "movement", "front", "union"]);
const politicalName = (n: Name) =>
  POLITICAL_HEADS.has(n.next) && n.from > 0 && n.titleKind === null && n.words.length <= 4 && !n.words.some((w) => isFirstName(w));

// "Al-Majd party", "Ennahda movement": a name before a lower-case head names an organisation.
function nameBeforeLowerHead(run: Run, n: Name): boolean {
  if (!(
    LOWER_ORG_HEADS.has(n.next) &&
    !isPlace(n.surface) &&
    (n.words.every((w) => !isKnownWord(w)) || politicalName(n))
  ))
    return false;
  const headEnd = run.tokens[n.to]!.end;
  const name = run.text.slice(n.start, headEnd);
  const id = slug(name);
  run.reg.ensure(id, name, "organization");
  run.reg.mention(id, n.start, headEnd, run.sentence, "ner", name);
  return true;
}

// "M23 rebels", "ELN guerrillas": an acronym before the fighters is their group's (a word before
// them is as often a people's or a region's: "Baloch militants").
function nameBeforeFighters(run: Run, n: Name): boolean {
  // "Al-Shabaab militants": a name with the Arabic article is a group's, not a people's.
  const named = ACRONYM.test(n.surface) || /^(?:Al|El|Ash|As|Ad|An)-\p{Lu}\p{Ll}+$/iu.test(n.surface);
  if (!(FIGHTERS.has(n.next) && n.words.length === 1 && named && !isKnownWord(n.surface)))
    return false;
  register(run, n, "group");
  return true;
}

// One unknown name as the subject of a speech or action verb, or before an apposition that
// describes a person ("Ziad, a young teacher …, said", "Aliyev said", "Dan won").
// "Jokowi later said": an adverb between a speaker and the verb of saying.
const SPEAKING_ADVERBS = /^(?:also|later|then|again|earlier|previously|reportedly|repeatedly|himself|herself|has|had)$/;
// "informed Jokowi", "thanked Mahathir": verbs whose object is a person.
const PERSON_OBJECT_VERBS = /^(?:informed|thanked|congratulated|urged|briefed|accompanied|appointed|interviewed|telephoned|phoned)$/;
function loneSpeaker(run: Run, n: Name): boolean {
  const { surface } = n;
  const later = run.tokens[n.to + 1]?.text ?? "";
  const next = SPEAKING_ADVERBS.test(n.next) && SPEAKER_VERBS.has(later) ? later : n.next;
  const object = n.from > 0 && n.titleEnd === n.titleStart && PERSON_OBJECT_VERBS.test(run.tokens[n.from - 1]?.text ?? "") && !isKnownWord(surface) && !ACRONYM.test(surface);
  if (!(
    n.words.length === 1 &&
    !isTitle(surface) &&
    !ORG_HEADS.has(n.head) &&
    !isPlace(surface) &&
    // A word the dictionary knows only as a surname ("Aliyev", "Kowalczyk") is a name's.
    (!isKnownWord(surface) || isFirstName(surface) || isLastName(surface)) &&
    (SPEAKER_VERBS.has(next) ||
      object ||
      (next === "," && n.from === 0 && /^(?:a|an|the)$/.test(run.tokens[n.to + 1]?.text ?? "")))
  ))
    return false;
  // An acronym speaking is an institution ("IOC said"), and so is a name with the article ("The Teamsters said").
  const articled = /^the$/i.test(run.tokens[n.titleEnd - 1]?.text ?? "");
  register(run, n, ACRONYM.test(surface) || articled ? "organization" : "person");
  return true;
}

/** A word the dictionary files as a company, or a web address used as a name ("Amazon.com"). */
export const isCompanyWord = (w: string) =>
  isOrganizationWord(w) || /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|net|org|io)$/u.test(w);


function actingAcronym(run: Run, n: Name): boolean {
  if (!(
    n.words.length === 1 &&
    ACRONYM.test(n.surface) &&
    n.surface.length <= 6 &&
    !isKnownWord(n.surface) &&
    !isTitle(n.surface) &&
    // "the NCDC said", "the IMF's forecast"; without "the", only a verb of reporting after it says
    // the letters are a body's that speaks ("AFAD reported that …", "KNBS said").
    ((/^the$/i.test(run.tokens[n.titleStart - 1]?.text ?? "") &&
      (isPossessive(n.next) ||
        (/^\p{Ll}/u.test(n.next) && (isVerbForm(n.next) || /ed$/.test(n.next) || isPresentVerb(n.next, run.tokens[n.to + 1]?.text ?? "", isNounOrBareVerb))) ||
        // "Geert Wilders and the PVV, …", "a government with the CDA and …", "… than the SNP.": the
        // acronym ends its phrase, unless a common abbreviation ("the CEO", "the GDP").
        (/^(?:,|\.|;|:|\)|and|or|but|than|as|in|on|at|to|for|with|$)$/.test(n.next) && !COMMON_ABBREVIATIONS.has(n.surface)))) ||
      (n.surface.length >= 3 && (REPORTED_BY_ACRONYM.test(n.next) || (BODY_PEOPLE.test(n.next) && !COMMON_ABBREVIATIONS.has(n.surface)))))
  ))
    return false;
  register(run, n, "organization");
  return true;
}

function loneOrganization(run: Run, n: Name): boolean {
  if (!(n.words.length === 1 && isCompanyWord(n.surface))) return false;
  register(run, n, "organization");
  return true;
}
