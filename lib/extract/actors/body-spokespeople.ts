import { slug, type ActorRegistry } from "./registry";

/**
 * "…, a military spokesman said", "a ministry spokeswoman told reporters", "a police spokeswoman in
 * Kandy told reporters": an unnamed spokesperson of a body named by its lower-case word, speaking.
 * The body's voice when the article names a body with that word ("China's foreign ministry", "the
 * Sri Lanka Army"); else an unnamed source of its own ("Military spokesman"), as "a diplomat" is.
 */
const BODY = "military|army|navy|police|security|rebel|militant|insurgent|government|ministry|party|union|company|court|embassy";
const BODY_SPOKESPERSON = new RegExp(
  String.raw`\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(${BODY})\s+spokes(?:man|woman|person)\b(?=(?:\s+in\s+\p{Lu}[\p{L}-]*)?,?\s+(?:also\s+|later\s+)?(?:said|says|told|added)\b)`,
  "gu",
);
const BODY_KINDS = new Set(["organization", "alliance", "coalition", "bloc", "group", "state", "media"]);

export function findBodySpokespeople(text: string, from: number, to: number, sentence: number, reg: ActorRegistry): void {
  const s = text.slice(from, to);
  if (!s.includes("spokes")) return;
  for (const m of s.matchAll(BODY_SPOKESPERSON)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!reg.isFree(start, end)) continue;
    const word = m[1]!.toLowerCase();
    const body = [...reg.actors.values()].find(
      (a) => BODY_KINDS.has(a.kind) && a.name.toLowerCase().split(/\s+/).includes(word),
    );
    if (body) {
      reg.mention(body.id, start, end, sentence, "coref", text.slice(start, end));
      continue;
    }
    const phrase = m[0].replace(/^\S+\s+/, "");
    const name = phrase[0]!.toUpperCase() + phrase.slice(1);
    reg.ensure(slug(name), name, "source");
    reg.mention(slug(name), start, end, sentence, "pattern", text.slice(start, end));
  }
}
