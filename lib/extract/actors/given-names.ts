/** Hyphenated given names of East Asian names ("Kim Yong-ho", "Park Sung-min"), told from English compounds. */
import { isFirstName, isKnownWord } from "../lexicon";
import type { Token } from "../tokens";

// Prefixes English compounds are made with: "Anti-war", "Pro-government", "Far-right".
export const COMPOUND_PREFIXES = new Set(
  "anti pro post pre non ex co mid semi self well far low high long short hard soft all half full multi cross inter over under out off sub super ultra neo re de un up old new big top last next so".split(
    " ",
  ),
);
// Words that lead into a noun phrase, never a family name: "The Anti-war camp".
export const DETERMINERS = new Set("the a an this that its his her their our my your one two".split(" "));

/** A hyphenated given name's shape: two short syllables, the first no compound's prefix ("Sung-min"). */
export const isHyphenatedGiven = (w: string) =>
  /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4}$/u.test(w) && !COMPOUND_PREFIXES.has(w.split("-")[0]!.toLowerCase());

// "Ng Lok-chun", "Moon Jae-in": two short syllables no dictionary knows, after a short family
// name, are a given name, not a compound adjective.
// The second syllable may be a dictionary word ("Park Sung-min", "Moon Jae-in") unless the first
// is a prefix English compounds are made with ("Anti-war", "Pro-government") or an article leads in.
export function isHyphenatedGivenName(tokens: readonly Token[], i: number): boolean {
  const m = /^(\p{Lu}\p{Ll}{1,4})-(\p{Ll}{1,4})$/u.exec(tokens[i]!.text);
  if (m === null || i === 0 || !/^\p{Lu}\p{Ll}{0,4}$/u.test(tokens[i - 1]!.text)) return false;
  if (!isKnownWord(m[2]!)) return true;
  return !COMPOUND_PREFIXES.has(m[1]!.toLowerCase()) && !DETERMINERS.has(tokens[i - 1]!.text.toLowerCase());
}

/**
 * "Goyeshwar Roy", "Amadou Russell": a word after a given name no dictionary knows may be a family
 * name that is also a given name ("Roy", "Russell", "Thomas"), though the dictionary knows it as a word.
 */
export const isSurnameAfterUnknownGiven = (w: string, words: readonly string[]) =>
  words.indexOf(w) > 0 && isFirstName(w) && !isKnownWord(words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(words[0]!);
