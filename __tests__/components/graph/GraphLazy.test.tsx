/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { GraphLazy, type GraphLazyProps } from "@/components/graph/GraphLazy";
import { layoutGraph } from "@/lib/graph/layout";
import { smallAnalysis } from "../../lib/graph/fixture";

type Handler = (params: unknown) => void;

const mockNetworks: MockNetwork[] = [];
class MockNetwork {
  handlers = new Map<string, Handler>();
  destroy = jest.fn();
  fit = jest.fn();
  moveTo = jest.fn();
  setSelection = jest.fn();
  constructor() {
    mockNetworks.push(this);
  }
  on(event: string, handler: Handler) {
    this.handlers.set(event, handler);
  }
  emit(event: string, params: unknown) {
    act(() => this.handlers.get(event)?.(params));
  }
}
class MockDataSet {
  update() {}
  remove() {}
}
jest.mock("vis-data/esnext", () => ({ get DataSet() { return MockDataSet; } }));
jest.mock("vis-network/esnext", () => ({ get Network() { return MockNetwork; } }));

const none: GraphLazyProps["highlighted"] = { events: new Set(), actors: new Set(), relations: new Set(), claims: new Set() };

function props(overrides: Partial<GraphLazyProps> = {}): GraphLazyProps {
  const analysis = overrides.analysis ?? smallAnalysis();
  return {
    analysis,
    layout: layoutGraph(analysis),
    visibleActors: new Set(analysis.actors.map((a) => a.id)),
    visibleRelations: new Set(analysis.relations.map((r) => r.id)),
    highlighted: none,
    selection: null,
    onSelect: jest.fn(),
    focus: null,
    onFocusChange: jest.fn(),
    theme: "light",
    ...overrides,
  };
}

const staticGraph = (container: HTMLElement) => container.querySelector<HTMLElement>("[data-testid='graph-static']")!;
const node = (container: HTMLElement, id: string) => staticGraph(container).querySelector<SVGGElement>(`g[data-actor-id="${id}"]`)!;

beforeEach(() => {
  mockNetworks.length = 0;
});

