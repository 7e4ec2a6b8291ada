import type { Analysis, Span } from "../model";
import { isPerson, parsePersonName, surnameKey } from "./names";
import type { StoryActor } from "./schema";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * People an article names but its own analysis missed ("Sir Keir Starmer has confirmed"): the
 * full name another article gave, or the bare surname when no other person of the story bears it,
 * found as whole words in the article's text. Each becomes a mention of that article.
 */
export function recoverMissedNames(
  analyses: readonly Analysis[],
  actors: readonly StoryActor[],
): StoryActor[] {
  const people = actors.filter((a) => isPerson(a.kind));
  const surnameCount = new Map<string, number>();
  const named = people.map((actor) => {
    const full = [actor.name, ...actor.aliases].filter(
      (n) => (parsePersonName(n)?.first ?? null) !== null,
    );
    const surname = full.length ? full[0]!.split(/\s+/).at(-1)! : null;
    if (surname)
      surnameCount.set(surnameKey(surname), (surnameCount.get(surnameKey(surname)) ?? 0) + 1);
    return { actor, full, surname };
  });
  const found = new Map<
    string,
    { article: string; name: string; via: "name"; actor: null; spans: Span[] }[]
  >();
  for (const { actor, full, surname } of named) {
    if (!surname) continue;
    const forms = surnameCount.get(surnameKey(surname)) === 1 ? [...full, surname] : full;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join("|")})(?![\\p{L}\\p{N}])`,
      "gu",
    );
    const covered = new Set(actor.mentions.map((m) => m.article));
    for (const analysis of analyses) {
      const article = analysis.article.id;
      if (covered.has(article)) continue;
      const spans = [...analysis.article.text.matchAll(pattern)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      }));
      if (spans.length === 0) continue;
      const name = analysis.article.text.slice(spans[0]!.start, spans[0]!.end);
      found.set(actor.id, [
        ...(found.get(actor.id) ?? []),
        { article, name, via: "name", actor: null, spans },
      ]);
    }
  }
  return actors.map((a) =>
    found.has(a.id) ? { ...a, mentions: [...a.mentions, ...found.get(a.id)!] } : a,
  );
}
