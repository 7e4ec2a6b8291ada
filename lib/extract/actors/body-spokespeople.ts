import { slug, type ActorRegistry } from "./registry";

/**
 * "…, a military spokesman said", "a ministry spokeswoman told reporters": an unnamed spokesperson
 * of a body named by its lower-case word, speaking. The body's voice when the article names a
 * body with that word ("China's foreign ministry"); else a source of its own, "military spokesman".
 */
const BODY_SPOKESPERSON =
  /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(military|army|police|government|ministry|navy|party|union|company|court|embassy)\s+spokes(?:man|woman|person)\b(?=(?:\s+in\s+\p{Lu}[\p{L}-]*)?,?\s+(?:also\s+|later\s+)?(?:said|says|told|added)\b)/gu;

export function findBodySpokespeople(text: string, from: number, to: number, sentence: number, reg: ActorRegistry): void {
  const s = text.slice(from, to);
  if (!s.includes("spokes")) return;
  for (const m of s.matchAll(BODY_SPOKESPERSON)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!reg.isFree(start, end)) continue;
    const word = m[1]!;
    const body = [...reg.actors.values()].find(
      (a) => a.kind === "organization" && a.name.toLowerCase().split(/\s+/).includes(word),
    );
    if (body) {
      reg.mention(body.id, start, end, sentence, "coref", text.slice(start, end));
      continue;
    }
    const name = m[0].replace(/^\S+\s+/, "");
    reg.ensure(slug(name), name, "source");
    reg.mention(slug(name), start, end, sentence, "pattern", text.slice(start, end));
  }
}
