import { labelArea, nodeByLabel, pickOnCanvas, type CanvasNode } from "@/lib/graph";

// a dot of radius 10 at (100, 100) with a label 80 wide below it: vis-network's box spans both
const dot: CanvasNode = { id: "a", centre: { x: 100, y: 100 }, radius: 10, box: { left: 60, top: 90, right: 140, bottom: 125 } };
// a second node whose label overlaps the first one's, drawn after it
const later: CanvasNode = { id: "b", centre: { x: 130, y: 105 }, radius: 5, box: { left: 100, top: 100, right: 160, bottom: 126 } };

describe("labelArea(node)", () => {
  it("labelArea(node) is the box below the shape, not the corners beside it", () => {
    // down to where the label is drawn: half the 12-unit font and 4 units lower than the box says
    expect(labelArea(dot)).toEqual({ left: 60, top: 110, right: 140, bottom: 135 });
  });
  it("labelArea(node) is null for a node with nothing below its shape", () => {
    expect(labelArea({ ...dot, box: { left: 90, top: 90, right: 110, bottom: 110 } })).toBeNull();
  });
});

describe("nodeByLabel(nodes, point)", () => {
  it("nodeByLabel finds a point on the words and not one beside the shape, where lines leave the node", () => {
    expect(nodeByLabel([dot], { x: 100, y: 118 })).toBe("a");
    expect(nodeByLabel([dot], { x: 70, y: 95 })).toBeUndefined();
    expect(nodeByLabel([dot], { x: 135, y: 100 })).toBeUndefined();
  });
  it("nodeByLabel gives the label drawn last where two overlap", () => {
    expect(nodeByLabel([dot, later], { x: 120, y: 120 })).toBe("b");
    expect(nodeByLabel([later, dot], { x: 120, y: 120 })).toBe("a");
  });
});

describe("pickOnCanvas(found, nodes, point)", () => {
  it("pickOnCanvas takes the shape vis-network found before anything else", () => {
    expect(pickOnCanvas({ node: "a", edge: "r1" }, [dot], { x: 100, y: 100 })).toEqual({ kind: "actor", id: "a" });
  });
  it("pickOnCanvas takes a label over a line that runs under it", () => {
    expect(pickOnCanvas({ edge: "r1" }, [dot], { x: 100, y: 118 })).toEqual({ kind: "actor", id: "a" });
  });
  it("pickOnCanvas takes the line beside a shape, inside the node's bounding box but off its label", () => {
    expect(pickOnCanvas({ edge: "r1" }, [dot], { x: 130, y: 95 })).toEqual({ kind: "relation", id: "r1" });
  });
  it("pickOnCanvas is null on empty canvas, and without a point only what vis-network found counts", () => {
    expect(pickOnCanvas({}, [dot], { x: 300, y: 300 })).toBeNull();
    expect(pickOnCanvas({ edge: "r1" }, [dot], undefined)).toEqual({ kind: "relation", id: "r1" });
  });
});

describe("labelArea(node) with a shifted label", () => {
  it("labelArea(node) follows a label moved above its shape (font.vadjust)", () => {
    const up: CanvasNode = { ...dot, shift: -40 };
    expect(labelArea(up)).toEqual({ left: 60, top: 70, right: 140, bottom: 95 });
    expect(nodeByLabel([up], { x: 100, y: 118 })).toBeUndefined();
    expect(nodeByLabel([up], { x: 100, y: 78 })).toBe("a");
  });
});
