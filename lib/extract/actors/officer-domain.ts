/** The domain a capitalised title is "of" or "for", read as part of the title: "Director of Schools Ana Ruiz". */
import { isFirstName, isKnownWord, isPlace } from "../lexicon";
import type { Token } from "../tokens";
import { ORG_HEADS } from "./name-words";

const WORD = /^\p{Lu}[\p{Ll}’'-]+$/u;

/**
 * After a title and its "of" or "for" ("Director of", "Vice Governor for"), the words up to the last
 * two, when those are a given name and a surname, are what the office is over: "Director of Schools
 * Ana Ruiz", "Vice Governor for International Affairs Karim Haddadi", "Director of Employee and
 * Labor Relations Mei Tan". Returns where the holder's name starts, or `at` when no domain is read.
 * The holder must read as a person's two names and hold no institution's head word or place, and
 * the domain hold no given name or institution's head ("Director of the Census Bureau" stays whole).
 */
export function holderAfterDomain(tokens: readonly Token[], at: number, to: number): number {
  if (!/^(?:of|for)$/.test(tokens[at - 1]?.text ?? "")) return at;
  const holder = to - 2;
  if (holder - at < 1) return at;
  const given = tokens[holder]!.text;
  const surname = tokens[to - 1]!.text;
  // A given name the dictionary knows, or one of two words it does not both know ("Seema Nanda", "Holly Marek").
  const named = isFirstName(given) || (WORD.test(given) && (!isKnownWord(given) || !isKnownWord(surname)));
  if (!named || !WORD.test(surname) || [given, surname].some((w) => ORG_HEADS.has(w.toLowerCase()) || isPlace(w))) return at;
  const domain = tokens.slice(at, holder).map((t) => t.text);
  if (!WORD.test(domain[0]!) || !WORD.test(domain.at(-1)!)) return at;
  const ok = domain.every(
    (w) => /^(?:and|the|&)$/.test(w) || (WORD.test(w) && !isFirstName(w) && !ORG_HEADS.has(w.toLowerCase())),
  );
  return ok ? holder : at;
}
