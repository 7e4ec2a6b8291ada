import { gazetteer } from "../gazetteer";
import type { ActorRegistry } from "./registry";
import { slug } from "./registry";

/**
 * "Zimbabwean officials have said", "Israeli and Palestinian officials said": officials described
 * by their nationality and speaking are a source of their own, not the state their adjective
 * names (which may speak elsewhere in its own name). Read before the gazetteer so that the
 * demonym stays inside the source.
 */
const DEMONYM_OFFICIALS =
  /\b(\p{Lu}\p{Ll}+)(?:\s+and\s+(\p{Lu}\p{Ll}+))?\s+(?:(?:security|health|government|military|police|election|local|senior|top|defen[cs]e|foreign\s+ministry)\s+)?officials\b(?=\s+(?:have\s+|has\s+|had\s+|also\s+|later\s+|on\s+\p{Lu}\p{Ll}+day\s+)?(?:said|say|says|told|confirmed|estimated|warned|announced|reported)\b)/gu;

const isDemonym = (w: string) => gazetteer.match([w], 0)?.role === "demonym";

export function findDemonymSources(text: string, from: number, to: number, sentence: number, reg: ActorRegistry): void {
  const s = text.slice(from, to);
  for (const m of s.matchAll(DEMONYM_OFFICIALS)) {
    if (!isDemonym(m[1]!) || (m[2] !== undefined && !isDemonym(m[2]))) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    if (!reg.isFree(start, end)) continue;
    const name = m[0].replace(/\s+/g, " ");
    reg.ensure(slug(name), name, "official");
    reg.mention(slug(name), start, end, sentence, "pattern", text.slice(start, end));
  }
}
