import { analyze } from "../../lib/extract/helpers";
import { contradictions } from "@/tools/eval/contradictions";
import type { Analysis, RelationKind } from "@/lib/model";

/** The analysis of `text` with one relation of `kind` between its first two actors, over the whole text. */
function withRelation(text: string, kind: RelationKind): Analysis {
  const a = analyze(text);
  const [x, y] = a.actors;
  return {
    ...a,
    relations: [
      { id: "r", source: x!.id, target: y!.id, kind, label: kind, certainty: "fact", sources: [], evidence: [{ start: 0, end: a.article.text.length }] },
    ],
  };
}

describe("contradictions(analysis)", () => {
  it("a friendly kind out of a sentence whose only act is punitive contradicts it", () => {
    const found = contradictions(withRelation("FIFA suspended the Pakistan Football Federation on Friday.", "supports"));
    expect(found).toHaveLength(1);
    expect(found[0]!.relation).toMatch(/supports/);
  });

  it("a hostile kind out of a sentence whose only act is friendly contradicts it", () => {
    expect(contradictions(withRelation("Japan sent aid to Indonesia after the quake.", "attacks"))).toHaveLength(1);
  });

  it("a kind that matches its sentence, or a sentence with both kinds of act, does not", () => {
    expect(contradictions(withRelation("FIFA suspended the Pakistan Football Federation on Friday.", "sanctions"))).toEqual([]);
    expect(contradictions(withRelation("France backed Germany's plan but condemned Italy.", "supports"))).toEqual([]);
  });

  it("neutral kinds are never contradictions", () => {
    expect(contradictions(withRelation("FIFA suspended the Pakistan Football Federation on Friday.", "meets"))).toEqual([]);
  });
});
