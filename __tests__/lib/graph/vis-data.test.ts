import { diffItems } from "@/lib/graph/diff";
import { layoutGraph } from "@/lib/graph/layout";
import { toVisData } from "@/lib/graph/vis-data";
import { expectGolden } from "../../helpers/golden";
import { smallAnalysis } from "./fixture";

describe("toVisData(analysis, layout, opts)", () => {
  const a = smallAnalysis();
  const layout = layoutGraph(a);

  it("toVisData(small, layout, {theme: 'light'}) matches graph-visdata-small.json", () => {
    expectGolden("graph-visdata-small.json", JSON.stringify(toVisData(a, layout, { theme: "light" }), null, 2) + "\n");
  });

  it("toVisData(small, layout, {theme: 'dark', focus, selection}) matches graph-visdata-small-dark-focus.json", () => {
    const data = toVisData(a, layout, { theme: "dark", focus: "coastal-alliance", selection: { kind: "actor", id: "coastal-alliance" } });
    expectGolden("graph-visdata-small-dark-focus.json", JSON.stringify(data, null, 2) + "\n");
  });

  it("toVisData fixes every node at its layout position with physics off and sets no title", () => {
    const { nodes, edges } = toVisData(a, layout, { theme: "light" });
    for (const n of nodes) {
      const p = layout.nodes.find((x) => x.id === n.id)!;
      expect([n.x, n.y, n.size, n.physics, n.fixed]).toEqual([p.x, p.y, p.r, false, { x: true, y: true }]);
      expect(n).not.toHaveProperty("title");
    }
    for (const e of edges) expect(e).not.toHaveProperty("title");
  });

  it("toVisData dashes uncertain relations only", () => {
    const { edges } = toVisData(a, layout, { theme: "light" });
    const dashed = edges.filter((e) => e.dashes !== false).map((e) => e.id);
    expect(dashed).toEqual(["r3", "r4"]);
  });

  it("toVisData hides filtered actors and their edges, keeping every item", () => {
    const { nodes, edges } = toVisData(a, layout, { theme: "light", visibleActors: new Set(["northland", "southland"]) });
    expect(nodes.filter((n) => !n.hidden).map((n) => n.id)).toEqual(["northland", "southland"]);
    expect(edges.filter((e) => !e.hidden).map((e) => e.id)).toEqual(["r1", "r2", "r3"]);
    expect(nodes).toHaveLength(a.actors.length);
    const onlyR1 = toVisData(a, layout, { theme: "light", visibleRelations: new Set(["r1"]) });
    expect(onlyR1.edges.filter((e) => !e.hidden).map((e) => e.id)).toEqual(["r1"]);
  });

  it("toVisData dims what is not linked to the selected relation", () => {
    const { nodes, edges } = toVisData(a, layout, { theme: "light", selection: { kind: "relation", id: "r5" } });
    expect(nodes.filter((n) => n.opacity === 1).map((n) => n.id)).toEqual(["southland", "relief-council"]);
    expect(edges.filter((e) => e.color.opacity === 1).map((e) => e.id)).toEqual(["r5"]);
    expect(edges.find((e) => e.id === "r5")!.width).toBeGreaterThan(edges.find((e) => e.id === "r1")!.width);
  });
});

describe("diffItems(previous, items)", () => {
  it("diffItems reports only new, changed and removed items", () => {
    const first = diffItems(new Map(), [{ id: "a", v: 1 }, { id: "b", v: 1 }]);
    expect(first.changed.map((x) => x.id)).toEqual(["a", "b"]);
    const second = diffItems(first.snapshot, [{ id: "a", v: 2 }, { id: "c", v: 1 }]);
    expect(second.changed.map((x) => x.id)).toEqual(["a", "c"]);
    expect(second.removed).toEqual(["b"]);
    expect(diffItems(second.snapshot, [{ id: "a", v: 2 }, { id: "c", v: 1 }]).changed).toEqual([]);
  });
});
