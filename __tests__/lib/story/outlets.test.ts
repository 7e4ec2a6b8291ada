import { compareOutlets, mergeActors, mergeEvents } from "@/lib/story";
import { actor, analysis, claim, event, on } from "./build";

describe("compareOutlets(analyses, actors, events, idOf)", () => {
  const a = analysis("a", "2026-01-02", {
    source: "Agency A",
    actors: [
      actor("Agency A", "media"),
      actor("Reuters", "media"),
      actor("Unnamed diplomats", "source", [], "diplomats"),
    ],
    events: [
      event("e1", "Summit in Paris", "summit", "scheduled", on("2026-01-06")),
      event("e2", "Attack in Kharkiv", "attack", "fact", on("2026-01-01")),
    ],
    claims: [
      claim("c1", ["reuters", "agency-a"], false),
      claim("c2", ["diplomats", "reuters", "agency-a"], true),
      claim("c3", ["agency-a"], true),
      claim("c4", ["agency-a"], false),
    ],
  });
  const b = analysis("b", "2026-01-07", {
    source: "Daily B",
    actors: [actor("Daily B", "media")],
    events: [event("e1", "Summit in Paris", "summit", "fact", on("2026-01-06"))],
    claims: [claim("c1", ["daily-b"], false)],
  });
  const merged = mergeActors([a, b]);
  const events = mergeEvents([a, b], merged.idOf);
  const [outletA, outletB] = compareOutlets([a, b], merged.actors, events, merged.idOf);

  it("lists each article's sources with their role and how many claims they carry", () => {
    expect(outletA!.sources).toEqual([
      { actor: "reuters", name: "Reuters", role: "agency", claims: 2 },
      { actor: "unnamed-diplomats", name: "Unnamed diplomats", role: "unnamed", claims: 1 },
    ]);
    expect(outletB!.sources).toEqual([]);
  });

  it("counts only evaluative claims attributed to the outlet alone as unattributed framing", () => {
    expect(outletA).toMatchObject({
      claims: 4,
      unattributedEvaluative: 1,
      unattributedEvaluativeShare: 0.25,
    });
    expect(outletB).toMatchObject({
      claims: 1,
      unattributedEvaluative: 0,
      unattributedEvaluativeShare: 0,
    });
  });

  it("lists the outlet's own framing: each unattributed evaluative claim with its loaded words and its quoted phrases apart", () => {
    const text = 'The so-called "reform" was portrayed as a victory. Officials said so.';
    const c = analysis("c", "2026-01-03", {
      source: "Paper C",
      text,
      actors: [actor("Paper C", "media"), actor("Officials", "source")],
      claims: [
        {
          id: "c1",
          evidence: { start: 0, end: 50 },
          sources: ["paper-c"],
          evaluative: true,
          cues: ["so-called", '"reform"', "portrayed"],
        },
        {
          id: "c2",
          evidence: { start: 51, end: 69 },
          sources: ["officials", "paper-c"],
          evaluative: true,
          cues: ["so"],
        },
      ],
    });
    const m = mergeActors([c, b]);
    const [outletC, outletB2] = compareOutlets(
      [c, b],
      m.actors,
      mergeEvents([c, b], m.idOf),
      m.idOf,
    );
    expect(outletC!.framing).toEqual([
      {
        claim: "c1",
        evidence: { start: 0, end: 50 },
        words: ["so-called", "portrayed"],
        quoted: ['"reform"'],
      },
    ]);
    expect(text.slice(0, 50)).toBe('The so-called "reform" was portrayed as a victory.');
    expect(outletB2!.framing).toEqual([]);
  });

  it("names the events only one article reports", () => {
    const attack = events.find((e) => e.label === "Attack in Kharkiv")!;
    expect(outletA!.exclusiveEvents).toEqual([attack.id]);
    expect(outletB!.exclusiveEvents).toEqual([]);
  });
});
