import { Analysis } from "@/lib/model/analysis";
import { linked, nothingLinked } from "@/lib/selection";
import { at, smallAnalysis } from "../../fixtures/small-analysis";

const analysis = smallAnalysis();
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe("linked", () => {
  it("the fixture is a valid analysis", () => {
    expect(Analysis.safeParse(analysis).success).toBe(true);
  });

  it("linked(analysis, null) links nothing", () => {
    expect(linked(analysis, null)).toBe(nothingLinked);
  });

  it("linked(analysis, actor) returns its events, relations, counterparts, claims and mentions", () => {
    const l = linked(analysis, { kind: "actor", id: "germany" });
    expect(sorted(l.events)).toEqual(["meeting", "troops"]);
    expect(sorted(l.relations)).toEqual(["r-meets"]);
    expect(sorted(l.actors)).toEqual(["france", "germany"]);
    expect(sorted(l.claims)).toEqual(["c1", "c2"]);
    expect(l.spans).toEqual([at("Germany"), at("Germany", 1)]);
  });

  it("linked(analysis, source actor) returns the claims it makes", () => {
    expect(sorted(linked(analysis, { kind: "actor", id: "bloomberg" }).claims)).toEqual(["c2"]);
  });

  it("linked(analysis, event) returns its actors, anchor, relations sharing its sentence and claims containing its evidence", () => {
    const l = linked(analysis, { kind: "event", id: "troops" });
    expect(sorted(l.events)).toEqual(["peace", "troops"]);
    expect(sorted(l.actors)).toEqual(["germany"]);
    expect(sorted(l.claims)).toEqual(["c2"]);
    expect(l.relations.size).toBe(0);
    expect(l.spans).toEqual([at("Germany could send troops")]);
  });

  it("linked(analysis, anchor event) includes the events anchored to it", () => {
    expect(sorted(linked(analysis, { kind: "event", id: "peace" }).events)).toEqual(["peace", "troops"]);
  });

  it("linked(analysis, event) returns relations whose evidence shares the event's sentence", () => {
    expect(sorted(linked(analysis, { kind: "event", id: "meeting" }).relations)).toEqual(["r-meets"]);
  });

  it("linked(analysis, relation) returns its two actors and the events and claims of its sentence", () => {
    const l = linked(analysis, { kind: "relation", id: "r-meets" });
    expect(sorted(l.actors)).toEqual(["france", "germany"]);
    expect(sorted(l.events)).toEqual(["meeting"]);
    expect(sorted(l.claims)).toEqual(["c1"]);
    expect(sorted(l.relations)).toEqual(["r-meets"]);
  });

  it("linked(analysis, claim) returns its sources, the actors it mentions and the items it carries", () => {
    const l = linked(analysis, { kind: "claim", id: "c2" });
    expect(sorted(l.actors)).toEqual(["bloomberg", "daily", "germany"]);
    expect(sorted(l.events)).toEqual(["peace", "troops"]);
    expect(l.spans).toEqual([at("According to Bloomberg, Germany could send troops after a peace deal.")]);
  });

  it("linked(analysis, unknown id) links nothing", () => {
    for (const kind of ["actor", "event", "relation", "claim"] as const)
      expect(linked(analysis, { kind, id: "nope" })).toBe(nothingLinked);
  });
});
