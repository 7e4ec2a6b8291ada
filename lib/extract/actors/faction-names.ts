import { initialsOf } from "./initials-names";
import { slug, type ActorRegistry } from "./registry";

/**
 * "CPN (UML)", "CPN (Maoist Center)", "CPN (Unified Socialist)": one set of letters with several
 * qualifiers in brackets names several bodies, the factions of a party split under one name (as
 * South Asian parties are written: "Janata Dal (United)", "Janata Dal (Secular)"). Read only when
 * the article gives the letters two different qualifiers at least, and a qualifier that spells the
 * letters out ("NATO (North Atlantic Treaty Organization)") is the letters' definition, no faction.
 */
const FACTION = /(?<![\p{L}\p{N}])([A-Z]{2,6})\s+\((\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\)/gu;

export function findFactionNames(text: string, sentences: readonly { start: number; end: number; index: number }[], reg: ActorRegistry): void {
  if (!text.includes(" (")) return;
  const found = [...text.matchAll(FACTION)].filter((m) => !initialsOf(m[1]!, m[2]!.split(/[\s-]+/)) && m[2] !== m[1]);
  const qualifiers = new Map<string, Set<string>>();
  for (const m of found) qualifiers.set(m[1]!, (qualifiers.get(m[1]!) ?? new Set()).add(m[2]!));
  for (const m of found) {
    if (qualifiers.get(m[1]!)!.size < 2) continue;
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentences.find((s) => s.start <= start && end <= s.end);
    if (!sentence || !reg.isFree(start, end)) continue;
    const name = `${m[1]} (${m[2]})`;
    reg.ensure(slug(name), name, "organization");
    reg.mention(slug(name), start, end, sentence.index, "pattern", name);
  }
}
