/**
 * Features of the evidence for a relation between two actor mentions of one sentence, for the
 * learned relation stages (relations-report.ts): how far apart the two names stand,
 * what stands between them (a pause, "and", a speech verb, a quotation mark, another name, the
 * lower-case words), which comes first, whether the source is the sentence's first actor, whether
 * the sentence is quoted or reported, the kinds of both actors and the relation's kind. They are
 * about English clause structure only: no capitalised word is ever a feature, so no name is learnt.
 */
export type MentionSpan = { actor: string; start: number; end: number };
export type TextSpan = { start: number; end: number };

const DISTANCE_EDGES = [0, 1, 2, 4, 7, 12, 20];
const MENTION_EDGES = [2, 3, 4, 6];

/** The smallest edge a number reaches, as a bucket name: 0, 1, 2, 4+ … */
function bucket(n: number, edges: readonly number[]): string {
  let b = edges[0]!;
  for (const e of edges) if (n >= e) b = e;
  return `${b}`;
}

const words = (s: string) => s.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
const lowerWord = (w: string | undefined) => (w === undefined ? "^" : /^[\p{Ll}'’-]+$/u.test(w) ? w.toLowerCase() : /^\p{N}/u.test(w) ? "NUM" : "CAP");

const SPEECH = /\b(?:said|says|say|told|tells|added|adds|stated|announced|according to|warned|insisted)\b/i;
const QUOTE = /["“”«»]/;
const RELATIVE = /\b(?:who|which|that|whose|whom)\b/i;
const NEGATION = /\b(?:not|never|no|n['’]t|cannot)\b/i;

/**
 * The features of a directed pair: `source` and `target` are two mentions of `sentence` (among
 * `inSentence`, its actor mentions in text order), `kind` the relation kind proposed between them.
 */
export function pairFeatures(
  text: string,
  sentence: TextSpan,
  inSentence: readonly MentionSpan[],
  source: MentionSpan,
  target: MentionSpan,
  kind: string,
  kindOf: (actor: string) => string | undefined,
): string[] {
  const forward = source.start < target.start;
  const [first, second] = forward ? [source, target] : [target, source];
  const between = text.slice(first.end, Math.max(first.end, second.start));
  const gap = words(between);
  const distance = bucket(gap.length, DISTANCE_EDGES);
  const order = forward ? "st" : "ts";
  const sentenceText = text.slice(sentence.start, sentence.end);
  const others = inSentence.filter((m) => m.actor !== source.actor && m.actor !== target.actor);
  const actorsIn = new Set(inSentence.map((m) => m.actor)).size;
  const f = [
    `k=${kind}`,
    `order=${order}`,
    `k|order=${kind}|${order}`,
    `d=${distance}`,
    `k|d=${kind}|${distance}`,
    `n=${bucket(actorsIn, MENTION_EDGES)}`,
    `sk=${kindOf(source.actor) ?? "?"}`,
    `tk=${kindOf(target.actor) ?? "?"}`,
    `sk|tk=${kindOf(source.actor) ?? "?"}|${kindOf(target.actor) ?? "?"}`,
    `pre=${lowerWord(words(text.slice(sentence.start, first.start)).at(-1))}`,
    `post=${lowerWord(words(text.slice(second.end, sentence.end))[0])}`,
  ];
  if (between.includes(",")) f.push("b:comma");
  if (/[;:—–(]/.test(between)) f.push("b:pause");
  if (/\band\b/i.test(between)) f.push("b:and");
  if (SPEECH.test(between)) f.push("b:speech");
  if (QUOTE.test(between)) f.push("b:quote");
  if (RELATIVE.test(between)) f.push("b:relative");
  if (NEGATION.test(between)) f.push("b:negation");
  if (others.some((m) => m.start >= first.end && m.end <= second.start)) f.push("b:other");
  if (others.some((m) => m.end <= first.start)) f.push("other-before");
  for (const w of new Set(gap.map(lowerWord))) if (w !== "CAP" && w !== "NUM") f.push(`w=${w}`);
  if (inSentence[0]?.actor === source.actor) f.push("source-first");
  if (inSentence[0]?.actor === target.actor) f.push("target-first");
  if (QUOTE.test(sentenceText)) f.push("s:quote");
  if (QUOTE.test(sentenceText.slice(0, 2))) f.push("s:opens-quote");
  if (SPEECH.test(sentenceText)) f.push("s:speech");
  if (SPEECH.test(text.slice(sentence.start, first.start))) f.push("s:speech-before");
  return f;
}

/** The closest pair of mentions of two actors in one sentence, source's first; none when either is not named there. */
export function closestPair(
  inSentence: readonly MentionSpan[],
  source: string,
  target: string,
): [MentionSpan, MentionSpan] | undefined {
  let best: [MentionSpan, MentionSpan] | undefined;
  let gap = Infinity;
  for (const s of inSentence.filter((m) => m.actor === source))
    for (const t of inSentence.filter((m) => m.actor === target)) {
      const d = Math.max(s.start, t.start) - Math.min(s.end, t.end);
      if (d < gap) [best, gap] = [[s, t], d];
    }
  return best;
}

/** What a drawn relation says of itself apart from its actors: kind, label, certainty, how many sentences. */
export type DrawnRelation = { source: string; target: string; kind: string; label: string; certainty: string; evidence: readonly TextSpan[] };

/**
 * The features of a relation the rules drew: its first sentence's pair features (the closest
 * mentions of its two actors there), its label (a cue's verb phrase from the lexicon), its
 * certainty and how many sentences state it; when an end is not named in that sentence (a pronoun,
 * a role, a borrowed subject), that says how it was read.
 */
export function drawnFeatures(
  text: string,
  mentions: readonly MentionSpan[],
  relation: DrawnRelation,
  kindOf: (actor: string) => string | undefined,
): string[] {
  const sentence = relation.evidence[0]!;
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const own = [
    `label=${relation.label}`,
    `cert=${relation.certainty}`,
    `ev=${bucket(relation.evidence.length, [1, 2, 3])}`,
    `sk=${kindOf(relation.source) ?? "?"}`,
    `tk=${kindOf(relation.target) ?? "?"}`,
  ];
  const pair = closestPair(inSentence, relation.source, relation.target);
  if (pair) return [...new Set([...own, ...pairFeatures(text, sentence, inSentence, pair[0], pair[1], relation.kind, kindOf)])];
  const named = inSentence.some((m) => m.actor === relation.source) ? "target" : inSentence.some((m) => m.actor === relation.target) ? "source" : "both";
  return [...own, `k=${relation.kind}`, `unnamed=${named}`, `k|unnamed=${relation.kind}|${named}`];
}