/** Runs an interaction and lets next/dynamic's import settle inside act. */
async function settle(interaction: () => void) {
  await act(async () => {
    interaction();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Server HTML as DOM nodes in a fresh container (parsed, not assigned through innerHTML). */
function fromHtml(html: string): HTMLDivElement {
  const container = document.createElement("div");
  container.append(...new DOMParser().parseFromString(html, "text/html").body.childNodes);
  return container;
}

describe("<GraphLazy> static first", () => {
  it("renderToString(<GraphLazy>) draws the seeded graph once in the server HTML, dark by a style sheet, without vis-network", () => {
    const html = renderToString(<GraphLazy {...props()} />);
    const host = fromHtml(html);
    const svgs = host.querySelectorAll("[data-testid='graph-static'] svg");
    expect(svgs).toHaveLength(1);
    expect(host.querySelector("[data-testid='graph-static']")!.hasAttribute("data-hydrated")).toBe(false);
    const css = host.querySelector("[data-testid='graph-static'] > style")!.textContent!;
    expect(css).toContain("@media (prefers-color-scheme: dark)");
    // every fill and stroke of the light drawing has a dark counterpart in the style sheet
    const painted = new Set([...svgs[0]!.querySelectorAll("[fill], [stroke]")].flatMap((el) => [el.getAttribute("fill"), el.getAttribute("stroke")]));
    for (const colour of painted) if (colour?.startsWith("#")) expect(css).toContain(`[fill="${colour}" i]`);
    expect(svgs[0]!.querySelectorAll("g[data-actor-id]")).toHaveLength(8);
    expect(svgs[0]!.querySelectorAll("g.nl-edge[data-relation-id]")).toHaveLength(6);
    expect(host.textContent).toContain("Static view — interact to pan and zoom.");
    expect(mockNetworks).toHaveLength(0);
  });

  it("<GraphLazy> lists a big graph's first actors for the keyboard, the selected one, and the rest on demand", () => {
    const base = smallAnalysis();
    const actors = Array.from({ length: 150 }, (_, i) => ({ ...base.actors[0]!, id: `a${i}`, name: `Actor ${i}`, mentions: base.actors[0]!.mentions.slice(0, 1) }));
    const analysis = { ...base, actors, relations: [] };
    render(<GraphLazy {...props({ analysis, selection: { kind: "actor", id: "a99" } })} />);
    const list = screen.getByRole("navigation", { name: "Actors in the graph" });
    expect(list.querySelectorAll("li > button")).toHaveLength(101);
    expect(list.querySelector('li > button[data-actor-id="a99"]')!.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "List all 150 actors" }));
    expect(list.querySelectorAll("li > button")).toHaveLength(150);
  });

  it("<GraphLazy> click on a static node selects the actor and focuses its neighbourhood; on an edge, the relation; elsewhere, nothing", () => {
    const p = props();
    const { container } = render(<GraphLazy {...p} />);
    expect(staticGraph(container).querySelectorAll("svg")).toHaveLength(1);
    fireEvent.click(node(container, "southland").querySelector("path")!);
    expect(p.onSelect).toHaveBeenLastCalledWith({ kind: "actor", id: "southland" });
    expect(p.onFocusChange).toHaveBeenLastCalledWith("southland");
    fireEvent.click(staticGraph(container).querySelector('[data-relation-id="r4"] path')!);
    expect(p.onSelect).toHaveBeenLastCalledWith({ kind: "relation", id: "r4" });
    fireEvent.click(staticGraph(container).querySelector("svg")!);
    expect(p.onSelect).toHaveBeenLastCalledWith(null);
    expect(mockNetworks).toHaveLength(0);
  });

  it("<GraphLazy selection> marks the selected actor pressed in the drawing and in the keyboard list", () => {
    const { container } = render(<GraphLazy {...props({ selection: { kind: "actor", id: "northland" } })} />);
    expect(node(container, "northland")).toHaveAttribute("aria-pressed", "true");
    expect(node(container, "southland")).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByRole("navigation", { name: "Actors in the graph" }).querySelector('[data-actor-id="northland"]')).toHaveAttribute("aria-pressed", "true");
  });

  it("<GraphLazy> hover shows the hover card as text, never markup", async () => {
    const analysis = smallAnalysis();
    analysis.actors.find((a) => a.id === "officials")!.name = "<img src=x onerror=alert(1)>";
    const { container } = render(<GraphLazy {...props({ analysis })} />);
    // (in React, pointer-over also means pointer-enter for the panel: the swap starts, the drawing stays till it is ready)
    await settle(() => fireEvent.pointerOver(staticGraph(container).querySelector('[data-relation-id="r3"] path')!));
    const tip = screen.getByRole("tooltip");
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent("Northland may send monitors to the border");
    expect(tip).toHaveTextContent("according to <img src=x onerror=alert(1)>, via Daily Ledger");
    expect(tip.querySelector("img")).toBeNull();
    fireEvent.pointerOut(staticGraph(container).querySelector('[data-relation-id="r3"] path')!, { relatedTarget: staticGraph(container) });
    expect(tip).not.toBeVisible();
  });

  it("<GraphLazy> the static nodes are one tab stop; arrows move focus, Enter selects", () => {
    const p = props();
    const { container } = render(<GraphLazy {...p} />);
    const nodes = [...staticGraph(container).querySelectorAll<SVGGElement>("g[data-actor-id]")];
    expect(nodes.filter((n) => n.getAttribute("tabindex") === "0")).toHaveLength(1);
    act(() => nodes[0]!.focus());
    expect(screen.getByRole("tooltip")).toBeVisible();
    fireEvent.keyDown(nodes[0]!, { key: "ArrowRight" });
    const second = node(container, nodes[1]!.getAttribute("data-actor-id")!);
    expect(document.activeElement).toBe(second);
    expect(second).toHaveAttribute("tabindex", "0");
    expect(node(container, nodes[0]!.getAttribute("data-actor-id")!)).toHaveAttribute("tabindex", "-1");
    fireEvent.keyDown(second, { key: "Enter" });
    expect(p.onSelect).toHaveBeenLastCalledWith({ kind: "actor", id: second.getAttribute("data-actor-id") });
  });

  it("<GraphLazy> fetches vis-network only on interaction, then swaps the drawing for the canvas once it has drawn", async () => {
    const { container } = render(<GraphLazy {...props()} />);
    expect(mockNetworks).toHaveLength(0);
    await settle(() => fireEvent.click(screen.getByRole("button", { name: "Pan & zoom" })));
    await waitFor(() => expect(mockNetworks).toHaveLength(1));
    // the drawing stays until the canvas has something to show
    expect(staticGraph(container)).not.toBeNull();
    mockNetworks[0]!.emit("afterDrawing", {});
    expect(staticGraph(container)).toBeNull();
    expect(screen.getByTestId("graph-canvas")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Pan & zoom" })).toBeNull();
    expect(screen.getAllByRole("navigation", { name: "Actors in the graph" })).toHaveLength(1);
    // jsdom has no layout to measure the drawing by, so the canvas fits the graph itself
    expect(mockNetworks[0]!.fit).toHaveBeenCalledTimes(1);
  });

  it("<GraphLazy> the pointer entering the graph starts the swap too", async () => {
    const { container } = render(<GraphLazy {...props()} />);
    await settle(() => fireEvent.pointerEnter(staticGraph(container).parentElement!));
    await waitFor(() => expect(mockNetworks).toHaveLength(1));
  });

  it("<GraphLazy> without a layout lays the graph out in the browser", async () => {
    const { container } = render(<GraphLazy {...props({ layout: undefined })} />);
    await waitFor(() => expect(staticGraph(container)?.querySelectorAll("g[data-actor-id]")).toHaveLength(8));
  });
});
