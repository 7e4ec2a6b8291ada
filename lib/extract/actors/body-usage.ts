import type { ActorRegistry } from "./registry";

/**
 * "Lufthansa pilots", "Nakamori shareholders", "workers at Ferrovale", "employees of Kotimetsa":
 * a name whose staff, customers, shares or plants the article speaks of is a body's, not a
 * person's, whatever its words sound like. People are not written so in news English ("Obama
 * supporters" names followers, not staff, and is not read here).
 */
const STAFF = String.raw`(?:pilots|workers|employees|staff|staffers|crews?|drivers|engineers|passengers|customers|clients|shareholders|stockholders|investors|executives|managers|shares|stock|stores|outlets|plants|factories|mines|flights|subsidiaries)`;
const STAFF_AFTER = new RegExp(String.raw`^['’]?s?\s+${STAFF}\b`, "u");
const STAFF_BEFORE = new RegExp(String.raw`\b${STAFF}\s+(?:at|of|for|from)\s+(?:the\s+)?$`, "iu");
// A name of one or two capitalised words, as written ("Mr Smith's staff" is a person's).
const PLAIN_NAME = /^\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)?$/u;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+$/;

const writtenAsBody = (text: string, start: number, end: number) =>
  !HONORIFIC.test(text.slice(Math.max(0, start - 5), start)) &&
  (STAFF_AFTER.test(text.slice(end, end + 24)) || STAFF_BEFORE.test(text.slice(Math.max(0, start - 24), start)));

/**
 * Makes a person-kind actor written as a body's (see above) an organisation: on one sentence's
 * mentions as it is read (`sentence`), so that "the company" after it can be it, and, at the end
 * (no `sentence`), wherever the text writes its name.
 */
export function bodiesByUsage(text: string, reg: ActorRegistry, sentence?: number): void {
  if (sentence !== undefined) {
    for (const m of reg.mentions) {
      const actor = m.sentence === sentence && m.via !== "coref" ? reg.actors.get(m.actor) : undefined;
      // One word only while reading: a longer name may yet join a fuller one ("Becton Dickinson & Co").
      if (actor?.kind === "person" && /^\p{Lu}[\p{L}&-]*$/u.test(actor.name) && writtenAsBody(text, m.start, m.end))
        actor.kind = "organization";
    }
    return;
  }
  for (const actor of reg.actors.values()) {
    if (actor.kind !== "person" || !PLAIN_NAME.test(actor.name)) continue;
    if (wholeNameAt(text, actor.name).some((at) => writtenAsBody(text, at, at + actor.name.length)))
      actor.kind = "organization";
  }
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The code point of `text` that ends at `i` (a letter outside the BMP is two UTF-16 units). */
function codePointBefore(text: string, i: number): string {
  if (i <= 0) return "";
  const low = text.charCodeAt(i - 1);
  const pair = i >= 2 && low >= 0xdc00 && low <= 0xdfff && /[\ud800-\udbff]/.test(text[i - 2]!);
  return text.slice(pair ? i - 2 : i - 1, i);
}

/** Where `name` stands in `text` as a whole word: no letter or digit right before or after it. */
function wholeNameAt(text: string, name: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(name); i >= 0; ) {
    const after = String.fromCodePoint(text.codePointAt(i + name.length) ?? 32);
    const whole = !LETTER_OR_DIGIT.test(codePointBefore(text, i)) && !LETTER_OR_DIGIT.test(after);
    if (whole) found.push(i);
    i = text.indexOf(name, whole ? i + name.length : i + 1);
  }
  return found;
}
