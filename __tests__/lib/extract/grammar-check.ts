import type { Analysis } from "@/lib/model";
import { seededRandom } from "@/lib/random";

/**
 * The pieces of the combinatorial actor test (actors-grammar.test.ts): invented people of many name
 * cultures and organisations of every shape, set in the positions news English puts a name in,
 * and the check that each is found whole, with its kind, and that nothing else claims its words.
 */
export type Entity = { name: string; kind: "person" | "org"; surface?: string };

export const PEOPLE_KINDS = new Set(["person", "leader", "official"]);
export const ORG_KINDS = new Set(["organization", "group", "media", "bloc", "alliance", "coalition"]);

const norm = (s: string) => s.replace(/^the\s+/i, "").toLowerCase();

const mentions = (a: Analysis) => a.actors.flatMap((x) => x.mentions.map((m) => ({ ...m, actor: x.id })));

/** The actor named `name` (its name or an alias; "the" and case aside). */
export function actorFor(a: Analysis, name: string) {
  const exact = a.actors.find((x) => x.name === name || x.aliases.includes(name));
  return exact ?? a.actors.find((x) => [x.name, ...x.aliases].some((n) => norm(n) === norm(name)));
}

/** Errors for one entity in one text: missing, of the wrong kind, or its words read by another actor. */
export function checkEntity(a: Analysis, e: Entity): string[] {
  const want = e.kind === "person" ? PEOPLE_KINDS : ORG_KINDS;
  const x = actorFor(a, e.name);
  if (!x) {
    const near = mentions(a)
      .filter((m) => e.name.includes(a.article.text.slice(m.start, m.end)) || a.article.text.slice(m.start, m.end).includes(e.name))
      .map((m) => `${a.article.text.slice(m.start, m.end)}→${m.actor}`);
    return [`${e.name}: missing${near.length ? ` (${near.join(", ")})` : ""}`];
  }
  const errors = want.has(x.kind) ? [] : [`${e.name}: ${x.kind}`];
  // Every occurrence of the name is this actor's alone: no state, place or half-name inside it.
  const text = a.article.text;
  for (let at = text.indexOf(e.name); at >= 0; at = text.indexOf(e.name, at + 1)) {
    const end = at + e.name.length;
    for (const m of mentions(a))
      if (m.start < end && m.end > at && m.actor !== x.id)
        errors.push(`${e.name}: "${text.slice(m.start, m.end)}" read as ${m.actor}`);
  }
  return errors;
}

/** A template fills its slots with entities of the given kinds. */
export type Template = { id: string; slots: ("person" | "org")[]; make: (names: string[], pick: <T>(xs: readonly T[]) => T) => string };

/** Cases: every entity in every template whose first slot takes it, the other slots filled at random (seeded). */
export function compose(
  entities: readonly Entity[],
  templates: readonly Template[],
  seed: number,
): { id: string; text: string; expect: Entity[] }[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const cases: { id: string; text: string; expect: Entity[] }[] = [];
  for (const t of templates)
    for (const e of entities) {
      if (e.kind !== t.slots[0]) continue;
      const chosen = [e];
      for (const kind of t.slots.slice(1)) {
        // No two names sharing a word ("the police" would rightly be "the Metropolitan Police").
        const words = new Set(chosen.flatMap((c) => c.name.toLowerCase().split(" ")));
        const pool = entities.filter((x) => x.kind === kind && !x.name.toLowerCase().split(" ").some((w) => words.has(w)));
        chosen.push(pick(pool));
      }
      const names = chosen.map((c) => c.surface ?? c.name);
      cases.push({ id: `${t.id}: ${e.name}`, text: t.make(names, pick), expect: chosen });
    }
  return cases;
}

/** "the Ministry of Health" opening a sentence: "The Ministry of Health". */
export const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
