import type { ActorRegistry } from "./registry";
import { slug } from "./registry";

/**
 * "…, a military spokesman said", "a police spokeswoman in Kandy told reporters": a spokesperson
 * of a force the article never names, speaking unnamed. One actor per description, a source like
 * "a diplomat" is. A force the article names ("the Sri Lanka Army") speaks through its
 * spokesperson instead (the attribution stage's institution voice), so no actor is made then.
 */
const FORCE = "military|army|navy|police|security|rebel|militant|insurgent";
const VOICE = new RegExp(
  String.raw`\b[Aa]n?\s+(${FORCE})\s+spokes(?:man|woman|person)\b(?=(?:\s+in\s+\p{Lu}[\p{L}-]*)?,?\s+(?:also\s+|later\s+)?(?:said|says|told|added)\b)`,
  "gu",
);

export function findUnnamedVoices(text: string, from: number, to: number, sentence: number, reg: ActorRegistry): void {
  VOICE.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(VOICE)) {
    const force = m[1]!.toLowerCase();
    const phrase = m[0].replace(/^[Aa]n?\s+/, "");
    const name = phrase[0]!.toUpperCase() + phrase.slice(1);
    const named = [...reg.actors.values()].some(
      (a) => a.kind !== "source" && a.name.toLowerCase().split(/\s+/).includes(force),
    );
    if (named) continue;
    const start = from + m.index;
    reg.ensure(slug(name), name, "source");
    reg.mention(slug(name), start, start + m[0].length, sentence, "pattern", m[0]);
  }
}
