import { firstPhrase, labelWords } from "./label-phrase";

/**
 * The catch-all kind holds events the vocabulary has no kind for, yet many are named by a noun
 * that says what they are: a vigil, a protest, a storm, a flood. Two catch-all reports headed by
 * nouns of one family ("the vigil", "a vigil"; "the protest", "a rally", "the march"; "the storm",
 * "the hurricane") are of one kind; headed by nouns of two families ("the vigil", "the protest";
 * "the earthquake", "the tsunami"; the quake and its aftershock), of two. A gathering named in the
 * plural ("vigils were held across the country", "protests spread") is several gatherings, not
 * the one a singular names ("the vigil at the beach"): a family of its own.
 */
const FAMILY: Record<string, string> = {
  vigil: "vigil",
  vigils: "vigils",
  protest: "protest",
  protests: "protests",
  demonstration: "protest",
  demonstrations: "protests",
  rally: "protest",
  rallies: "protests",
  march: "protest",
  marches: "protests",
  "sit-in": "protest",
  storm: "storm",
  storms: "storm",
  cyclone: "storm",
  hurricane: "storm",
  typhoon: "storm",
  flood: "flood",
  floods: "flood",
  flooding: "flood",
  earthquake: "earthquake",
  quake: "earthquake",
  temblor: "earthquake",
  aftershock: "aftershock",
  aftershocks: "aftershock",
  tsunami: "tsunami",
  landslide: "landslide",
  landslides: "landslide",
  wildfire: "wildfire",
  wildfires: "wildfire",
  outbreak: "outbreak",
  epidemic: "outbreak",
  pandemic: "outbreak",
  inauguration: "inauguration",
  walkout: "strike",
  strike: "strike",
};

/** The family of the last catch-all event noun of a label's first phrase: "Protest march in X" is a protest. */
export function nounFamily(label: string): string | null {
  const phrase = firstPhrase(labelWords(label));
  for (let i = phrase.length - 1; i >= 0; i--) {
    const family = FAMILY[phrase[i]!];
    if (family) return family;
  }
  return null;
}

/**
 * Between two catch-all reports: 1 when their nouns are of one family, null when of two, undefined
 * when either names none (the catch-all's own affinity then stands).
 */
export function familyAffinity(a: string | null, b: string | null): number | null | undefined {
  if (!a || !b) return undefined;
  return a === b ? 1 : null;
}

/**
 * A catch-all report's label words, each noun of a family one word ("#storm"): "the hurricane" and
 * "the storm" share it as "the robbery" and "the theft" share theirs.
 */
export function familyWords(words: Iterable<string>): string[] {
  return [...words].map((w) => (FAMILY[w] ? `#${FAMILY[w]!.replace(/s$/, "")}` : w));
}
