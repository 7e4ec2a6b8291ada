import { gazetteer } from "../gazetteer";
import { isKnownWord, isPlace } from "../lexicon";
import type { Token } from "../tokens";
import type { Name, Run } from "./name-rules";
import { slug } from "./registry";
import { COMMON_ABBREVIATIONS } from "./acronym-words";


/** An acronym that names no state, bloc or known body of its own ("ILWU", "HJK"; not "US", "EU", "UN", nor "ABC" of "ABC News"). */
export function isUnknownAcronym(w: string): boolean {
  return /^[A-Z]{2,6}$/.test(w) && !COMMON_ABBREVIATIONS.has(w) && !isKnownWord(w) && !isPlace(w) && !gazetteer.opens(w);
}

/**
 * "ILWU Canada said", "a game against HJK Helsinki": an unknown acronym written right before a
 * place's name makes one name with it, a body's (a union's national branch, a club named for its
 * city), not the place. Whether token `i` of a sentence is such a place.
 */
export function placeAfterAcronym(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && tokens[i]!.start === prev.end + 1 && isUnknownAcronym(prev.text);
}

/** The name rule for the same: "ILWU Canada" is an organisation. */
export function acronymAndPlace(run: Run, n: Name): boolean {
  const [first, ...rest] = n.words;
  if (!(n.titleKind === null && rest.length >= 1 && rest.length <= 2 && isUnknownAcronym(first!) && isPlace(rest.join(" "))))
    return false;
  const id = slug(n.surface);
  run.reg.ensure(id, n.surface, "organization");
  return run.reg.mention(id, n.start, n.end, run.sentence, "ner", n.surface);
}
