/**
 * The words of a violent act. News names one shooting by what was done ("opened fire", "the
 * shooting", "shots", "gunfire") and by what it was called ("the attack", "the massacre", "the
 * rampage"); one stabbing, one bombing likewise. Within the attack kind, the words of one means of
 * attack are one word, and the words that name an attack whatever its means are one more, which
 * every report of a shooting, a stabbing or a bombing also carries: "the attack" joins the
 * shooting, and a shooting and a bombing share only that they were attacks.
 */
const MEANS: Record<string, string> = {
  shooting: "shoot",
  shoot: "shoot",
  shot: "shoot",
  shots: "shoot",
  gunfire: "shoot",
  gunshot: "shoot",
  gunshots: "shoot",
  gunman: "shoot",
  gunmen: "shoot",
  stabbing: "stab",
  stabbed: "stab",
  stab: "stab",
  bombing: "bomb",
  bomb: "bomb",
  bombed: "bomb",
  blast: "bomb",
};
/** Words naming an attack whatever its means. */
const GENERIC = new Set(["attack", "massacre", "rampage", "assault", "ambush", "atrocity"]);
export const ATTACK_WORD = "attack";

/** "Opened fire", "opens fire", "opening fire": the fire of guns, not of a blaze ("set fire to"). */
const OPEN_FIRE = /\bopen(?:s|ed|ing)?\s+fire\b/i;

/**
 * A report's label words, with the words of its act folded: its means ("shoot") and, for any
 * means, the generic word ("attack"). `fire` is gunfire only when its sentence says fire was opened.
 * Reports of another kind than "attack" keep their words.
 */
export function actWords(words: Iterable<string>, kind: string, sentence: string): string[] {
  const list = [...words];
  if (kind !== "attack") return list;
  const gunfire = OPEN_FIRE.test(sentence);
  let act = false;
  const out = list.map((w) => {
    const means = MEANS[w] ?? (w === "fire" && gunfire ? "shoot" : undefined);
    if (means) {
      act = true;
      return means;
    }
    if (GENERIC.has(w)) {
      act = true;
      return ATTACK_WORD;
    }
    return w;
  });
  return act ? [...new Set([...out, ATTACK_WORD])] : out;
}

const MEANS_WORDS = new Set(Object.values(MEANS));

/**
 * Whether two attack reports name one means of attack ("the shooting", "opened fire"): in one
 * story, the words of the act say more of which incident it is than the circumstance a long label
 * adds ("the shooting at the beach on a hot evening").
 */
export function shareMeans(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (MEANS_WORDS.has(w) && b.has(w)) return true;
  return false;
}

/** "Jane Roe shot dead", "John Doe was shot": a named person shot, another shooting than the one they did. */
const NAMED_SHOT =
  /^(?:[A-Z][\w'’-]*\s+)+(?:(?:was|were|is|remains|has been)\s+shot\b|shot(?:\s+(?:dead|by)\b|\s*$))/;

export function namesPersonShot(label: string): boolean {
  return NAMED_SHOT.test(label);
}
