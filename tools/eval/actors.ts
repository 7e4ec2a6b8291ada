import type { Analysis } from "../../lib/model";
import { accuracy, counts, type Accuracy, type Counts } from "./counts";
import type { Finding } from "./findings";
import type { GoldActor } from "./gold";
import { maximumMatching } from "./matching";
import { normalizeName } from "../../lib/text";

/** How predicted actors line up with gold actors; relations and claims are resolved through it. */
export type ActorAlignment = {
  /** Every predicted actor that names a gold actor, duplicates included, mapped to that gold index. */
  goldOf: Map<string, number>;
  /** Predicted actors that are the outlet publishing the article: the implicit last source of every claim. */
  outletIds: Set<string>;
  /** Index of a gold actor by any of its normalised names. */
  goldIndexOfName: (name: string) => number | undefined;
  counts: Counts;
  kind: Accuracy;
  findings: Finding[];
};

/**
 * Aligns predicted actors with gold actors. A gold actor matches a predicted one when one of its
 * names equals the predicted name or an alias, or the text of one of its mentions. Matching is
 * one-to-one; a second predicted actor for the same gold actor is a false positive (a split entity),
 * though relations and claims still resolve through it. The outlet counts as an optional gold actor.
 * `normalize` is the comparable form of a name (`looseName` also folds transliterations).
 */
export function alignActors(
  analysis: Analysis,
  goldActors: readonly GoldActor[],
  normalize: (name: string) => string = normalizeName,
): ActorAlignment {
  const outlet = analysis.article.source ? normalize(analysis.article.source) : null;
  const gold = [...goldActors];
  const namesOf = (a: GoldActor) => new Set([a.name, ...(a.aliases ?? [])].map(normalize));
  if (outlet && !gold.some((a) => namesOf(a).has(outlet)))
    gold.push({ name: analysis.article.source!, kind: "media", optional: true });
  const goldNames = gold.map(namesOf);
  const text = analysis.article.text;

  const strength = (p: Analysis["actors"][number], g: number): number => {
    const names = goldNames[g]!;
    const name = normalize(p.name);
    if (name === normalize(gold[g]!.name)) return 4;
    if (names.has(name)) return 3;
    if (p.aliases.some((a) => names.has(normalize(a)))) return 2;
    if (p.mentions.some((m) => names.has(normalize(text.slice(m.start, m.end))))) return 1;
    return 0;
  };
  const scores = analysis.actors.map((p) => gold.map((_, g) => strength(p, g)));
  const candidates = gold.map((_, g) =>
    analysis.actors
      .map((_, p) => p)
      .filter((p) => scores[p]![g]! > 0)
      .sort((x, y) => scores[y]![g]! - scores[x]![g]!)
      .map((p) => ({ p, rank: scores[p]![g]! })),
  );
  const match = maximumMatching(candidates);

  const goldOf = new Map<string, number>();
  const findings: Finding[] = [];
  const matchedPredicted = new Set(match.filter((p) => p >= 0));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let kindCorrect = 0;
  let kindTotal = 0;
  match.forEach((p, g) => {
    const ga = gold[g]!;
    if (p < 0) {
      if (!ga.optional) {
        fn++;
        findings.push({ type: "miss", category: "actors", item: ga.name });
      }
      return;
    }
    const pa = analysis.actors[p]!;
    goldOf.set(pa.id, g);
    if (ga.optional) return;
    tp++;
    if (ga.kind) {
      kindTotal++;
      if (pa.kind === ga.kind) kindCorrect++;
      else
        findings.push({
          type: "attribute",
          attribute: "actorKind",
          item: ga.name,
          expected: ga.kind,
          got: pa.kind,
        });
    }
  });
  analysis.actors.forEach((pa, p) => {
    if (matchedPredicted.has(p)) return;
    const row = scores[p]!;
    const best = row.reduce((b, s, g) => (s > (row[b] ?? 0) ? g : b), -1);
    if (best >= 0 && row[best]! > 0) {
      goldOf.set(pa.id, best);
      if (gold[best]!.optional) return;
      fp++;
      findings.push({
        type: "false-positive",
        category: "actors",
        item: pa.name,
        duplicateOf: gold[best]!.name,
      });
      return;
    }
    fp++;
    findings.push({ type: "false-positive", category: "actors", item: `${pa.name} (${pa.kind})` });
  });

  const outletIds = new Set(
    analysis.actors
      .filter(
        (a) => outlet !== null && [a.name, ...a.aliases].some((n) => normalize(n) === outlet),
      )
      .map((a) => a.id),
  );
  const byName = new Map<string, number>();
  goldNames.forEach((names, g) => names.forEach((n) => byName.has(n) || byName.set(n, g)));
  return {
    goldOf,
    outletIds,
    goldIndexOfName: (name) => byName.get(normalize(name)),
    counts: counts(tp, fp, fn),
    kind: accuracy(kindCorrect, kindTotal),
    findings,
  };
}
