import nlp from "compromise";

/**
 * Word knowledge borrowed from compromise's lexicon (first names, titles, organisations, places,
 * verb forms). A hash look-up per word: running compromise's full tagger costs ~100 ms per
 * article, far over the pipeline's budget, while its lexicon gives most of what NER needs here.
 */
const lexicon: Record<string, string | string[]> = (
  nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }
).model().one.lexicon;

// Words already looked up, with their tags (the dictionary never changes); emptied when large.
const TAGS = new Map<string, readonly string[]>();
const NO_TAGS: readonly string[] = [];

function tagsOf(word: string): readonly string[] {
  const known = TAGS.get(word);
  if (known) return known;
  const lower = word.toLowerCase();
  // "María", "José": a name written with its accents is the dictionary's unaccented one.
  const t = lexicon[lower] ?? (/[^\x00-\x7f]/.test(lower) ? lexicon[lower.normalize("NFD").replace(/\p{M}/gu, "")] : undefined);
  const tags = t === undefined ? NO_TAGS : Array.isArray(t) ? t : [t];
  if (TAGS.size >= 100_000) TAGS.clear();
  TAGS.set(word, tags);
  return tags;
}

const has = (word: string, ...tags: string[]) => tagsOf(word).some((t) => tags.includes(t));

export const isFirstName = (w: string) => has(w, "FirstName", "MaleName", "FemaleName");
export const isLastName = (w: string) => tagsOf(w).length === 1 && has(w, "LastName");
export const isPlace = (w: string) =>
  has(w, "City", "Country", "Place", "Region", "Town", "Continent");
export const isOrganizationWord = (w: string) => has(w, "Organization", "Company", "SportsTeam");
/** A word the dictionary knows only as a common noun: "staples", "oracle". */
export const isCommonNoun = (w: string) => {
  const tags = tagsOf(w);
  return tags.length > 0 && tags.every((t) => ["Singular", "Plural", "Noun", "Uncountable"].includes(t));
};
/** A plural noun of people: "people", "women", "workers". */
export const isPluralNoun = (w: string) => has(w, "Plural");
/** A plural noun the dictionary files as people ("fighters", "rulers", "deputies"), not things ("papers"). */
export const isPeopleNoun = (w: string) => has(w, "Plural") && has(w, "Actor");
/** A verb's bare form: "occupy", "save". */
export const isInfinitive = (w: string) => has(w, "Infinitive");
/** A noun's or a verb's bare form, no adverb, adjective or comparative: "network", "human", not "later". */
export const isNounOrBareVerb = (w: string) =>
  has(w, "Singular", "Plural", "Noun", "Actor", "Uncountable", "Infinitive") &&
  !has(w, "Comparative", "Superlative", "Adverb", "Adjective", "Date");
/** A word that opens a clause or phrase, never a name: "If", "When", "Despite", "Meanwhile". */
export const isFunctionWord = (w: string) =>
  has(w, "Conjunction", "Preposition", "Adverb", "Determiner", "Pronoun", "QuestionWord", "Condition");
/** A verb's past form, tense or participle: "went", "fled", "gone". */
export const isPastForm = (w: string) => has(w, "PastTense", "Participle");
export const isKnownWord = (w: string) => lexicon[w.toLowerCase()] !== undefined;
export const isVerbForm = (w: string) =>
  has(
    w,
    "PastTense",
    "PresentTense",
    "Infinitive",
    "Modal",
    "Auxiliary",
    "Copula",
    "Gerund",
    "Participle",
    "Verb",
  );
