import { slug } from "../extract";
import type { Analysis, ActorKind } from "../model";
import type { OutletFraming, OutletProfile, StoryActor, StoryEvent } from "./schema";

const QUOTE_MARK = /^[«“"]/;

const ROLE_OF: Partial<Record<ActorKind, OutletProfile["sources"][number]["role"]>> = {
  media: "agency",
  source: "unnamed",
  leader: "official",
  official: "official",
  person: "person",
  state: "institution",
  organization: "institution",
  bloc: "institution",
  alliance: "institution",
  coalition: "institution",
};

/**
 * Each article compared as its outlet's coverage: who it cites (agencies, officials, unnamed
 * sources, institutions) and how often, the share of its claims that are evaluative and
 * attributed to the outlet alone, and the story events no other article reports.
 */
export function compareOutlets(
  analyses: readonly Analysis[],
  actors: readonly StoryActor[],
  events: readonly StoryEvent[],
  idOf: (article: string, actor: string) => string,
): OutletProfile[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  return analyses.map((analysis) => {
    const article = analysis.article.id;
    const outlet = analysis.article.source ? slug(analysis.article.source) : "outlet";
    const counts = new Map<string, number>();
    for (const claim of analysis.claims)
      for (const s of new Set(claim.sources.slice(0, -1)))
        counts.set(idOf(article, s), (counts.get(idOf(article, s)) ?? 0) + 1);
    const own = analysis.claims.filter(
      (c) => c.evaluative && c.sources.length === 1 && c.sources[0] === outlet,
    );
    const unattributedEvaluative = own.length;
    // the outlet's own framing, shown beside the others': each sentence with what makes it evaluative
    const framing: OutletFraming[] = own.map((c) => ({
      claim: c.id,
      evidence: c.evidence,
      words: (c.cues ?? []).filter((q) => !QUOTE_MARK.test(q)),
      quoted: (c.cues ?? []).filter((q) => QUOTE_MARK.test(q)),
    }));
    return {
      article,
      outlet: analysis.article.source,
      published: analysis.article.published,
      sources: [...counts].map(([id, claims]) => {
        const actor = byId.get(id);
        return {
          actor: id,
          name: actor?.name ?? id,
          role: (actor && ROLE_OF[actor.kind]) ?? "other",
          claims,
        };
      }),
      claims: analysis.claims.length,
      unattributedEvaluative,
      unattributedEvaluativeShare: analysis.claims.length
        ? unattributedEvaluative / analysis.claims.length
        : 0,
      framing,
      exclusiveEvents:
        analyses.length > 1
          ? events
              .filter((e) => e.articles.length === 1 && e.articles[0] === article)
              .map((e) => e.id)
          : [],
    };
  });
}
