/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { Selection } from "@/lib/selection/types";
import { Graph, type GraphProps } from "@/components/graph/Graph";
import { GraphLegend } from "@/components/graph/GraphLegend";
import { smallAnalysis } from "../../lib/graph/fixture";

type Handler = (params: unknown) => void;

class MockDataSet<T extends { id: string }> {
  items = new Map<string, T>();
  updates: T[][] = [];
  update(items: T[]) {
    this.updates.push(items);
    for (const i of items) this.items.set(i.id, i);
  }
  remove(ids: string[]) {
    for (const id of ids) this.items.delete(id);
  }
}

const mockNetworks: MockNetwork[] = [];
class MockNetwork {
  handlers = new Map<string, Handler>();
  data: { nodes: MockDataSet<{ id: string }>; edges: MockDataSet<{ id: string }> };
  destroy = jest.fn();
  fit = jest.fn();
  setSelection = jest.fn();
  constructor(_container: HTMLElement, data: MockNetwork["data"]) {
    this.data = data;
    mockNetworks.push(this);
  }
  on(event: string, handler: Handler) {
    this.handlers.set(event, handler);
  }
  emit(event: string, params: unknown) {
    act(() => this.handlers.get(event)?.(params));
  }
}

jest.mock("vis-data/esnext", () => ({ get DataSet() { return MockDataSet; } }));
jest.mock("vis-network/esnext", () => ({ get Network() { return MockNetwork; } }));

const none: GraphProps["highlighted"] = { events: new Set(), actors: new Set(), relations: new Set(), claims: new Set() };

function setup(overrides: Partial<GraphProps> = {}) {
  const analysis = smallAnalysis();
  const props: GraphProps = {
    analysis,
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
  const view = render(<Graph {...props} />);
  return { props, view, network: mockNetworks[mockNetworks.length - 1]! };
}

beforeEach(() => {
  mockNetworks.length = 0;
});

describe("<Graph>", () => {
  it("<Graph> fills the DataSets from toVisData with every actor and relation at fixed positions", () => {
    const { network } = setup();
    expect(mockNetworks).toHaveLength(1);
    expect(network.data.nodes.items.size).toBe(8);
    expect(network.data.edges.items.size).toBe(6);
    const node = network.data.nodes.items.get("northland") as unknown as { physics: boolean; fixed: unknown };
    expect(node.physics).toBe(false);
    expect(node.fixed).toEqual({ x: true, y: true });
    expect(network.fit).toHaveBeenCalledTimes(1);
  });

  it("<Graph> updates only what changed on a new selection, without a new Network", () => {
    const { props, view, network } = setup();
    const before = network.data.nodes.updates.length;
    const selection: Selection = { kind: "relation", id: "r5" };
    view.rerender(<Graph {...props} selection={selection} />);
    expect(mockNetworks).toHaveLength(1);
    const changed = network.data.nodes.updates.slice(before).flat().map((n) => n.id);
    // relief-council and southland stay; the six others are dimmed
    expect(changed.sort()).toEqual(["ada-vell", "bo-reyes", "coastal-alliance", "daily-ledger", "northland", "officials"]);
    expect(network.setSelection).toHaveBeenLastCalledWith({ nodes: [], edges: ["r5"] }, { unselectAll: true, highlightEdges: false });
  });

  it("<Graph> click on a node selects the actor and focuses its neighbourhood; on an edge selects the relation", () => {
    const { props, network } = setup();
    network.emit("click", { nodes: ["southland"], edges: [] });
    expect(props.onSelect).toHaveBeenCalledWith({ kind: "actor", id: "southland" });
    expect(props.onFocusChange).toHaveBeenCalledWith("southland");
    network.emit("click", { nodes: [], edges: ["r4"] });
    expect(props.onSelect).toHaveBeenLastCalledWith({ kind: "relation", id: "r4" });
    network.emit("click", { nodes: [], edges: [] });
    expect(props.onSelect).toHaveBeenLastCalledWith(null);
  });

  it("<Graph> hovering an edge shows the evidence and attribution as text, never as markup", () => {
    const analysis = smallAnalysis();
    analysis.actors.find((a) => a.id === "officials")!.name = "<img src=x onerror=alert(1)>";
    const { network } = setup({ analysis });
    network.emit("hoverEdge", { edge: "r3", pointer: { DOM: { x: 10, y: 10 } } });
    const tip = screen.getByRole("tooltip");
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent("Northland may send monitors to the border");
    expect(tip).toHaveTextContent("according to <img src=x onerror=alert(1)>, via Daily Ledger");
    expect(tip.querySelector("img")).toBeNull();
    network.emit("blurEdge", {});
    expect(tip).not.toBeVisible();
  });

  it("<Graph> focus hides what is outside the neighbourhood and offers a way back", () => {
    const { props, network } = setup({ focus: "relief-council" });
    const shown = [...network.data.nodes.items.values()].filter((n) => !(n as unknown as { hidden: boolean }).hidden).map((n) => n.id);
    expect(shown).toEqual(["southland", "relief-council"]);
    fireEvent.click(screen.getByRole("button", { name: /show whole graph/i }));
    expect(props.onFocusChange).toHaveBeenCalledWith(null);
  });

  it("<Graph> lists the shown actors as buttons for keyboard users", () => {
    const { props } = setup();
    const nav = screen.getByRole("navigation", { name: "Actors in the graph" });
    const buttons = nav.querySelectorAll("button");
    expect(buttons).toHaveLength(8);
    expect(buttons[0]).toHaveTextContent("Southland (state, 4 relations)");
    fireEvent.click(screen.getByRole("button", { name: /^Relief Council/ }));
    expect(props.onSelect).toHaveBeenCalledWith({ kind: "actor", id: "relief-council" });
  });

  it("<Graph> describes the canvas and tears the network down on unmount", () => {
    const { view, network } = setup();
    expect(screen.getByRole("img")).toHaveAccessibleName(/Graph of 8 actors and 6 relations/);
    view.unmount();
    expect(network.destroy).toHaveBeenCalledTimes(1);
  });
});

describe("<GraphLegend>", () => {
  it("<GraphLegend analysis theme> shows only the kinds present, with shape swatches", () => {
    render(<GraphLegend analysis={smallAnalysis()} theme="light" />);
    const actorKinds = screen.getByRole("list", { name: "Actor kinds" });
    expect(actorKinds.querySelectorAll("li")).toHaveLength(7);
    expect(actorKinds).toHaveTextContent("Organisation");
    expect(actorKinds).not.toHaveTextContent("Coalition");
    expect(screen.getByRole("list", { name: "Relation kinds" })).toHaveTextContent("negotiates with");
    expect(screen.getByRole("list", { name: "Certainty" })).toHaveTextContent("dashed: probable");
  });
});
