import type { ActorRegistry } from "./registry";
import { merge } from "./variants";

const PEOPLE = new Set<string>(["person", "leader", "official"]);

/**
 * A short name the article gives a person ("Joko Widodo, known as Jokowi", "…, better known as
 * Jokowi") is that person's: an actor read under the short name joins the full one, and the short
 * name said again on its own is a mention of them.
 */
export function findNicknames(
  text: string,
  sentences: readonly { start: number; end: number; index: number }[],
  reg: ActorRegistry,
): void {
  const byEnd = new Map(reg.mentions.map((m) => [m.end, m]));
  const nick = new Map<string, string>();
  const re = /,\s+(?:(?:better|popularly|widely|commonly|universally)\s+)?known\s+as\s+["'‘“]?([A-Z][\p{L}'-]+)["'’”]?/gu;
  for (const m of text.matchAll(re)) {
    const named = byEnd.get(m.index);
    const actor = named && reg.actors.get(named.actor);
    if (!actor || !PEOPLE.has(actor.kind) || nick.has(m[1]!) || m[1] === actor.name) continue;
    nick.set(m[1]!, actor.id);
  }
  if (nick.size === 0) return;
  const into = new Map<string, string>();
  for (const b of reg.actors.values()) {
    const to = nick.get(b.name);
    if (to && to !== b.id && reg.actors.has(to)) into.set(b.id, to);
  }
  merge(reg, into);
  for (const [short, id] of nick) {
    const actor = reg.actors.get(id);
    if (actor && !actor.aliases.includes(short)) actor.aliases.push(short);
  }
  const names = [...nick.keys()].map((k) => k.replace(/[-']/g, "\\$&"));
  const sentenceAt = (at: number) => sentences.find((x) => x.start <= at && at < x.end)?.index ?? 0;
  for (const m of text.matchAll(new RegExp(`\\b(?:${names.join("|")})\\b`, "gu"))) {
    const end = m.index + m[0].length;
    if (!reg.isFree(m.index, end)) continue;
    reg.mention(nick.get(m[0])!, m.index, end, sentenceAt(m.index), "ner", m[0]);
  }
}
