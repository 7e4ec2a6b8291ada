import { assignLanes, OTHER_LANE } from "@/lib/timeline/layout/lanes";
import { generateAnalysis } from "@/tools/synthetic";
import { fixture } from "../fixture";

describe("assignLanes(events, actors, 'actor')", () => {
  const { lanes, laneOf } = assignLanes(fixture.events, fixture.actors, "actor");

  it("gives each actor with events a lane, in order of first appearance, then 'other'", () => {
    expect(lanes.map((l) => l.key)).toEqual(["actor:northland", "actor:union", OTHER_LANE]);
    expect(lanes.map((l) => l.label)).toEqual(["Northland", "Union", "Other"]);
  });

  it("puts an event in its first actor's lane, and events without actors in 'other'", () => {
    expect(laneOf.get("summit")).toBe("actor:union");
    expect(laneOf.get("talks")).toBe("actor:northland");
    expect(laneOf.get("vote")).toBe(OTHER_LANE);
  });

  it("keeps the busiest actors when there are more than maxLanes and merges the rest into 'other'", () => {
    const big = generateAnalysis({ events: 500, actors: 40, relations: 0, seed: 3 });
    const result = assignLanes(big.events, big.actors, "actor", 5);
    expect(result.lanes).toHaveLength(6);
    expect(result.lanes.at(-1)!.key).toBe(OTHER_LANE);
    const eventsOf = (actorId: string) => big.events.filter((e) => e.actors[0] === actorId).length;
    const keptIds = new Set(result.lanes.slice(0, 5).map((l) => l.key.slice("actor:".length)));
    const kept = [...keptIds].map(eventsOf);
    const merged = big.actors.filter((a) => !keptIds.has(a.id)).map((a) => eventsOf(a.id));
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(Math.max(...merged));
  });
});

describe("assignLanes(events, actors, 'certainty')", () => {
  it("orders lanes as Certainty does and drops empty ones", () => {
    const { lanes } = assignLanes(fixture.events, fixture.actors, "certainty");
    expect(lanes.map((l) => l.key)).toEqual([
      "certainty:fact",
      "certainty:scheduled",
      "certainty:probable",
      "certainty:possible",
      "certainty:conditional",
      "certainty:unclear",
    ]);
    const some = assignLanes(fixture.events.filter((e) => e.certainty !== "probable"), fixture.actors, "certainty");
    expect(some.lanes.map((l) => l.key)).not.toContain("certainty:probable");
  });
});
