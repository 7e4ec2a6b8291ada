import { edgeBundles, edgeGeometry } from "@/lib/graph/edges";
import { toSvgString, type SvgNode } from "@/lib/svg/node";
import type { Relation } from "@/lib/model/analysis";

const relation = (id: string, kind: Relation["kind"], certainty: Relation["certainty"]): Relation =>
  ({ id, source: "a", target: "b", kind, certainty, label: id }) as Relation;

describe("edgeGeometry(from, to, fromRadius, toRadius, curve)", () => {
  it("edgeGeometry(straight) starts and ends on the outlines, one pixel short of the target for the arrow's tip", () => {
    const g = edgeGeometry({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 20, { type: "straight" });
    expect(g).toEqual({ start: { x: 10, y: 0 }, end: { x: 79, y: 0 }, control: null, mid: { x: 44.5, y: 0 } });
  });

  it("edgeGeometry(curvedCW) bends through a control point off the straight line", () => {
    const g = edgeGeometry({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 10, { type: "curvedCW", roundness: 0.2 });
    expect(g.control).not.toBeNull();
    expect(Math.abs(g.control!.y)).toBeGreaterThan(1);
    expect(Math.hypot(g.start.x, g.start.y)).toBeCloseTo(10);
  });
});

describe("edgeBundles(items, theme)", () => {
  const straight = edgeGeometry({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 10, { type: "straight" });
  const items = [
    { relation: relation("r1", "supports", "fact"), geometry: straight, dim: false },
    { relation: relation("r2", "supports", "fact"), geometry: straight, dim: false },
    { relation: relation("r3", "supports", "possible"), geometry: straight, dim: false },
    { relation: relation("r4", "opposes", "fact"), geometry: straight, dim: true },
  ];

  it("edgeBundles groups relations by emphasis, layer, kind and certainty, dimmed groups first, with no per-relation element", () => {
    const many = Array.from({ length: 12 }, (_, i) => items[i % items.length]!);
    const bundles = edgeBundles(many, "light");
    const looks = bundles.map((b) => `${b.attrs?.["data-relation-kind"]} ${b.attrs?.opacity ?? 1}`);
    const firstBright = looks.findIndex((l) => l.endsWith(" 1"));
    expect(firstBright).toBeGreaterThan(0);
    expect(looks.slice(0, firstBright).every((l) => l === "opposes 0.18")).toBe(true);
    expect(looks.slice(firstBright).every((l) => l === "supports 1")).toBe(true);
    const svg = bundles.map(toSvgString).join("");
    expect(svg).not.toContain("data-relation-id");
    expect(svg.match(/M10,0L89,0/g)).toHaveLength(12);
    expect(svg.match(/stroke-dasharray="6 4"/g)?.length).toBeGreaterThan(0);
  });

  it("edgeBundles draws one line and one arrowhead (tip at the line's end) per relation", () => {
    const [bundle] = edgeBundles([items[0]!, items[1]!], "light");
    const [line, arrows] = (bundle!.children ?? []) as SvgNode[];
    expect(line!.attrs?.d).toBe("M10,0L89,0");
    expect(arrows!.attrs?.d).toBe("M89,0l-8,4l0,-8z");
  });
});
