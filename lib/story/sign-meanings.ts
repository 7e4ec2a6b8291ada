/**
 * "Black smoke indicates an inconclusive vote, while white smoke will signify that a new leader has
 * been chosen", "the bell, the signal that a ship has come in": what a sign means is said of any
 * time the sign is given, not reported of one. The pipeline drafts the clause as an event ("A new
 * leader chosen"), and it would join every report of the event it names in general; it joins none.
 * Only a clause whose subject is indefinite ("a new leader", "an agreement") is read so: "signalling
 * that the council had agreed" tells of one agreement.
 */
// ("shows that", "indicates that", "means that" are as often evidence of one event: "footage shows that a gunman fired")
const MEANING = /\b(?:signal|signals|sign|signif(?:y|ies|ied|ying))\s+that\s+$/i;
const INDEFINITE = /^(?:a|an)\s+\S/i;

/** Whether the label, an indefinite subject's clause, follows "signify that" or "the signal that" in its sentence. */
export function isSignMeaning(sentence: string, label: string): boolean {
  const trimmed = label.trim();
  if (!INDEFINITE.test(trimmed)) return false;
  // the label's opening words, as the sentence has them ("a new leader" of "a new leader has been chosen")
  const opening = trimmed.split(/\s+/).slice(0, 3).join(" ").toLowerCase();
  const lower = sentence.toLowerCase();
  for (let at = lower.indexOf(opening); at >= 0; at = lower.indexOf(opening, at + 1))
    if (MEANING.test(lower.slice(Math.max(0, at - 40), at))) return true;
  return false;
}
