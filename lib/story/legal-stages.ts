// One case goes through stages, each an event of its own, all of the kind "legal": the offence, an
// arrest, the charges, the hearings at which the accused appears and pleads, a trial, a verdict. Two labels
// naming different stages are two events; one naming none (the catch-all) can be either.
const STAGES: Record<string, string> = {
  theft: "offence",
  robbery: "offence",
  heist: "offence",
  burglary: "offence",
  looting: "offence",
  steal: "offence",
  stole: "offence",
  stolen: "offence",
  stealing: "offence",
  robbed: "offence",
  looted: "offence",
  arrest: "arrest",
  arrested: "arrest",
  detained: "arrest",
  detention: "arrest",
  indictment: "charge",
  indicted: "charge",
  charge: "charge",
  charged: "charge",
  count: "charge",
  hearing: "hearing",
  arraignment: "hearing",
  arraigned: "hearing",
  appearance: "hearing",
  plea: "hearing",
  pleaded: "hearing",
  pleading: "hearing",
  pled: "hearing",
  trial: "trial",
  verdict: "judgment",
  ruling: "judgment",
  conviction: "judgment",
  convicted: "judgment",
  sentence: "judgment",
  sentenced: "judgment",
  acquitted: "judgment",
  lawsuit: "suit",
  sued: "suit",
};
/** A stage noun in the plural names its stage too: "faces charges", "the arrests", "two hearings". */
const stageOf = (w: string) =>
  STAGES[w] ?? (w.length > 4 && w.endsWith("s") ? STAGES[w.slice(0, -1)] : undefined);

export function legalStage(label: string): string | null {
  for (const w of label.toLowerCase().split(/[^a-z]+/)) {
    const stage = stageOf(w);
    if (stage) return stage;
  }
  return null;
}

// "Charged with 15 counts of murder", "in addition to the murder counts": in a sentence on charges,
// a count is one offence charged, not the counting of votes its noun names elsewhere.
// ("the vote count", "the ballot count", "the body count" are counts of what they name)
const COUNT_LABEL =
  /^(?:(?:the|a|an|\d+|one|two|three|several)\s+)?(?:(?!(?:vote|votes|ballot|ballots|poll|body|head|death|final|official)\s)\p{L}+\s+)?counts?\b/iu;
const CHARGING = /\b(?:charg(?:e|es|ed|ing)|indict(?:ed|ment)?|accused)\b/i;
export const isChargeCount = (label: string, sentence: string) =>
  COUNT_LABEL.test(label.trim()) && CHARGING.test(sentence);
