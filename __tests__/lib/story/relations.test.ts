import { mergeActors, mergeRelations, relationsReportedBy } from "@/lib/story";
import type { Analysis } from "@/lib/model";
import { actor, analysis, relation } from "./build";

const states = [actor("France", "state"), actor("Ukraine", "state"), actor("Russia", "state")];
const merge = (analyses: Analysis[]) => mergeRelations(analyses, mergeActors(analyses).idOf);

describe("mergeRelations(analyses, idOf)", () => {
  const analyses = [
    analysis("a", "2026-01-02", {
      actors: states,
      relations: [
        relation("r1", "france", "supports", "ukraine"),
        relation("r2", "france", "meets", "ukraine"),
      ],
    }),
    analysis("b", "2026-01-06", {
      actors: states,
      relations: [
        relation("r1", "france", "supports", "ukraine"),
        relation("r2", "ukraine", "meets", "france"),
      ],
    }),
    analysis("c", "2026-01-07", {
      actors: states,
      relations: [
        relation("r1", "france", "supports", "ukraine"),
        relation("r2", "russia", "attacks", "ukraine"),
      ],
    }),
  ];

  it("counts the articles that report each relation, a symmetric kind read both ways", () => {
    const merged = merge(analyses);
    expect(merged.map((r) => [r.source, r.kind, r.target, r.support])).toEqual([
      ["france", "supports", "ukraine", 3],
      ["france", "meets", "ukraine", 2],
      ["russia", "attacks", "ukraine", 1],
    ]);
    expect(merged[0]!.reports.map((r) => [r.article, r.relation])).toEqual([
      ["a", "r1"],
      ["b", "r1"],
      ["c", "r1"],
    ]);
  });

  it("relationsReportedBy(relations, articles) keeps one outlet's subset, support counted within it", () => {
    const subset = relationsReportedBy(merge(analyses), ["c"]);
    expect(subset.map((r) => [r.kind, r.support, r.articles])).toEqual([
      ["supports", 1, ["c"]],
      ["attacks", 1, ["c"]],
    ]);
  });
});
