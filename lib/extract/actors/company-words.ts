/**
 * A company's class noun after its name: "Valeant Pharmaceuticals International", "Mack Trucks",
 * "Orbis Logistics". A person's name never ends so, whatever the rules that read its words said:
 * these plurals of trades are no surnames, and "International" closes a body's name.
 */
const CLASS_NOUNS = new Set(
  "pharmaceuticals therapeutics biosciences biotechnologies chemicals semiconductors electronics trucks motors foods beverages brands systems networks technologies industries holdings enterprises investments resources minerals logistics solutions partners airlines airways petroleum telecommunications international".split(
    " ",
  ),
);

/** Whether a name of several words ends in a company's class noun: "Mack Trucks", "Zenco International". */
export function endsInClassNoun(words: readonly string[]): boolean {
  const last = words.at(-1) ?? "";
  return words.length >= 2 && /^\p{Lu}/u.test(last) && CLASS_NOUNS.has(last.toLowerCase());
}
