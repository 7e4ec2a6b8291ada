import type { Analysis, RelationKind } from "../model";
import type { StoryRelation } from "./schema";

// Relations that read the same both ways: "A meets B" is "B meets A".
const SYMMETRIC: ReadonlySet<RelationKind> = new Set(["cooperates", "negotiates", "meets"]);

/**
 * Relations across articles: one relation per (source, kind, target) between story actors, with
 * every article's report kept and its support the number of articles that report it.
 */
export function mergeRelations(
  analyses: readonly Analysis[],
  idOf: (article: string, actor: string) => string,
): StoryRelation[] {
  const byKey = new Map<string, StoryRelation>();
  for (const analysis of analyses) {
    const article = analysis.article.id;
    for (const r of analysis.relations) {
      let source = idOf(article, r.source);
      let target = idOf(article, r.target);
      if (source === target) continue;
      if (SYMMETRIC.has(r.kind) && target < source) [source, target] = [target, source];
      const key = `${source}\u0000${r.kind}\u0000${target}`;
      const merged = byKey.get(key) ?? {
        id: `story-relation-${byKey.size + 1}`,
        source,
        target,
        kind: r.kind,
        support: 0,
        articles: [],
        reports: [],
      };
      merged.reports.push({
        article,
        relation: r.id,
        certainty: r.certainty,
        sources: r.sources.map((s) => idOf(article, s)),
        evidence: r.evidence,
      });
      if (!merged.articles.includes(article)) merged.articles.push(article);
      merged.support = merged.articles.length;
      byKey.set(key, merged);
    }
  }
  return [...byKey.values()];
}

/** The story's relations as a subset of its articles (e.g. one outlet's) report them, support counted within it. */
export function relationsReportedBy(
  relations: readonly StoryRelation[],
  articles: readonly string[],
): StoryRelation[] {
  const wanted = new Set(articles);
  return relations.flatMap((r) => {
    const reports = r.reports.filter((x) => wanted.has(x.article));
    if (reports.length === 0) return [];
    const ids = [...new Set(reports.map((x) => x.article))];
    return [{ ...r, reports, articles: ids, support: ids.length }];
  });
}
