const PREPOSITION = new Set(
  "of in on at for to with by from after before during over between against into near".split(" "),
);

/** A label's words, lower-cased, possessive "'s" dropped: "Protest's march in X" → protest, march, in, x. */
export function labelWords(label: string): string[] {
  return label
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}-]+/u)
    .filter(Boolean);
}

/** The words of a label's first phrase, up to its first preposition ("Protest march in X" → protest, march). */
export function firstPhrase(words: string[]): string[] {
  const end = words.findIndex((w) => PREPOSITION.has(w));
  return end < 0 ? words : words.slice(0, end);
}
