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
    const name = actor.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${name}(?![\p{L}\p{N}])`, "gu")))
      if (writtenAsBody(text, m.index, m.index + m[0].length)) {
        actor.kind = "organization";
        break;
      }
  }
}
