import { normalizeName } from "../text";
import { slug } from "../extract";
import type { Actor, Analysis, ActorKind } from "../model";
import { isPerson, parsePersonName, sameFullName, type PersonName } from "./names";
import type { StoryActor } from "./schema";
import { UnionFind } from "./union-find";
import { mergeAdoptedNames } from "./adopted-names";

/** One actor of one article: the unit the story merges. */
export type ActorNode = { article: string; actor: Actor };

/** The merged actors, and the story id of every article's actor. */
export type MergedActors = {
  actors: StoryActor[];
  idOf: (article: string, actor: string) => string;
};

const KIND_RANK: readonly ActorKind[] = ["leader", "official", "person"];

/**
 * Actors across articles. States, organisations and media are one actor when they share a
 * gazetteer id, a name or an alias. People are one actor when their full names share a surname
 * with compatible first names ("Vladimir Zelensky" = "Volodymyr Zelenskyy"); a bare surname
 * ("Macron") joins a person only when the story holds exactly one person of that surname, so two
 * people who share a surname are never merged without evidence. Unnamed sources stay with their
 * article: "a European official" in one article is no evidence about another's.
 */
export function mergeActors(analyses: readonly Analysis[]): MergedActors {
  const nodes: ActorNode[] = analyses.flatMap((a) =>
    a.actors.map((actor) => ({ article: a.article.id, actor })),
  );
  const sets = new UnionFind(nodes.length);
  const byKey = mergeByName(nodes, sets);
  mergePeople(nodes, sets, byKey);
  const at = new Map(nodes.map((n, i) => [`${n.article}\u0000${n.actor.id}`, i]));
  mergeAdoptedNames(analyses, (article, actor) => at.get(`${article}\u0000${actor}`), sets);
  return assembleActors(nodes, sets);
}

// "The Louvre Museum" is "the Louvre": the name of a house of this kind is its name without the
// noun that says what kind of house it is.
const HOUSE = /^(.+?)\s+(?:museum|gallery|hospital|university|library|cathedral)$/;
export const houseNames = (name: string): string[] => {
  const n = normalizeName(name);
  const short = HOUSE.exec(n)?.[1];
  return short ? [n, short] : [n];
};

/** States, organisations and media, by id, name or alias; returns the first node of every key. */
function mergeByName(nodes: readonly ActorNode[], sets: UnionFind): Map<string, number> {
  const byKey = new Map<string, number>();
  nodes.forEach(({ actor }, i) => {
    if (isPerson(actor.kind) || actor.kind === "source") return;
    const keys = new Set([
      `id:${actor.id}`,
      ...[actor.name, ...actor.aliases].flatMap((n) =>
        (actor.kind === "organization" ? houseNames(n) : [normalizeName(n)]).map(
          (k) => `name:${k}`,
        ),
      ),
    ]);
    for (const key of keys) {
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, i);
      else sets.union(first, i);
    }
  });
  return byKey;
}

type PersonGroup = { names: PersonName[]; root: number };

function mergePeople(
  nodes: readonly ActorNode[],
  sets: UnionFind,
  byKey: ReadonlyMap<string, number>,
): void {
  const parsed = nodes.map(({ actor }) =>
    isPerson(actor.kind) ? parsePersonName(actor.name) : null,
  );
  const groupsBySurname = new Map<string, PersonGroup[]>();
  parsed.forEach((name, i) => {
    if (!name || name.first === null) return;
    const candidates = name.surnames.flatMap((s) => groupsBySurname.get(s) ?? []);
    const group = candidates.find((g) => g.names.some((n) => sameFullName(n, name)));
    if (group) {
      sets.union(group.root, i);
      group.names.push(name);
      return;
    }
    const created: PersonGroup = { names: [name], root: i };
    for (const s of name.surnames)
      groupsBySurname.set(s, [...(groupsBySurname.get(s) ?? []), created]);
  });
  const bareBySurname = new Map<string, number>();
  nodes.forEach(({ actor }, i) => {
    if (!parsed[i] && looksLikeSurname(actor)) parsed[i] = parsePersonName(actor.name);
  });
  parsed.forEach((name, i) => {
    if (!name || name.first !== null) return;
    const person = isPerson(nodes[i]!.actor.kind);
    const surname = name.surnames[0]!;
    const groups = groupsBySurname.get(surname) ?? [];
    if (groups.length === 1) return sets.union(groups[0]!.root, i);
    if (groups.length > 1 || !person) return; // two people share the surname: no evidence which one is meant
    // "the Louvre's most famous diamond" read as a person: no person of the story bears the
    // name, and an organisation of the story is called so ("Louvre Museum")
    const house = oneWordName(nodes[i]!.actor)
      ? byKey.get(`name:${normalizeName(nodes[i]!.actor.name)}`)
      : undefined;
    if (house !== undefined) return sets.union(house, i);
    const other = bareBySurname.get(surname);
    if (other === undefined) bareBySurname.set(surname, i);
    else sets.union(other, i);
  });
}

const oneWordName = (actor: Actor) =>
  actor.aliases.length === 0 && /^\p{Lu}[\p{Ll}'’-]+$/u.test(actor.name);

/**
 * A one-word "organisation" with no alias ("Maduro met…" read as an organisation by an article
 * that never gives the full name) may be a person's surname: it joins a person only when the
 * story holds exactly one person of that surname.
 */
const looksLikeSurname = (actor: Actor) =>
  actor.kind === "organization" &&
  actor.aliases.length === 0 &&
  /^\p{Lu}[\p{Ll}'’-]+$/u.test(actor.name);

function assembleActors(nodes: readonly ActorNode[], sets: UnionFind): MergedActors {
  const members = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const root = sets.find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  });
  const used = new Set<string>();
  const idByNode = new Map<string, string>();
  const actors: StoryActor[] = [];
  for (const group of members.values()) {
    const groupNodes = group.map((i) => nodes[i]!);
    const name = canonicalName(groupNodes);
    let id = slug(name);
    for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
    used.add(id);
    const names = new Set(groupNodes.flatMap(({ actor }) => [actor.name, ...actor.aliases]));
    names.delete(name);
    actors.push({
      id,
      name,
      kind: storyKind(groupNodes.map(({ actor }) => actor.kind)),
      aliases: [...names],
      roles: [],
      mentions: groupNodes.map(({ article, actor }) => ({
        article,
        actor: actor.id,
        name: actor.name,
        via: "actor" as const,
        spans: actor.mentions,
      })),
    });
    for (const { article, actor } of groupNodes) idByNode.set(`${article}\u0000${actor.id}`, id);
  }
  return {
    actors,
    idOf: (article, actor) => idByNode.get(`${article}\u0000${actor}`) ?? actor,
  };
}

/** The name most articles use; on a tie, the fullest. */
function canonicalName(group: readonly ActorNode[]): string {
  const counts = new Map<string, number>();
  for (const { actor } of group) counts.set(actor.name, (counts.get(actor.name) ?? 0) + 1);
  return [...counts].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]),
  )[0]![0];
}

/** A person's kind when people are at least half the group (a museum one article read as a person stays a museum), else the most frequent. */
function storyKind(kinds: readonly ActorKind[]): ActorKind {
  const people = kinds.filter((k) => KIND_RANK.includes(k)).length;
  const ranked = KIND_RANK.find((k) => kinds.includes(k));
  if (ranked && 2 * people >= kinds.length) return ranked;
  const counts = new Map<ActorKind, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
