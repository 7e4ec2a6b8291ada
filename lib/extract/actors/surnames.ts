/** The shortened forms of a person's name that later mentions use: "Wang said", "Van der Berg added". */
import { isFirstName, isKnownWord, isLastName, isPlace } from "../lexicon";
import type { Run } from "./name-rules";

/** The family name of a person's full name: the last word, or the first before a hyphenated given name ("Ng" of "Ng Lok-chun"). */
export function familyName(words: readonly string[]): string {
  return words.length === 2 && /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(words[1]!) ? words[0]! : words[words.length - 1]!;
}

/** A surname as looked up: accents folded, so "Alvarez" finds "José Álvarez", and a leading particle in lower case. */
export const surnameKey = (w: string) =>
  w
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    // "Al-Amri" opening a sentence is "al-Amri".
    .replace(/^(?:Al|El|Ad|As|Ash|An|Bin|Ibn|Abu|Bou)-/, (p) => p.toLowerCase())
    // "Van der Berg" opening a sentence is "van der Berg".
    .replace(/^(?:Van|Von|De|Del|Della|Da|Du|Dos|Das|Le|La|Ter|Ten|Bin|Ibn)(?= )/, (p) => p.toLowerCase());

/**
 * The ways a person's name is shortened later, each a key of the surnames map: the family name;
 * a surname with its particles ("van der Berg" of "Pieter van der Berg"); a double surname
 * ("López Obrador" of "Andrés Manuel López Obrador"); and the first word of a two-word name when
 * no dictionary knows it as a given name, a family name put first ("Xi" of "Xi Jinping",
 * "Wang" of "Wang Haoran"). The family name wins; the others never displace an earlier person's.
 */
export function rememberSurnames(run: Run, words: readonly string[], id: string): void {
  run.surnames.set(surnameKey(familyName(words)), id);
  if (words.length < 2) return;
  const add = (key: string) => {
    if (!run.surnames.has(key)) run.surnames.set(key, id);
  };
  add(surnameKey(words[words.length - 1]!));
  const particle = words.findIndex((w, k) => k > 0 && /^\p{Ll}/u.test(w) && !/-/.test(w));
  if (particle > 0 && particle < words.length - 1) add(surnameKey(words.slice(particle).join(" ")));
  // Double surnames of Spanish and Portuguese names: the last two of three or four words.
  if (words.length >= 3 && words.slice(-2).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !isFirstName(words.at(-2)!))
    add(surnameKey(words.slice(-2).join(" ")));
  // "Lula" of "Luiz Inácio Lula da Silva": a given name or nickname inside a long name, not a
  // father's name after "bin" ("Hamad" of "Tamim bin Hamad").
  if (words.length >= 4)
    words.forEach((w, k) => {
      if (k > 0 && k < words.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(w) && !/^(?:bin|ibn|ben|bint)$/i.test(words[k - 1]!))
        add(surnameKey(w));
    });
  const first = words[0]!;
  if (
    words.length === 2 &&
    /^\p{Lu}\p{Ll}+$/u.test(first) &&
    !isFirstName(first) &&
    !isPlace(first) &&
    (first.length <= 4 || !isKnownWord(first) || isLastName(first))
  )
    add(surnameKey(first));
}
