import { ActorKind, RelationKind, Certainty } from "@/lib/model/vocabulary";
import { actorKindStyle, isUncertain, legend, legendFor, NodeShape, relationKindStyle } from "@/lib/graph/style";
import { curveControlPoint, edgeCurves } from "@/lib/graph/curves";
import { shapePath } from "@/lib/graph/shapes";
import { smallAnalysis } from "./fixture";

describe("style", () => {
  it("actorKindStyle covers every ActorKind with a known shape and distinct colours per theme", () => {
    expect(Object.keys(actorKindStyle).sort()).toEqual([...ActorKind].sort());
    for (const s of Object.values(actorKindStyle)) expect(NodeShape).toContain(s.shape);
    const light = Object.values(actorKindStyle).map((s) => s.color.light);
    expect(new Set(light).size).toBe(light.length);
  });

  it("relationKindStyle covers every RelationKind", () => {
    expect(Object.keys(relationKindStyle).sort()).toEqual([...RelationKind].sort());
  });

  it("isUncertain(c) is false only for fact and scheduled", () => {
    expect(Certainty.filter(isUncertain)).toEqual(["probable", "proposed", "possible", "conditional", "unclear"]);
  });

  it("legend(theme) lists every kind; legendFor(analysis) only those present, in vocabulary order", () => {
    expect(legend("dark").actors).toHaveLength(ActorKind.length);
    const l = legendFor(smallAnalysis(), "light");
    expect(l.actors.map((x) => x.kind)).toEqual(["state", "leader", "official", "alliance", "organization", "media", "source"]);
    expect(l.relations.map((x) => x.kind)).toEqual(["negotiates", "supports", "provides", "opposes", "reports"]);
    expect(l.lines.map((x) => x.dashed)).toEqual([false, true]);
  });

  it("shapePath(shape, …) gives closed path data for every shape", () => {
    for (const s of NodeShape) expect(shapePath(s, 10, 10, 5)).toMatch(/^M.*Z$/);
  });
});

describe("edgeCurves(relations)", () => {
  it("edgeCurves leaves a lone relation straight and fans out parallel ones on both sides", () => {
    const c = edgeCurves([
      { id: "a", source: "x", target: "y" },
      { id: "b", source: "y", target: "x" },
      { id: "c", source: "x", target: "z" },
    ]);
    expect(c.get("c")).toEqual({ type: "straight" });
    // Opposite directions with opposite offsets bend to opposite sides, so they use the same turn.
    expect(c.get("a")).toEqual({ type: "curvedCCW", roundness: 0.15 });
    expect(c.get("b")).toEqual({ type: "curvedCCW", roundness: 0.15 });
  });

  it("curveControlPoint bends curvedCW and curvedCCW to opposite sides", () => {
    const from = { x: 0, y: 0 };
    const to = { x: 100, y: 0 };
    const cw = curveControlPoint(from, to, { type: "curvedCW", roundness: 0.2 });
    const ccw = curveControlPoint(from, to, { type: "curvedCCW", roundness: 0.2 });
    expect(Math.sign(cw.y)).toBe(-Math.sign(ccw.y));
    expect(curveControlPoint(from, to, { type: "straight" })).toEqual({ x: 50, y: 0 });
  });
});
