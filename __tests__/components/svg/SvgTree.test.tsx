/** @jest-environment jsdom */
import { render } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { SvgTree, reactAttributeName } from "@/components/svg/SvgTree";
import { layoutGraph, renderGraph } from "@/lib/graph";
import { h, toSvgString, type SvgNode } from "@/lib/svg/node";
import { layoutTimeline, renderTimeline } from "@/lib/timeline";
import { smallAnalysis } from "../../lib/graph/fixture";
import { all, fixture } from "../../lib/timeline/fixture";

type Shape = { tag: string; attrs: Record<string, string>; text: string | null; children: Shape[] };

/** Elements, attributes and direct text of an SVG document, to compare two serialisations. */
function shape(el: Element): Shape {
  const attrs: Record<string, string> = {};
  for (const a of el.attributes) attrs[a.name] = a.value;
  const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("");
  return { tag: el.tagName, attrs, text: text === "" ? null : text, children: [...el.children].map(shape) };
}

const parse = (svg: string) => {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.querySelector("parsererror")).toBeNull();
  return shape(doc.documentElement);
};

const drawings: [string, () => SvgNode][] = [
  ["the timeline", () => renderTimeline(layoutTimeline(fixture, all(fixture), { width: 800, lanes: "actor", theme: "light", window: null }), { idPrefix: "t", selectedId: "summit" })],
  ["the graph", () => { const a = smallAnalysis(); return renderGraph(a, layoutGraph(a), { width: 480, theme: "dark", selection: { kind: "actor", id: "southland" } }); }],
];

describe("<SvgTree>", () => {
  it.each(drawings)("<SvgTree node> of %s renders what toSvgString writes: same elements, attributes and text", (_, draw) => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => {});
    const tree = draw();
    const viaReact = renderToStaticMarkup(<SvgTree node={tree} />);
    expect(viaReact).toContain(' stroke-width="');
    expect(parse(viaReact)).toEqual(parse(toSvgString(tree)));
    // no "Invalid DOM property `stroke-width`" or similar: every attribute is given by its React name
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it("<SvgTree> keeps text as text: a label holding <script> is inert", () => {
    const label = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const { container } = render(<SvgTree node={h("svg", { width: 10 }, [h("text", { x: 1 }, [label]), h("title", {}, ["a & b < c"])])} />);
    expect(container.querySelector("script, img")).toBeNull();
    expect(container.querySelector("text")?.textContent).toBe(label);
    expect(container.querySelector("title")?.textContent).toBe("a & b < c");
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(renderToStaticMarkup(<SvgTree node={h("text", {}, [label])} />)).toContain("&lt;script&gt;");
  });

  it("<SvgTree> drops script-like elements, event handler and style attributes, and malformed names", () => {
    const tree = h("svg", { onload: "alert(1)", "bad name": "x", style: "fill:red" }, [
      h("script", {}, ["alert(1)"]),
      h("foreignObject", {}, [h("div", {}, ["html"])]),
      h("g", { onclick: "alert(1)", "data-actor-id": "a" }, [h("circle", { r: 2 })]),
    ]);
    const { container } = render(<SvgTree node={tree} />);
    const svg = container.querySelector("svg")!;
    expect(svg.getAttributeNames()).toEqual([]);
    expect(container.querySelector("script, foreignObject, div")).toBeNull();
    expect(container.querySelector("g")!.getAttributeNames()).toEqual(["data-actor-id"]);
    expect(container.querySelector("circle")).toHaveAttribute("r", "2");
  });

  it("<SvgTree rootProps> adds its classes to the drawing's own", () => {
    const { container } = render(<SvgTree node={h("svg", { class: "nl-timeline" })} rootProps={{ className: "w-full" }} />);
    expect(container.querySelector("svg")).toHaveAttribute("class", "nl-timeline w-full");
  });

  it("reactAttributeName(name) maps SVG attribute names to React props", () => {
    expect(reactAttributeName("stroke-width")).toBe("strokeWidth");
    expect(reactAttributeName("class")).toBe("className");
    expect(reactAttributeName("tabindex")).toBe("tabIndex");
    expect(reactAttributeName("xlink:href")).toBe("xlinkHref");
    expect(reactAttributeName("data-event-id")).toBe("data-event-id");
    expect(reactAttributeName("aria-selected")).toBe("aria-selected");
    expect(reactAttributeName("viewBox")).toBe("viewBox");
    expect(reactAttributeName("onClick")).toBeNull();
    expect(reactAttributeName("style")).toBeNull();
  });
});
