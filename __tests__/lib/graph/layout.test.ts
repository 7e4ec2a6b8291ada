import { Analysis } from "@/lib/model/analysis";
import { actorRadius, defaultTicks, layoutGraph } from "@/lib/graph/layout";
import { graphSeed } from "@/lib/graph/seed";
import { generateAnalysis } from "@/tools/synthetic";
import { smallAnalysis } from "./fixture";

describe("layoutGraph(analysis)", () => {
  it("layoutGraph(analysis) twice gives identical output (seeded, deterministic)", () => {
    const a = generateAnalysis({ events: 5, actors: 60, relations: 150, seed: 3 });
    expect(layoutGraph(a)).toEqual(layoutGraph(structuredClone(a)));
  });

  it("layoutGraph(analysis) is unchanged after a JSON round trip of the analysis", () => {
    const a = smallAnalysis();
    const parsed = Analysis.parse(JSON.parse(JSON.stringify(a)));
    expect(layoutGraph(parsed)).toEqual(layoutGraph(a));
  });

  it("layoutGraph(analysis, {seed}) depends on the seed", () => {
    const a = generateAnalysis({ events: 5, actors: 40, relations: 80, seed: 3 });
    expect(layoutGraph(a, { seed: 1 }).nodes).not.toEqual(layoutGraph(a, { seed: 2 }).nodes);
  });

  it("layoutGraph(analysis) returns integer coordinates inside the box, one node per actor in order", () => {
    const a = smallAnalysis();
    const l = layoutGraph(a);
    expect(l.nodes.map((n) => n.id)).toEqual(a.actors.map((x) => x.id));
    for (const n of l.nodes) {
      expect(Number.isInteger(n.x) && Number.isInteger(n.y)).toBe(true);
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(l.width);
      expect(n.y + n.r).toBeLessThanOrEqual(l.height);
    }
  });

  it("layoutGraph(analysis) keeps nodes from overlapping in a small graph", () => {
    const l = layoutGraph(smallAnalysis());
    for (const a of l.nodes)
      for (const b of l.nodes)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
  });

  it("layoutGraph(analysis) handles no actors, relations to unknown actors and self-relations", () => {
    const empty = { ...smallAnalysis(), actors: [], relations: [] };
    expect(layoutGraph(empty)).toEqual({ nodes: [], width: 48, height: 48 });
    const a = smallAnalysis();
    const r = a.relations[0]!;
    a.relations.push({ ...r, id: "ghost", target: "nobody" }, { ...r, id: "self", target: r.source });
    expect(layoutGraph(a).nodes).toHaveLength(a.actors.length);
  });

  // Its time is a benchmark's business (npm run bench:ui prints when the graph is ready at this size).
  it("layoutGraph(1,000 actors, 5,000 relations) places every actor inside its box, apart from the others", () => {
    const a = generateAnalysis({ events: 1, actors: 1000, relations: 5000, seed: 11 });
    const l = layoutGraph(a);
    expect(l.nodes).toHaveLength(1000);
    for (const n of l.nodes) {
      expect([n.id, Number.isFinite(n.x) && Number.isFinite(n.y)]).toEqual([n.id, true]);
      expect([n.id, n.x >= n.r && n.x <= l.width - n.r && n.y >= n.r && n.y <= l.height - n.r]).toEqual([n.id, true]);
    }
    expect(new Set(l.nodes.map((n) => `${n.x},${n.y}`)).size).toBeGreaterThan(990);
    // the faster schedule for big graphs still ends with the circles apart (labels may touch)
    const touching: string[] = [];
    for (let i = 0; i < l.nodes.length; i++)
      for (let j = i + 1; j < l.nodes.length; j++) {
        const [p, q] = [l.nodes[i]!, l.nodes[j]!];
        if (Math.hypot(p.x - q.x, p.y - q.y) < p.r + q.r) touching.push(`${p.id}/${q.id}`);
      }
    expect(touching).toEqual([]);
  });

  it("actorRadius(actor) grows with mentions and is capped", () => {
    const m = (n: number) => ({ mentions: Array.from({ length: n }, () => ({ start: 0, end: 1 })) });
    expect(actorRadius(m(1))).toBe(8);
    expect(actorRadius(m(5))).toBeGreaterThan(actorRadius(m(2)));
    expect(actorRadius(m(10_000))).toBe(30);
  });

  it("defaultTicks(n) falls with n, without a step where the big-graph schedule starts", () => {
    expect(defaultTicks(20)).toBe(300);
    expect(defaultTicks(1000)).toBeLessThan(defaultTicks(500));
    expect(defaultTicks(500)).toBeLessThan(defaultTicks(300));
    expect(Math.abs(defaultTicks(301) - defaultTicks(300))).toBeLessThanOrEqual(1);
  });

  it("graphSeed(article) depends on id and text", () => {
    expect(graphSeed({ id: "a", text: "x" })).toBe(graphSeed({ id: "a", text: "x" }));
    expect(graphSeed({ id: "a", text: "x" })).not.toBe(graphSeed({ id: "b", text: "x" }));
    expect(graphSeed({ id: "a", text: "x" })).not.toBe(graphSeed({ id: "a", text: "y" }));
  });
});
