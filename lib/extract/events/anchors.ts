import type { AnchorRelation } from "../../model";

/** Words that place an event relative to another: "following the meeting", "after a peace agreement is reached". */
export const ANCHOR_CUES: {
  words: string[];
  relation: AnchorRelation;
  conditionalHint: boolean;
}[] = [
  { words: ["on", "the", "sidelines", "of"], relation: "during", conditionalHint: false },
  { words: ["in", "the", "run-up", "to"], relation: "before", conditionalHint: false },
  { words: ["ahead", "of"], relation: "before", conditionalHint: false },
  { words: ["prior", "to"], relation: "before", conditionalHint: false },
  { words: ["in", "the", "wake", "of"], relation: "after", conditionalHint: false },
  { words: ["following"], relation: "after", conditionalHint: false },
  { words: ["after"], relation: "after", conditionalHint: false },
  { words: ["before"], relation: "before", conditionalHint: false },
  { words: ["until"], relation: "before", conditionalHint: false },
  { words: ["during"], relation: "during", conditionalHint: false },
  { words: ["once"], relation: "after", conditionalHint: true },
  { words: ["when"], relation: "after", conditionalHint: false },
];

export type AnchorCue = {
  start: number;
  end: number;
  relation: AnchorRelation;
  conditionalHint: boolean;
};

export function findAnchorCues(lower: readonly string[]): AnchorCue[] {
  const out: AnchorCue[] = [];
  for (let i = 0; i < lower.length; i++) {
    const cue = ANCHOR_CUES.find((c) => c.words.every((w, k) => lower[i + k] === w));
    if (!cue) continue;
    out.push({
      start: i,
      end: i + cue.words.length,
      relation: cue.relation,
      conditionalHint: cue.conditionalHint,
    });
    i += cue.words.length - 1;
  }
  return out;
}

// "… is reached", "… is in place", "… has been signed": an event that has not happened yet, only posited.
const POSITED =
  /^(?:is|are|has been|have been|gets|get)\s+(?:reached|finali[sz]ed|signed|agreed|concluded|in place|achieved|struck|secured|approved|ratified|announced|over|done|implemented)\b/i;

export function isPosited(followingText: string): boolean {
  return POSITED.test(followingText.trimStart());
}
