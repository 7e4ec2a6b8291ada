import { canvasLabelPlan, type CanvasLabelEdge, type CanvasLabelNode } from "@/lib/graph";

const node = (id: string, x: number, y: number, label = id): CanvasLabelNode => ({ id, x, y, r: 10, label, inside: false });
const edge = (id: string, from: string, to: string, label = ""): CanvasLabelEdge => ({ id, from, to, curve: { type: "straight" }, label });

describe("canvasLabelPlan(nodes, edges)", () => {
  it("canvasLabelPlan keeps a label below its shape where no line runs", () => {
    const plan = canvasLabelPlan([node("Oslo", 0, 0), node("Bergen", 300, 0)], [edge("r1", "Oslo", "Bergen")]);
    expect([...plan.shift]).toEqual([]);
  });
  it("canvasLabelPlan moves a label above its shape when a line leaves the node downwards under it", () => {
    // the line from A runs down and slightly right, through where A's long label would hang
    // (a node higher up leaves room above A within the frame)
    const plan = canvasLabelPlan([node("A", 0, 0, "Ministry of Finance"), node("B", 40, 200), node("T", 300, -80)], [edge("r1", "A", "B")]);
    expect(plan.shift.get("A")).toBeLessThan(-20);
    expect(plan.shift.has("B")).toBe(false);
  });
  it("canvasLabelPlan leaves a label below when above is crossed too", () => {
    const plan = canvasLabelPlan(
      [node("A", 0, 0, "Ministry of Finance"), node("B", 40, 200), node("C", -40, -200), node("T", 300, -300)],
      [edge("r1", "A", "B"), edge("r2", "A", "C")],
    );
    expect(plan.shift.has("A")).toBe(false);
  });
  it("canvasLabelPlan draws an edge label with room at the middle of its line, and drops one over another edge label or a name", () => {
    const nodes = [node("A", 0, 0), node("B", 400, 0), node("C", 200, -150), node("D", 200, 150)];
    // r1 and r2 cross at (200, 0), both labels' middle: the first takes the spot, the second is left to the hover card
    const plan = canvasLabelPlan(nodes, [edge("r1", "A", "B", "meets with"), edge("r2", "C", "D", "sanctions"), edge("r3", "A", "C", "")]);
    expect([...plan.edgeLabels]).toEqual(["r1"]);
    // a node's name right over the line's middle: no label there
    const crowded = canvasLabelPlan([node("A", 0, 0), node("B", 0, 60), node("C", 40, 10, "Harbour authority")], [edge("r1", "A", "B", "funds")]);
    expect([...crowded.edgeLabels]).toEqual([]);
    const apart = canvasLabelPlan(nodes, [edge("r1", "A", "B", "meets with"), edge("r3", "A", "C", "visits")]);
    expect([...apart.edgeLabels].sort()).toEqual(["r1", "r3"]);
  });
});

describe("canvasLabelPlan(nodes, edges) and the frame", () => {
  it("canvasLabelPlan never raises a label over the topmost shape, where the canvas's frame ends", () => {
    const plan = canvasLabelPlan([node("A", 0, 0, "Ministry of Finance"), node("B", 40, 200)], [edge("r1", "A", "B")]);
    const raised = canvasLabelPlan([node("A", 0, 0, "Ministry of Finance"), node("B", 40, 200), node("T", 300, -80)], [edge("r1", "A", "B")]);
    expect(plan.shift.has("A")).toBe(false);
    expect(raised.shift.get("A")).toBeLessThan(-20);
  });
});
