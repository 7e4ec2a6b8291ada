import { type Certainty, Certainty as CertaintyOrder } from "../model";
import type { Clause, WithModality, WithTime } from "./types";
import { execAll } from "./exec-all";

/**
 * Hedges and their reach. `forward` cues (could, likely, potential) qualify what follows them
 * in the clause; `back` cues (scheduled for, set for) the event just before; `clause` cues
 * (if, unless, unclear) the whole clause. The weakest applicable cue wins.
 */
export type Cue = { re: RegExp; certainty: Certainty; scope: "forward" | "back" | "clause" };

export const CUES: Cue[] = [
  {
    re: /\b(?:unclear|uncertain|unknown|not clear|remains? to be seen|unresolved|undecided|no decision)\b/gi,
    certainty: "unclear",
    scope: "clause",
  },
  { re: /\bwhether\b/gi, certainty: "unclear", scope: "forward" },
  // "did not say how many people were arrested", "declined to say when talks resume": an indirect
  // question left open states nothing of what follows.
  {
    re: /\b(?:not|n['’]t|never|declined to|refused to)\s+(?:say|said|disclose|reveal|specify|confirm|explain|indicate|know)\s+(?:how many|how much|how|when|why|where|who|which)\b/gi,
    certainty: "unclear",
    scope: "forward",
  },
  {
    re: /\b(?:if|unless|provided that|in case|on condition that|conditional on|in the event that)\b/gi,
    certainty: "conditional",
    scope: "clause",
  },
  // "X said it would sue Y": a reported future is what its speaker expects, not a condition.
  { re: /(?<!\b(?:said|says|told [\p{L}\s]{1,30}?|announced|added|stated|confirmed|insisted|warned|vowed|promised|pledged)\s+(?:that\s+)?(?:it|he|she|they|we)\s+)\bwould\b/giu, certainty: "conditional", scope: "forward" },
  {
    re: /\b(?:said|says|announced|added|stated|confirmed|insisted|warned|vowed|promised|pledged)\s+(?:that\s+)?(?:it|he|she|they|we)\s+would\b/gi,
    certainty: "probable",
    scope: "forward",
  },
  // "threatened to sue Y": the threat is made, what it threatens may or may not follow.
  { re: /\bthreat(?:en|ens|ened|ening)\s+to\b/gi, certainty: "possible", scope: "forward" },
  // Put on the table, not agreed: what is demanded, proposed, offered or under discussion.
  {
    re: /\b(?:demand(?:s|ed|ing)?|calls? for|called for|urg(?:e|es|ed|ing)|push(?:es|ed|ing)? for|insist(?:s|ed|ing)? on|propos(?:e|es|ed|ing)|proposals? (?:to|for|of)|offer(?:s|ed|ing)? to|offers? of|options?|under (?:discussion|consideration|negotiation)|(?:being|to be) (?:discussed|negotiated|considered)|on the table)\b/gi,
    certainty: "proposed",
    scope: "forward",
  },
  // "a ceasefire is being discussed", "the merger remains on the table": the event just before it.
  {
    re: /\b(?:is|are|was|were|remains?|remained|being|now)\s+(?:being\s+)?(?:discussed|negotiated|debated|under (?:discussion|consideration|negotiation)|on the table)\b/gi,
    certainty: "proposed",
    scope: "back",
  },
  {
    re: /\b(?:could|might|may|possible|possibly|potential|potentially|perhaps|consider(?:s|ing|ed)?|mulling|weighing|can)\b/g,
    certainty: "possible",
    scope: "forward",
  },
  // An outlet's, an agency's or an analyst's assessment, view or belief: what it holds, not a fact it reports.
  {
    re: /\b(?:according to [^,;:]{0,40}?\b(?:assessments?|views?|analys[ie]s|estimates?|reading|interpretation|opinion)|in (?:the|its|his|her|their|our|[\p{Lu}][\p{L}]*['’]s) (?:view|assessment|opinion|estimation|analysis)|in the (?:view|opinion|assessment) of|believes?|believed|(?:assess(?:es|ed)?|argues?|argued|thinks?) that|(?:analysts?|experts?|observers?|commentators?)\s+(?:say|said|believe|think|expect|argue|see)|(?:is|are|was|were) (?:widely )?(?:seen|viewed|regarded|characteri[sz]ed) as)\b/giu,
    certainty: "probable",
    scope: "clause",
  },
  {
    re: /\b(?:likely|expected|expects?|probably|anticipated|poised|aims?|aimed|aiming|seeks?|seeking|plans? to|planning to|intends?|intending|hopes?|hoping|prepared to|ready to|going to|will|shall|is to|are to|wants? to|pledged? to|promised? to)\b/gi,
    certainty: "probable",
    scope: "forward",
  },
  // "a meeting … will be held", "the vote is to take place": the future of the event named just before.
  {
    re: /\b(?:will|shall|is to|are to)(?=\s+(?:be held|take place|go ahead|convene|begin|start|open|resume)\b)/gi,
    certainty: "probable",
    scope: "back",
  },
  {
    re: /\b(?:scheduled|slated|planned|set|due)\s+(?:for|to|on)\b/gi,
    certainty: "scheduled",
    scope: "back",
  },
  { re: /\b(?:scheduled|slated)\b/gi, certainty: "scheduled", scope: "back" },
];

// Where a sentence divides into clauses: coordinated verb phrases with their own modal, contrasts, relatives with a modal.
const CLAUSE_BREAK =
  /;|:|\s[—–]\s|,\s*(?:but|while|whereas|although|though|yet)\b|\s(?=(?:and|or|but)\s+(?:could|would|will|may|might|should|can|must|is|are|was|were)\b)|\s(?=(?:that|which)\s+(?:would|could|might|may|will)\b)/g;

export const weakest = (a: Certainty, b: Certainty): Certainty =>
  CertaintyOrder.indexOf(a) >= CertaintyOrder.indexOf(b) ? a : b;

export type CueHit = {
  start: number;
  end: number;
  certainty: Certainty;
  scope: Cue["scope"];
  text: string;
};

/** Stage 4: cuts sentences into clauses and finds the hedges in each. */
export function findModality(doc: WithTime): WithModality {
  const clauses: Clause[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    let from = 0;
    CLAUSE_BREAK.lastIndex = 0;
    for (const m of text.matchAll(CLAUSE_BREAK)) {
      if (m.index > from)
        clauses.push(makeClause(doc.text, s.start + from, s.start + m.index, s.index));
      from = m.index + m[0].length;
    }
    if (from < text.length) clauses.push(makeClause(doc.text, s.start + from, s.end, s.index));
  }
  return { ...doc, clauses };
}

function makeClause(text: string, start: number, end: number, sentence: number): Clause {
  const cues = cuesIn(text, start, end);
  const certainty = cues
    .filter((c) => c.scope === "clause")
    .reduce<Certainty>((acc, c) => weakest(acc, c.certainty), "fact");
  return { start, end, sentence, certainty, cues: cues.map((c) => c.text) };
}

// The hedges of the spans of the last text read: a clause's are asked for by each of its triggers.
const memo = { text: "", spans: new Map<string, readonly CueHit[]>() };

/** Every hedge between start and end, in text order (a new array; its hits are shared, read-only). */
export function cuesIn(text: string, start: number, end: number): CueHit[] {
  if (memo.text !== text) memo.spans = new Map();
  memo.text = text;
  const key = `${start}:${end}`;
  const known = memo.spans.get(key) ?? scanCues(text, start, end);
  memo.spans.set(key, known);
  return [...known];
}

function scanCues(text: string, start: number, end: number): CueHit[] {
  const s = text.slice(start, end);
  const hits: CueHit[] = [];
  for (const cue of CUES) {
    for (const m of execAll(cue.re, s)) {
      // "May" the month is not the modal.
      if (m[0] === "May") continue;
      hits.push({
        start: start + m.index,
        end: start + m.index + m[0].length,
        certainty: cue.certainty,
        scope: cue.scope,
        text: m[0],
      });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The certainty of an event whose trigger sits at [start, end) in `clause`: the weakest of the
 * clause-wide cues, the forward cues before it, and a back cue right after it.
 */
export function certaintyAt(
  text: string,
  clause: { start: number; end: number },
  start: number,
  end: number,
  nextTrigger: number,
): { certainty: Certainty; cues: string[] } {
  let certainty: Certainty = "fact";
  const used: string[] = [];
  const hits = cuesIn(text, clause.start, clause.end).filter(
    (c) =>
      c.scope === "clause" ||
      (c.scope === "forward" && c.end <= start) ||
      (c.scope === "back" && c.start >= end && c.start < nextTrigger),
  );
  const tabled = hits.find((c) => c.certainty === "proposed");
  for (const c of hits) {
    // "options under discussion include a potential deployment": the adjective restates the proposal.
    if (tabled && c.start > tabled.start && RESTATES_PROPOSAL.test(c.text)) continue;
    certainty = weakest(certainty, c.certainty);
    used.push(c.text);
  }
  return { certainty, cues: used };
}

const RESTATES_PROPOSAL = /^(?:potential|possible)$/i;
