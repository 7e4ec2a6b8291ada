import { XMLValidator } from "fast-xml-parser";
import { MAX_EDGE_ELEMENTS } from "@/lib/graph/edges";
import { layoutGraph } from "@/lib/graph/layout";
import { renderGraph } from "@/lib/graph/render";
import { toSvgString } from "@/lib/svg/node";
import { generateAnalysis } from "@/tools/synthetic";
import { expectGoldenSvg } from "../../helpers/golden";
import { smallAnalysis } from "./fixture";

describe("renderGraph(analysis, layout, opts)", () => {
  const a = smallAnalysis();
  const layout = layoutGraph(a);

  it("renderGraph(small, layout, {width: 640, theme: 'light'}) matches graph-small-light.svg", () => {
    expectGoldenSvg("graph-small-light.svg", toSvgString(renderGraph(a, layout, { width: 640, theme: "light" })));
  });

  it("renderGraph(small, layout, {width: 480, theme: 'dark', focus, selection}) matches graph-small-dark-focus.svg", () => {
    const svg = renderGraph(a, layout, { width: 480, theme: "dark", focus: "northland", selection: { kind: "relation", id: "r3" } });
    expectGoldenSvg("graph-small-dark-focus.svg", toSvgString(svg));
  });

  it("renderGraph output is well-formed XML with title, desc, markers, focusable nodes and edge ids", () => {
    const svg = toSvgString(renderGraph(a, layout, { width: 640, theme: "light" }));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain("<title id=\"nl-graph-title\">Actors and relations: Neighbours agree to talks &lt;as&gt; “planned”</title>");
    expect(svg).toMatch(/<desc id="nl-graph-desc">Graph of 8 actors and 6 relations/);
    expect(svg.match(/data-actor-id=/g)).toHaveLength(8);
    expect(svg.match(/<g data-relation-id="[^"]*" class="nl-edge"/g)).toHaveLength(6);
    expect(svg.match(/role="button" tabindex="0"/g)).toHaveLength(8);
    expect(svg).toContain('marker-end="url(#nl-graph-arrow-provides)"');
    expect(svg).toContain("Source: Daily Ledger, 2026-01-05");
  });

  it("renderGraph(…, {focus}) draws only the focused neighbourhood", () => {
    const svg = toSvgString(renderGraph(a, layout, { width: 480, theme: "light", focus: "relief-council" }));
    expect(svg.match(/data-actor-id="([^"]+)"/g)).toEqual(['data-actor-id="southland"', 'data-actor-id="relief-council"']);
    expect(svg).toContain("Showing the neighbourhood of Relief Council.");
  });

  it("renderGraph wraps a long edge label onto two lines rather than cutting it", () => {
    const long = smallAnalysis();
    const label = "provides humanitarian aid and logistics to";
    long.relations[0]!.label = label;
    const svg = renderGraph(long, layoutGraph(long), { width: 900, theme: "light" });
    const text = toSvgString(svg);
    const drawn = text.match(new RegExp(`data-relation-id="${long.relations[0]!.id}"[\\s\\S]*?</g>`))![0];
    const words = [...drawn.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));
    expect(words).toEqual([label]);
    expect(drawn).toContain("<tspan");
    expect(text).not.toContain(label.slice(0, 20) + "…");
  });

  it("renderGraph escapes hostile actor names", () => {
    const hostile = smallAnalysis();
    hostile.actors[0]!.name = '<script>alert("x")</script>';
    const svg = toSvgString(renderGraph(hostile, layoutGraph(hostile), { width: 640, theme: "light" }));
    expect(svg).not.toContain("<script");
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it("renderGraph(big, layout, {width: 480, theme: 'light', selection}) matches graph-bundled-light.svg: edges bundled, the selected one apart", () => {
    const big = generateAnalysis({ events: 1, actors: 12, relations: MAX_EDGE_ELEMENTS + 20, seed: 3 });
    const selected = big.relations[0]!.id;
    const svg = toSvgString(renderGraph(big, layoutGraph(big), { width: 480, theme: "light", selection: { kind: "relation", id: selected } }));
    expect(svg.match(/data-relation-id="([^"]+)"/g)).toEqual([`data-relation-id="${selected}"`]);
    expect(svg).toContain('class="nl-edge-bundle"');
    expect(XMLValidator.validate(svg)).toBe(true);
    expectGoldenSvg("graph-bundled-light.svg", svg);
  });

  it(`renderGraph draws up to ${MAX_EDGE_ELEMENTS} relations as one element each`, () => {
    const edge = generateAnalysis({ events: 1, actors: 12, relations: MAX_EDGE_ELEMENTS, seed: 3 });
    const svg = toSvgString(renderGraph(edge, layoutGraph(edge), { width: 480, theme: "light" }));
    expect(svg.match(/<g data-relation-id="[^"]*" class="nl-edge"/g)).toHaveLength(MAX_EDGE_ELEMENTS);
    expect(svg).not.toContain("nl-edge-bundle");
  });

  it("renderGraph scales 1,000 actors to the requested width", () => {
    const big = generateAnalysis({ events: 1, actors: 1000, relations: 2000, seed: 5 });
    const node = renderGraph(big, layoutGraph(big), { width: 800, theme: "light" });
    expect(node.attrs?.width).toBe(800);
    expect(XMLValidator.validate(toSvgString(node))).toBe(true);
  });
});
