import { normalizeName } from "../text";
import type { Analysis, Span } from "../model";
import type { MergedActors } from "./actors";
import { isPerson } from "./names";
import type { StoryActor } from "./schema";

// Titles of a head of state or government: "the French leader" can only mean one of them.
const HEAD_TITLES = ["president", "prime minister", "chancellor", "premier"] as const;
const TITLE =
  /^(?:'s\s+|’s\s+)?\s*(president|prime minister|chancellor|premier|foreign minister|defence minister|defense minister)\s+$/i;
// "the French president", "The British leader": a title with a state's adjective and no name after it.
const ROLE_PHRASE =
  /\b[Tt]he\s+(\p{Lu}[\p{L}.]+)\s+([Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Pp]remier|[Ll]eader|[Ff]oreign [Mm]inister|[Dd]efen[cs]e [Mm]inister)\b(?!\s+\p{Lu})/gu;

type Role = { state: string; title: string };
const roleKey = (r: Role) => `${r.state}\u0000${r.title}`;

/**
 * Titles the articles give people ("French President Emmanuel Macron", "Italy's Giorgia Meloni"
 * is not one), then role phrases with no name ("the French president", "the British leader")
 * resolved to the one person of the story who holds that title for that state. A role two
 * people hold, or none, stays unresolved. Adds the resolved phrases as mentions and the titles as roles.
 */
export function resolveRoles(analyses: readonly Analysis[], merged: MergedActors): StoryActor[] {
  const byId = new Map(merged.actors.map((a) => [a.id, a]));
  const holders = new Map<string, Set<string>>();
  const titles = new Map<string, Set<string>>();
  for (const analysis of analyses) {
    const { text, id: article } = analysis.article;
    const states = stateMentions(analysis, merged);
    for (const actor of analysis.actors) {
      const person = byId.get(merged.idOf(article, actor.id));
      if (!person || !isPerson(person.kind)) continue;
      for (const m of actor.mentions) {
        const state = states.filter((s) => s.end <= m.start && m.start - s.end <= 30).pop();
        if (!state) continue;
        const title = TITLE.exec(text.slice(state.end, m.start))?.[1]?.toLowerCase();
        if (!title) continue;
        const key = roleKey({ state: state.actor, title });
        holders.set(key, (holders.get(key) ?? new Set()).add(person.id));
        const label = `${text.slice(state.start, state.end)} ${title.replace(/\b\w/g, (c) => c.toUpperCase())}`;
        titles.set(person.id, (titles.get(person.id) ?? new Set()).add(label));
      }
    }
  }
  const holderOf = (state: string, title: string): string | null => {
    const wanted = title === "leader" ? HEAD_TITLES : [title];
    const people = new Set(
      wanted.flatMap((t) => [...(holders.get(roleKey({ state, title: t })) ?? [])]),
    );
    return people.size === 1 ? [...people][0]! : null;
  };
  const stateByName = new Map<string, string>();
  for (const actor of merged.actors)
    if (actor.kind === "state")
      for (const n of [actor.name, ...actor.aliases]) stateByName.set(normalizeName(n), actor.id);
  const added = new Map<string, { article: string; name: string; spans: Span[] }[]>();
  for (const analysis of analyses) {
    const { text, id: article } = analysis.article;
    for (const m of text.matchAll(ROLE_PHRASE)) {
      const state = stateByName.get(normalizeName(m[1]!));
      const person = state ? holderOf(state, m[2]!.toLowerCase()) : null;
      if (!person) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      const list = added.get(person) ?? [];
      const same = list.find(
        (x) => x.article === article && x.name.toLowerCase() === m[0].toLowerCase(),
      );
      if (same) same.spans.push(span);
      else list.push({ article, name: m[0], spans: [span] });
      added.set(person, list);
    }
  }
  return merged.actors.map((actor) => {
    const extra = added.get(actor.id) ?? [];
    const roles = [...(titles.get(actor.id) ?? [])];
    if (extra.length === 0 && roles.length === 0) return actor;
    return {
      ...actor,
      roles,
      mentions: [
        ...actor.mentions,
        ...extra.map((x) => ({ ...x, actor: null, via: "role" as const })),
      ],
    };
  });
}

/** Every mention of a state in one article ("French", "Britain's"), with the state's story id, in text order. */
function stateMentions(analysis: Analysis, merged: MergedActors): (Span & { actor: string })[] {
  return analysis.actors
    .filter((a) => a.kind === "state")
    .flatMap((a) =>
      a.mentions.map((m) => ({ ...m, actor: merged.idOf(analysis.article.id, a.id) })),
    )
    .sort((x, y) => x.start - y.start);
}
