import { isFunctionWord, isPastForm, isVerbForm } from "./lexicon";

/**
 * Whether the words opening a sentence before a name are only what stands before a name as its
 * title or description, of any vocabulary: "Labour councillor", "Independent councillor",
 * "Veteran striker", "Outgoing club chairman". Read by shape, not from a list of titles: at most
 * five words, no punctuation but a hyphen, apostrophe or dot, and no lower-case word that may be
 * a verb or a function word ("Yesterday police said", "After the vote X said" are no titles).
 */
export function isPremodifier(opening: string): boolean {
  const words = opening.trim().split(/\s+/);
  if (!opening.trim() || words.length > MAX_WORDS) return false;
  return words.every((w, i) => {
    if (!/^[\p{L}][\p{L}'’.-]*$/u.test(w)) return false;
    const lower = w.toLowerCase();
    if (i === 0 && /^(?:the|a|an)$/.test(lower)) return true;
    if (isFunctionWord(lower) || /^(?:the|a|an|of|and|or)$/.test(lower)) return false;
    // A capitalised word is a name or a title; a lower-case one a noun or an adjective, where a
    // bare form may be either ("club", "party") but a tense or participle is a verb ("attacked").
    return /^\p{Lu}/u.test(w) ? !isVerbForm(lower) || i > 0 : !isTensed(lower);
  });
}

const AUXILIARY = /^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must)$/;
const isTensed = (w: string) => AUXILIARY.test(w) || isPastForm(w) || (/ing$/.test(w) && isVerbForm(w));

const MAX_WORDS = 5;

/** "Labour councillor Petra Vell said": the name right before the verb, opening the sentence after its title. */
export const titledSubject = (text: string, start: number, name: { start: number; end: number }, verb: number) =>
  /^\s*$/.test(text.slice(name.end, verb)) && isPremodifier(text.slice(start, name.start));
