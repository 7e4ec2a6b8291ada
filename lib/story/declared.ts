/**
 * "Police have deemed the shooting a terrorist attack", "the ministry declared the outbreak an
 * epidemic", "officials labelled the blaze an act of arson": a verb of declaring with an object and
 * what the object is called. The pipeline may draft the event from the object and its complement
 * ("Shooting a terrorist attack"), of the kind the complement names; the event the sentence reports
 * is the declaration, a statement, and not the act it judges (which other reports tell).
 */
const DECLARING =
  /\b(?:deem|declare|label|labell|brand|term|designate|classif(?:y|i)|rul|call)(?:s|ed|d|ing|ied|ies)?\s+(?:(?:the|this|that|a|an|its|their|his|her)\s+)?$/i;
const PREPOSITION = new Set(
  "of in on at for to with by from after before during over between against into near as".split(
    " ",
  ),
);

/**
 * Whether `label`, as it stands in `sentence`, is the object and complement of a verb of declaring:
 * the verb right before it, and an "a" or "an" inside it that no preposition introduces ("Shooting
 * a terrorist attack", not "Fire at a celebration").
 */
export function isDeclaredAs(sentence: string, label: string): boolean {
  const words = label.trim().split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && /^(?:a|an)$/i.test(w));
  if (at < 0 || PREPOSITION.has(words[at - 1]!.toLowerCase())) return false;
  const from = sentence.toLowerCase().indexOf(label.trim().toLowerCase());
  if (from < 0) return false;
  return DECLARING.test(sentence.slice(Math.max(0, from - 60), from));
}
