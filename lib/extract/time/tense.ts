/**
 * Which way an expression without a year or week points (past, future, or nearest), from the tense
 * cue nearest to it in its sentence: "said on Tuesday" looks back, "will meet on Tuesday" forward.
 */
export type Direction = -1 | 0 | 1;

const FUTURE =
  "will|won't|wo n't|shall|'ll|would|going\\s+to|scheduled|set\\s+to|due|expects?|expected|plans?|planned|planning|" +
  "intends?|intended|aims?|upcoming|forthcoming|next|coming|ahead|until|to\\s+be\\s+held|to\\s+begin|to\\s+start|to\\s+take\\s+place|" +
  "could|might|should|must|likely|possible|potential|take\\s+place";
const PAST =
  "was|were|had|did|said|told|ago|last|earlier|previously|recently|began|came|took|made|went|won|lost|fell|rose|" +
  "gave|held|met|saw|sold|bought|left|ran|grew|became|brought|built|caught|chose|drove|fought|found|flew|fled|" +
  "got|heard|kept|knew|led|paid|sent|sought|spent|spoke|stood|struck|swung|slid|sank|threw|wrote|broke|" +
  "fallen|risen|grown|taken|given|shown|begun|become|gone|done|seen|known|written|spoken|chosen|driven|sunk|shrunk|[a-z]{2,}ed";

const CUE = new RegExp(`\\b(?:(${FUTURE})|(${PAST}))\\b`, "gi");
const ANY_CUE = new RegExp(CUE.source, "i");
const WINDOW = 160;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - WINDOW);
  for (let i = start - 1; i >= from; i--) {
    const c = text[i];
    if (c === "\n" || ((c === "." || c === "!" || c === "?") && /\s/.test(text[i + 1] ?? ""))) {
      from = i + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + WINDOW);
  for (let i = end; i < to; i++) {
    const c = text[i];
    if (c === "\n" || ((c === "." || c === "!" || c === "?") && /\s|$/.test(text[i + 1] ?? ""))) {
      to = i;
      break;
    }
  }
  return [from, to];
}

/** A coordinated clause's edge: "…in September, and the deal is expected…", "…; it will…". */
const CLAUSE_EDGE = /[;:]\s|,\s+(?:and|but|while|whereas)\s/g;

/** The clause of the sentence that holds [start, end). */
function clauseBounds(text: string, from: number, to: number, start: number, end: number): [number, number] {
  let clauseFrom = from;
  let clauseTo = to;
  CLAUSE_EDGE.lastIndex = 0;
  const sentence = text.slice(from, to);
  for (let m = CLAUSE_EDGE.exec(sentence); m; m = CLAUSE_EDGE.exec(sentence)) {
    const at = from + m.index;
    if (at + m[0].length <= start) clauseFrom = at + m[0].length;
    else if (at >= end && at < clauseTo) clauseTo = at;
  }
  return [clauseFrom, clauseTo];
}

const UNFORESEEN_AFTER =
  /^['’]s\s+(?:[\p{L}\d.,-]+\s+){0,2}?(?:earthquakes?|quakes?|temblors?|tremors?|aftershocks?|explosions?|blasts?|crash(?:es)?|collapses?|landslides?|mudslides?|derailments?|stampedes?|shootings?)\b/iu;

export function directionAt(text: string, start: number, end: number): Direction {
  // "since Friday", "ever since March": the time is behind us whatever the verb's tense.
  if (/\bsince\s+$/i.test(text.slice(Math.max(0, start - 7), start))) return -1;
  // "will raise the response to Friday's quake": a time owning a happening no one can schedule
  // (a quake, a blast, a crash) is when it happened, whatever the tense of the clause around it.
  if (UNFORESEEN_AFTER.test(text.slice(end, end + 60))) return -1;
  const [sentenceFrom, sentenceTo] = sentenceBounds(text, start, end);
  // the tense of the expression's own clause, else of its sentence
  const [clauseFrom, clauseTo] = clauseBounds(text, sentenceFrom, sentenceTo, start, end);
  const own = nearestCue(text, clauseFrom, clauseTo, start, end);
  return own !== 0 ? own : nearestCue(text, sentenceFrom, sentenceTo, start, end);
}

// A short quoted phrase ("“possible collateral damage”"): someone's words, whose adjectives
// ("possible", "upcoming") tell nothing of the tense of a time outside them; their verbs still do
// ('He said “talks will resume” on Tuesday').
const ADJECTIVAL = /^(?:possible|potential|likely|upcoming|forthcoming|coming)$/i;
const QUOTED = /[“"]([^“”"]{1,80})[”"]/g;
const REPORTING = /^(?:said|told|added|noted|wrote|announced|reported|explained|stated)$/i;
const PASSIVE_BE = /(\bto\s+)?\b(?:be|being)\s+$/i;

/** The rest of a sentence after an attribution holds no verb of its own ("in a statement."). */
function isFinal(rest: string): boolean {
  return rest.length <= 60 && !ANY_CUE.test(rest);
}

function nearestCue(text: string, from: number, to: number, start: number, end: number): Direction {
  const sentence = text.slice(from, to);
  // The quotations of the sentence that do not hold the expression: their cues are not its tense.
  const quoted: [number, number][] = [];
  QUOTED.lastIndex = 0;
  for (let q = QUOTED.exec(sentence); q; q = QUOTED.exec(sentence)) {
    const qStart = from + q.index;
    const qEnd = qStart + q[0].length;
    if (!(qStart <= start && end <= qEnd)) quoted.push([qStart, qEnd]);
  }
  let best: Direction = 0;
  let bestDistance = Infinity;
  CUE.lastIndex = 0;
  for (let match = CUE.exec(sentence); match; match = CUE.exec(sentence)) {
    const cueStart = from + match.index;
    const cueEnd = cueStart + match[0].length;
    if (cueEnd > start && cueStart < end) continue;
    if (ADJECTIVAL.test(match[0]) && quoted.some(([a, b]) => a <= cueStart && cueEnd <= b)) continue;
    // A participle after "be" ("will be held") is not a past tense: the auxiliary before it carries
    // the tense of the verb group; "to be" + participle ("is to be released") is an arrangement ahead.
    // An attribution appended at the end after a comma or quotation (", the minister said in a
    // statement.") frames the sentence; the tense of the reported clause is the time's. A fronted
    // time ("In May, the ministry said it would…") still takes the verb after it.
    if (
      cueStart >= end &&
      REPORTING.test(match[0]) &&
      /[,"”]/.test(text.slice(end, cueStart)) &&
      isFinal(text.slice(cueEnd, to))
    )
      continue;
    // "held talks on Wednesday ahead of a potential summit": "ahead of" after the time places it
    // before something else, and neither it nor its phrase says the tense; the verb does.
    if (cueStart >= end && /\bahead\s+of\b/i.test(text.slice(end, cueEnd + 4))) continue;
    let cue: Direction = match[1] !== undefined ? 1 : -1;
    if (cue < 0) {
      const be = PASSIVE_BE.exec(text.slice(Math.max(0, cueStart - 10), cueStart));
      if (be && !be[1]) continue;
      if (be) cue = 1;
    }
    const distance = cueEnd <= start ? start - cueEnd : cueStart - end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = cue;
    }
  }
  return best;
}
