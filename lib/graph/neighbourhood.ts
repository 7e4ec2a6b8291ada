import type { Analysis } from "../model";

export type Neighbourhood = { actors: Set<string>; relations: Set<string> };

/**
 * The actors within `depth` relations of `actorId` (either direction), and every relation among
 * them: the ego network a focused graph shows. An unknown actor yields empty sets.
 */
export function neighbourhood(analysis: Pick<Analysis, "actors" | "relations">, actorId: string, depth = 1): Neighbourhood {
  if (!analysis.actors.some((a) => a.id === actorId)) return { actors: new Set(), relations: new Set() };
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const r of analysis.relations) {
    link(r.source, r.target);
    link(r.target, r.source);
  }
  const actors = new Set([actorId]);
  let frontier = [actorId];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (actors.has(other)) continue;
        actors.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  const relations = new Set(
    analysis.relations.filter((r) => actors.has(r.source) && actors.has(r.target)).map((r) => r.id),
  );
  return { actors, relations };
}
