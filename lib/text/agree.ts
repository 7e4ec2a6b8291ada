/**
 * Subject-verb agreement for the sentences the views write about a relation ("European countries
 * work with the United States", "Ukraine works with …"): a name whose last word is a plural common
 * noun ("countries", "officials") takes the plural verb; a proper name ("United States") the singular.
 */
export function isPluralName(name: string): boolean {
  const last = name.trim().split(/\s+/).at(-1) ?? "";
  return /^[a-z][a-z-]*(?:ies|[^s'’]s)$/.test(last);
}

/** The verb phrase `phrase` (third person singular, "cooperates with") agreeing with `subject`. */
export function agreeWith(subject: string, phrase: string): string {
  if (!isPluralName(subject)) return phrase;
  const [verb, ...rest] = phrase.split(" ");
  const plural =
    verb === "is"
      ? "are"
      : verb === "has"
        ? "have"
        : /ies$/.test(verb!)
          ? verb!.replace(/ies$/, "y")
          : /(?:s|sh|ch|x|z)es$/.test(verb!)
            ? verb!.slice(0, -2)
            : verb!.replace(/s$/, "");
  return [plural, ...rest].join(" ");
}

/** "Subject verb-phrase object", the verb agreeing with the subject. */
export function relationSentence(subject: string, phrase: string, object: string): string {
  return `${subject} ${agreeWith(subject, phrase)} ${object}`;
}
