import { initialsOf } from "./initials-names";
import type { ActorRegistry } from "./registry";

const ACRONYM = /\b[A-Z]{2,6}\b/g;

/**
 * "The Pakistan Cricket Board banned X … The PCB announced that …": capitals that are exactly the
 * initials of a body the article named before stand for it, though the article never gave them in
 * brackets. Only one body of the article may spell them, and only after it is named.
 */
export function findUndefinedAcronyms(
  text: string,
  sentences: readonly { start: number; end: number; index: number }[],
  reg: ActorRegistry,
): void {
  const bodies = [...reg.actors.values()].filter(
    (a) => a.kind === "organization" && a.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= 3,
  );
  if (bodies.length === 0) return;
  const firstAt = new Map<string, number>();
  for (const m of reg.mentions) if (!firstAt.has(m.actor) || m.start < firstAt.get(m.actor)!) firstAt.set(m.actor, m.start);
  for (const m of text.matchAll(ACRONYM)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!reg.isFree(start, end)) continue;
    const fits = bodies.filter(
      (a) => initialsOf(m[0], a.name.split(/\s+/)) && (firstAt.get(a.id) ?? Infinity) < start,
    );
    if (fits.length !== 1) continue;
    const sentence = sentences.find((x) => x.start <= start && start < x.end)?.index ?? 0;
    reg.mention(fits[0]!.id, start, end, sentence, "coref", m[0]);
  }
}
