import type { Analysis } from "../../lib/model";
import type { RelationKind } from "../../lib/model";
import type { ActorAlignment } from "./actors";
import type { Counts } from "./counts";
import type { Finding } from "./findings";
import type { GoldRelation } from "./gold";
import { tally } from "./tally";

/** Kinds that say the same thing either way round: A meets B is B meets A. */
const SYMMETRIC: readonly RelationKind[] = ["cooperates", "negotiates", "meets"];

/**
 * Scores relations. Both ends are resolved through the actor alignment, so a relation drawn from
 * "Washington" counts for the United States when the gold lists Washington as its alias. Symmetric
 * kinds (cooperates, negotiates, meets) and undirected gold relations match either way round.
 */
export function scoreRelations(
  analysis: Analysis,
  gold: readonly GoldRelation[],
  actors: ActorAlignment,
): { counts: Counts; findings: Finding[] } {
  const ends = gold.map(
    (r) => [actors.goldIndexOfName(r.source), actors.goldIndexOfName(r.target)] as const,
  );
  const candidates = gold.map((r, g) => {
    const [gs, gt] = ends[g]!;
    return analysis.relations.flatMap((rel, p) => {
      if (!r.kinds.includes(rel.kind)) return [];
      const s = actors.goldOf.get(rel.source);
      const t = actors.goldOf.get(rel.target);
      if (s === undefined || t === undefined) return [];
      const forward = s === gs && t === gt;
      const either = r.undirected || SYMMETRIC.includes(rel.kind);
      return forward || (either && s === gt && t === gs) ? [{ p, rank: 1 }] : [];
    });
  });
  const nameOf = new Map(analysis.actors.map((a) => [a.id, a.name]));
  return tally(
    "relations",
    gold,
    analysis.relations.length,
    candidates,
    (g) =>
      `${gold[g]!.source} ${gold[g]!.undirected ? "—" : "→"}${gold[g]!.kinds.join("|")}${gold[g]!.undirected ? "—" : "→"} ${gold[g]!.target}`,
    (p) => {
      const r = analysis.relations[p]!;
      return `${nameOf.get(r.source) ?? r.source} →${r.kind}→ ${nameOf.get(r.target) ?? r.target} ("${r.label}")`;
    },
  );
}
