import { neighbourhood } from "@/lib/graph/neighbourhood";
import { emphasis } from "@/lib/graph/emphasis";
import { smallAnalysis } from "./fixture";

describe("neighbourhood(analysis, actorId, depth)", () => {
  const a = smallAnalysis();

  it("neighbourhood(a, 'coastal-alliance') is the actor, its neighbours in both directions and the relations among them", () => {
    const n = neighbourhood(a, "coastal-alliance");
    expect([...n.actors].sort()).toEqual(["ada-vell", "coastal-alliance", "northland"]);
    expect([...n.relations].sort()).toEqual(["r4", "r6"]);
  });

  it("neighbourhood(a, 'ada-vell', 2) reaches two hops", () => {
    const n = neighbourhood(a, "ada-vell", 2);
    expect([...n.actors].sort()).toEqual(["ada-vell", "coastal-alliance", "northland"]);
    expect(neighbourhood(a, "ada-vell", 3).actors.has("southland")).toBe(true);
  });

  it("neighbourhood(a, 'nobody') is empty; depth 0 is the actor alone", () => {
    expect(neighbourhood(a, "nobody").actors.size).toBe(0);
    expect([...neighbourhood(a, "southland", 0).actors]).toEqual(["southland"]);
  });
});

describe("emphasis(analysis, selection, highlighted)", () => {
  const a = smallAnalysis();
  it("emphasis(a, null) is null: nothing is dimmed", () => {
    expect(emphasis(a, null)).toBeNull();
    expect(emphasis(a, null, { actors: new Set(), relations: new Set() })).toBeNull();
  });
  it("emphasis(a, relation) keeps the relation and its two ends", () => {
    const e = emphasis(a, { kind: "relation", id: "r5" })!;
    expect([...e.actors].sort()).toEqual(["relief-council", "southland"]);
    expect([...e.relations]).toEqual(["r5"]);
  });
  it("emphasis(a, actor, highlighted) adds the actor's neighbourhood to the shared highlight", () => {
    const e = emphasis(a, { kind: "actor", id: "relief-council" }, { actors: new Set(["bo-reyes"]), relations: new Set() })!;
    expect([...e.actors].sort()).toEqual(["bo-reyes", "relief-council", "southland"]);
  });
  it("emphasis(a, event, highlighted) keeps just the highlighted items", () => {
    const e = emphasis(a, { kind: "event", id: "e1" }, { actors: new Set(["northland"]), relations: new Set() })!;
    expect([...e.actors]).toEqual(["northland"]);
    expect(e.relations.size).toBe(0);
  });
});
