/** Hyphenated given names of East Asian names ("Kim Yong-ho", "Park Sung-min"), told from English compounds. */

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
