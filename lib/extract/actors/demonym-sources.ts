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
    if (!reg.mention(slug(name), start, end, sentence, "pattern", text.slice(start, end))) continue;
    officialsState(m, 1, start, sentence, reg);
    if (m[2] !== undefined) officialsState(m, 2, start, sentence, reg);
  }
}

/**
 * "Chinese officials said": the state the officials serve is an actor of the article too (it acts
 * through them), named by the demonym's word; the officials, not the state, are the source. A
 * mention shared with the source's span, so that it takes nothing from the source.
 */
function officialsState(m: RegExpMatchArray, group: 1 | 2, start: number, sentence: number, reg: ActorRegistry): void {
  const form = gazetteer.match([m[group]!], 0)!;
  const at = start + (group === 1 ? 0 : m[0].lastIndexOf(m[group]!, m[0].length - "officials".length));
  reg.ensure(form.entry.id, form.entry.name, form.entry.kind);
  reg.sharedMention(form.entry.id, at, at + m[group]!.length, sentence);
}
