import { mergeActors } from "@/lib/story";
import { actor, analysis } from "./build";

const idsOf = (merged: ReturnType<typeof mergeActors>, pairs: [string, string][]) =>
  pairs.map(([a, x]) => merged.idOf(a, x));

describe("mergeActors(analyses)", () => {
  it("merges 'Emmanuel Macron' and a bare 'Macron' of another article, keeping each mention with its article", () => {
    const merged = mergeActors([
      analysis("a", "2026-01-02", { actors: [actor("Emmanuel Macron", "leader", ["Macron"])] }),
      analysis("b", "2026-01-07", { actors: [actor("Macron", "person")] }),
    ]);
    expect(merged.actors).toHaveLength(1);
    expect(merged.actors[0]).toMatchObject({ name: "Emmanuel Macron", kind: "leader" });
    expect(merged.actors[0]!.mentions.map((m) => [m.article, m.name])).toEqual([
      ["a", "Emmanuel Macron"],
      ["b", "Macron"],
    ]);
  });

  it("merges transliterations: 'Vladimir Zelensky' and 'Volodymyr Zelenskyy'", () => {
    const merged = mergeActors([
      analysis("a", "2026-01-02", { actors: [actor("Vladimir Zelensky", "person")] }),
      analysis("b", "2026-01-07", { actors: [actor("Volodymyr Zelenskyy", "leader")] }),
    ]);
    expect(
      new Set(
        idsOf(merged, [
          ["a", "vladimir-zelensky"],
          ["b", "volodymyr-zelenskyy"],
        ]),
      ).size,
    ).toBe(1);
  });

  it("never merges two different people who share a surname, nor a bare surname with either of them", () => {
    const merged = mergeActors([
      analysis("a", "2026-01-02", { actors: [actor("Donald Trump", "leader")] }),
      analysis("b", "2026-01-03", { actors: [actor("Melania Trump", "person")] }),
      analysis("c", "2026-01-04", { actors: [actor("Trump", "person")] }),
    ]);
    const [donald, melania, bare] = idsOf(merged, [
      ["a", "donald-trump"],
      ["b", "melania-trump"],
      ["c", "trump"],
    ]);
    expect(new Set([donald, melania, bare]).size).toBe(3);
  });

  it("merges a bare surname when the story holds exactly one person of that surname", () => {
    const merged = mergeActors([
      analysis("a", "2026-01-02", { actors: [actor("Donald Trump", "leader")] }),
      analysis("c", "2026-01-04", { actors: [actor("Trump", "person")] }),
    ]);
    expect(merged.idOf("c", "trump")).toBe(merged.idOf("a", "donald-trump"));
  });

  it("merges states by gazetteer id and by alias, never unnamed sources", () => {
    const merged = mergeActors([
      analysis("a", "2026-01-02", {
        actors: [
          actor("United States", "state", ["US"]),
          actor("Unnamed European official", "source", [], "unnamed"),
        ],
      }),
      analysis("b", "2026-01-07", {
        actors: [
          actor("United States", "state", ["Washington"]),
          actor("Unnamed European official", "source", [], "unnamed"),
        ],
      }),
    ]);
    expect(merged.idOf("a", "united-states")).toBe(merged.idOf("b", "united-states"));
    expect(merged.idOf("a", "unnamed")).not.toBe(merged.idOf("b", "unnamed"));
  });
});

describe("a house of one kind and its bare name", () => {
  it("'Prado Museum' and 'Prado' (an organisation, or a one-word 'person' no person of the story bears) are one organisation", () => {
    const merged = mergeActors([
      analysis("a", "2026-01-02", { actors: [actor("Prado Museum", "organization")] }),
      analysis("b", "2026-01-03", { actors: [actor("Prado", "organization")] }),
      analysis("c", "2026-01-04", { actors: [actor("Prado", "person")] }),
    ]);
    expect(merged.actors).toHaveLength(1);
    expect(merged.actors[0]).toMatchObject({ name: "Prado", kind: "organization" });
  });
  it("a one-word person stays a person when no organisation is called so", () => {
    const merged = mergeActors([
      analysis("a", "2026-01-02", { actors: [actor("Prado Museum", "organization")] }),
      analysis("b", "2026-01-03", { actors: [actor("Velazquez", "person")] }),
    ]);
    expect(merged.actors.map((a) => a.kind).sort()).toEqual(["organization", "person"]);
  });
});
