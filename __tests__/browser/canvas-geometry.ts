// Where vis-network's canvas draws the seed's graph, read from the static drawing it takes over from
// (the canvas opens at the same view): node shapes, node labels where vis-network puts them (one line,
// hanging half its font and 4 units below the shape, moved by font.vadjust), and for each edge the point of its line a reader
// would click, with most room from all of those and from every other line.
import type { Page } from "playwright-core";
import { seededGraphLayout, toVisData } from "@/lib/graph";
import type { Analysis } from "@/lib/model/analysis";
import { dashboard as sel } from "./helpers";

/** A node's label as vis-network draws it: its text, its shape's half-size and its label's shift, in layout units. */
type CanvasLabel = { id: string; label: string; x: number; y: number; r: number; shift: number; inside: boolean };
type Box = { left: number; top: number; right: number; bottom: number };
export type CanvasGeometry = { labels: Record<string, Box>; edges: Record<string, { x: number; y: number; room: number }> };

function canvasLabels(analysis: Analysis): CanvasLabel[] {
  return toVisData(analysis, seededGraphLayout(analysis), { theme: "light" }).nodes.map((n) => ({
    id: n.id, label: n.label, x: n.x, y: n.y, r: n.size, shift: n.font.vadjust ?? 0, inside: n.shape === "box",
  }));
}

export async function canvasGeometry(page: Page, analysis: Analysis): Promise<CanvasGeometry> {
  await page.locator(sel.staticGraph).scrollIntoViewIfNeeded();
  return page.$eval(
    `${sel.staticGraph} svg`,
    (svg, { relations, labels }) => {
      type P = { x: number; y: number };
      type B = { left: number; top: number; right: number; bottom: number };
      const ctx = document.createElement("canvas").getContext("2d")!;
      const centre = (id: string) => {
        const b = svg.querySelector(`g[data-actor-id="${id}"] path`)?.getBoundingClientRect();
        return b ? { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2, box: b } : null;
      };
      // DOM pixels per layout unit, from the two nodes farthest apart
      let k = 1;
      let far = 0;
      for (const a of labels)
        for (const b of labels) {
          const ca = centre(a.id);
          const cb = centre(b.id);
          const d = Math.hypot(a.x - b.x, a.y - b.y);
          if (ca && cb && d > far) [far, k] = [d, Math.hypot(ca.x - cb.x, ca.y - cb.y) / d];
        }
      const family = getComputedStyle(svg.querySelector("text")!).fontFamily;
      const blocked: B[] = [];
      const labelBoxes: Record<string, B> = {};
      for (const n of labels) {
        const c = centre(n.id);
        if (!c) continue;
        blocked.push({ left: c.box.left, top: c.box.top, right: c.box.right, bottom: c.box.bottom });
        if (n.inside) continue;
        ctx.font = `${12 * k}px ${family}`;
        const w = ctx.measureText(n.label).width;
        const top = c.y + (n.r + 6 + 4 + n.shift) * k; // half the 12-unit font and 4 below the shape
        const box = { left: c.x - w / 2 - 2, top: top - 2, right: c.x + w / 2 + 2, bottom: top + 12 * 1.2 * k + 2 };
        labelBoxes[n.id] = box;
        blocked.push(box);
      }
      const lines = new Map<string, P[]>();
      for (const r of relations) {
        const path = svg.querySelector<SVGPathElement>(`g[data-relation-id="${r.id}"] path`);
        if (!path) continue;
        const m = path.getScreenCTM()!;
        const n = path.getTotalLength();
        const pts: P[] = [];
        for (let i = 0; i <= 60; i++) {
          const q = path.getPointAtLength((n * i) / 60);
          pts.push({ x: m.a * q.x + m.c * q.y + m.e, y: m.b * q.x + m.d * q.y + m.f });
        }
        lines.set(r.id, pts);
      }
      const boxRoom = (p: P, b: B) => Math.max(b.left - p.x, p.x - b.right, b.top - p.y, p.y - b.bottom);
      const edges: Record<string, P & { room: number }> = {};
      for (const [id, pts] of lines) {
        let best: (P & { room: number }) | null = null;
        for (const p of pts) {
          let room = Math.min(...blocked.map((b) => boxRoom(p, b)));
          for (const [other, o] of lines) if (other !== id) for (const q of o) room = Math.min(room, Math.hypot(p.x - q.x, p.y - q.y));
          if (!best || room > best.room) best = { ...p, room };
        }
        if (best) edges[id] = best;
      }
      return { labels: labelBoxes, edges };
    },
    { relations: analysis.relations.map(({ id }) => ({ id })), labels: canvasLabels(analysis) },
  );
}
