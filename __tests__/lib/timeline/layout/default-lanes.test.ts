import { defaultLaneMode, laneModeOf } from "@/lib/timeline/layout/lanes";
import { validateViewState } from "@/lib/view/validate";
import { defaultViewState } from "@/lib/view/state";
import { fixture } from "../fixture";
import type { Analysis } from "@/lib/model/analysis";

const withActors = (a: Analysis, ids: string[]): Analysis => ({ ...a, events: a.events.map((e) => ({ ...e, actors: ids })) });

describe("defaultLaneMode(events, actors)", () => {
  it("defaultLaneMode(events one actor holds) is 'certainty'; laneModeOf(null, analysis) follows it and laneModeOf('actor', analysis) overrides it", () => {
    const a = structuredClone(fixture);
    const one = withActors(a, [a.actors[0]!.id]);
    expect(defaultLaneMode(one.events, one.actors)).toBe("certainty");
    expect(laneModeOf(null, one)).toBe("certainty");
    expect(laneModeOf("actor", one)).toBe("actor");
  });

  it("defaultLaneMode(events spread over actors) is 'actor'", () => {
    const a = structuredClone(fixture);
    const spread = { ...a, events: a.events.map((e, i) => ({ ...e, actors: [a.actors[i % a.actors.length]!.id] })) };
    expect(defaultLaneMode(spread.events, spread.actors)).toBe("actor");
  });

  it("validateViewState({lanes: the default}, analysis) drops it from the state, so the canonical URL leaves it out", () => {
    const a = structuredClone(fixture);
    const one = withActors(a, [a.actors[0]!.id]);
    expect(validateViewState({ ...defaultViewState, lanes: "certainty" }, one).state.lanes).toBeNull();
    expect(validateViewState({ ...defaultViewState, lanes: "actor" }, one).state.lanes).toBe("actor");
  });
});
