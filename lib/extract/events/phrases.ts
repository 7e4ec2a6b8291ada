/**
 * Event labels from the words around a trigger, by shallow rules over tokens: noun-phrase
 * modifiers to the left, up to two prepositional phrases to the right, a verb's object.
 */
const DETERMINERS = new Set(
  "a an the this that these those its their his her our your my some any another every each".split(
    " ",
  ),
);
const PREPOSITIONS = new Set(
  "of in on with between for against over into to from among across near".split(" "),
);
const STOPS = new Set(
  "after before following during ahead until once if when while whereas that which who whom where why how because as than and or but nor so is are was were be been being has have had will would could can may might should must do does did not by through via scheduled planned expected set slated due".split(
    " ",
  ),
);
const MAX_RIGHT = 8;

/** A sentence's words; `timed[i]` marks words inside a time expression, where labels stop. */
export type Words = {
  text: readonly string[];
  lower: readonly string[];
  timed?: readonly boolean[];
};

const isPunct = (w: string) => !/^[\p{L}\p{N}'’]/u.test(w) && w !== "«" && w !== "»";
const isModifier = (w: string, lower: string) =>
  !DETERMINERS.has(lower) &&
  !PREPOSITIONS.has(lower) &&
  !STOPS.has(lower) &&
  !isPunct(w) &&
  (/^\p{Lu}/u.test(w) ||
    /^['’]s$/i.test(w) ||
    /-/.test(w) ||
    NOUN_MODIFIERS.has(lower) ||
    /(?:al|ic|ive|ary|ous|ern|ian|ese|ish|ful|ing)$/.test(lower));
const NOUN_MODIFIERS = new Set(
  "joint peace trade security border air sea naval drone missile nuclear emergency snap general presidential parliamentary local state working high-level leaders ministerial bilateral trilateral multilateral final new fresh first second third last main key major broad broader full formal informal secret direct indirect ground troop intelligence aid arms gas oil grain energy prisoner hostage".split(
    " ",
  ),
);

/** Start index of the noun phrase ending at `head` (inclusive of pre-modifiers, possessors and a determiner-free run). */
export function leftEdge(words: Words, head: number, floor: number): number {
  let i = head;
  let steps = 0;
  while (i - 1 >= floor && steps < 4) {
    const w = words.text[i - 1]!;
    const l = words.lower[i - 1]!;
    if (!isModifier(w, l)) break;
    i--;
    steps++;
  }
  // "today's announcement": a possessive whose possessor is left out (a time, a name beyond the
  // floor) does not start the label.
  while (i < head && /^['’]s$/i.test(words.text[i]!)) i++;
  return i;
}

/** End index (exclusive) after up to two prepositional phrases following position `from`. */
export function rightEdge(words: Words, from: number, limit: number): number {
  let end = from;
  let pps = 0;
  let i = from;
  while (i < limit && pps < 2 && i - from < MAX_RIGHT) {
    const l = words.lower[i]!;
    if (!PREPOSITIONS.has(l) || words.timed?.[i + 1]) break;
    let j = i + 1;
    let content = 0;
    while (j < limit && j - from < MAX_RIGHT) {
      const w = words.text[j]!;
      const lj = words.lower[j]!;
      if (isPunct(w) || STOPS.has(lj) || PREPOSITIONS.has(lj) || words.timed?.[j]) break;
      if (!DETERMINERS.has(lj)) content++;
      j++;
    }
    if (content === 0) break;
    end = j;
    i = j;
    pps++;
  }
  return end;
}

/** End index (exclusive) of a verb's object: a determiner, modifiers and a head noun, then its PPs. */
export function objectEdge(words: Words, verbEnd: number, limit: number): number {
  if (PREPOSITIONS.has(words.lower[verbEnd] ?? "")) return rightEdge(words, verbEnd, limit);
  let j = verbEnd;
  while (j < limit && j - verbEnd < 6) {
    const w = words.text[j]!;
    const l = words.lower[j]!;
    if (isPunct(w) || STOPS.has(l) || PREPOSITIONS.has(l) || words.timed?.[j]) break;
    // A participle after the object starts a reduced relative clause: "intelligence gathered through drones".
    if (j > verbEnd && /^[a-z]+ed$/.test(w) && !DETERMINERS.has(words.lower[j - 1]!)) break;
    j++;
  }
  return j === verbEnd ? j : rightEdge(words, j, limit);
}

export function phrase(
  text: string,
  tokens: readonly { start: number; end: number }[],
  from: number,
  to: number,
): string {
  const s = text
    .slice(tokens[from]!.start, tokens[to - 1]!.end)
    .replace(/\s+/g, " ")
    .replace(/[«»"“”]/g, "");
  return s.charAt(0).toUpperCase() + s.slice(1);
}
