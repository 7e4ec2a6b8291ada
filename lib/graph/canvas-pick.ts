// What a press on the vis-network canvas is on. vis-network hit-tests a node by its shape and an edge
// by the distance to its line; a node's label it draws below the shape but does not hit-test, and its
// bounding box (shape and label in one rectangle) also covers the empty corners beside the shape, where
// edges leave the node. A reader clicks the words, and the line beside the shape: the label's own
// area, not the box round both, is the node's.

export type Point = { x: number; y: number };
export type Box = { left: number; top: number; right: number; bottom: number };

/**
 * A node as drawn on the canvas: its centre, the half-size of its shape, vis-network's bounding box
 * (which counts the label below the shape) and how far the label is drawn from there (font.vadjust).
 */
export type CanvasNode = { id: string; centre: Point; radius: number; box: Box; shift?: number; font?: number };

/**
 * vis-network's box counts a label's height from the shape's bottom, but draws the label lower, half
 * its font size and 4 units down (drawExternalLabel): the area reaches that much further.
 */
const hang = (font: number) => font / 2 + 4;

/** The area of a node's label: below the shape, as drawn, moved by its shift (null when it has none). */
export function labelArea(node: CanvasNode): Box | null {
  const top = node.centre.y + node.radius;
  if (node.box.bottom <= top) return null;
  const dy = node.shift ?? 0;
  return { left: node.box.left, top: top + dy, right: node.box.right, bottom: node.box.bottom + hang(node.font ?? 12) + dy };
}

function inside(p: Point, b: Box): boolean {
  return p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom;
}

/** The node whose label is under `p` (the last drawn, on top, when labels overlap). */
export function nodeByLabel(nodes: readonly CanvasNode[], p: Point): string | undefined {
  let found: string | undefined;
  for (const node of nodes) {
    const area = labelArea(node);
    if (area && inside(p, area)) found = node.id;
  }
  return found;
}

export type CanvasHit = { kind: "actor" | "relation"; id: string } | null;

/**
 * What a press selects, from what vis-network found under it (a node by its shape, an edge by its
 * line) and the labels: a shape first, then a label (drawn over the lines), then a line.
 */
export function pickOnCanvas(found: { node?: string; edge?: string }, nodes: readonly CanvasNode[], p: Point | undefined): CanvasHit {
  if (found.node !== undefined) return { kind: "actor", id: found.node };
  const byLabel = p ? nodeByLabel(nodes, p) : undefined;
  if (byLabel !== undefined) return { kind: "actor", id: byLabel };
  if (found.edge !== undefined) return { kind: "relation", id: found.edge };
  return null;
}
