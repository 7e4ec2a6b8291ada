import type { Analysis } from "../../lib/model";
import type { ActorAlignment } from "./actors";
import { accuracy, type Accuracy, type Counts } from "./counts";
import { excerpt, type Finding } from "./findings";
import type { GoldClaim } from "./gold";
import { normalizeText } from "../../lib/text";
import { tally } from "./tally";

export type ClaimScore = {
  counts: Counts;
  sources: Accuracy;
  evaluative: Accuracy;
  findings: Finding[];
};

/**
 * Scores claims. A gold claim matches a predicted claim whose evidence contains its sentence
 * substring (the tightest such claim first); the source chain is compared without the outlet,
 * each source resolved through the actor alignment.
 */
export function scoreClaims(
  analysis: Analysis,
  gold: readonly GoldClaim[],
  actors: ActorAlignment,
): ClaimScore {
  const text = analysis.article.text;
  const evidence = analysis.claims.map((c) =>
    normalizeText(text.slice(c.evidence.start, c.evidence.end)),
  );
  const candidates = gold.map((g) => {
    const needle = normalizeText(g.sentence);
    return analysis.claims
      .map((_, p) => p)
      .filter((p) => evidence[p]!.includes(needle))
      .sort((a, b) => evidence[a]!.length - evidence[b]!.length)
      .map((p) => ({ p, rank: 1 }));
  });
  const nameOf = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const chainOf = (p: number) =>
    analysis.claims[p]!.sources.filter((id) => !actors.outletIds.has(id));
  const showChain = (names: readonly string[]) =>
    names.length ? names.join(" → ") : "(outlet only)";
  const result = tally(
    "claims",
    gold,
    analysis.claims.length,
    candidates,
    (g) => `"${gold[g]!.sentence}"`,
    (p) =>
      `"${excerpt(analysis, analysis.claims[p]!.evidence)}" ${showChain(chainOf(p).map((id) => nameOf.get(id) ?? id))}`,
  );

  const findings = [...result.findings];
  let sourcesOk = 0;
  let sourcesTotal = 0;
  let evalOk = 0;
  let evalTotal = 0;
  result.match.forEach((p, g) => {
    if (p < 0) return;
    const gc = gold[g]!;
    const claim = analysis.claims[p]!;
    const predicted = chainOf(p).map((id) => actors.goldOf.get(id) ?? `?${id}`);
    const accepted = [gc.sources, ...(gc.altSources ?? [])].map((chain) =>
      chain.map((n) => actors.goldIndexOfName(n)),
    );
    sourcesTotal++;
    if (
      accepted.some(
        (chain) => chain.length === predicted.length && chain.every((x, i) => x === predicted[i]),
      )
    )
      sourcesOk++;
    else
      findings.push({
        type: "attribute",
        attribute: "claimSources",
        item: `"${gc.sentence}"`,
        expected: showChain(gc.sources),
        got: showChain(chainOf(p).map((id) => nameOf.get(id) ?? id)),
      });
    if (gc.evaluative !== undefined) {
      evalTotal++;
      if (claim.evaluative === gc.evaluative) evalOk++;
      else
        findings.push({
          type: "attribute",
          attribute: "claimEvaluative",
          item: `"${gc.sentence}"`,
          expected: String(gc.evaluative),
          got: String(claim.evaluative),
        });
    }
  });
  return {
    counts: result.counts,
    sources: accuracy(sourcesOk, sourcesTotal),
    evaluative: accuracy(evalOk, evalTotal),
    findings,
  };
}
