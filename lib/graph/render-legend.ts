import type { Analysis } from "../model";
import { fmt, h, type SvgNode } from "../svg";
import { approxTextWidth } from "./label";
import { shapePath } from "./shapes";
import { relationKindStyle, type GraphTheme, type Legend, type Palette } from "./style";

/** The arrowheads of the relation kinds drawn, one marker per kind, coloured like its edges. */
export function markers(relations: Analysis["relations"], theme: GraphTheme, prefix: string): SvgNode[] {
  const kinds = [...new Set(relations.map((r) => r.kind))].sort();
  return kinds.map((kind) =>
    h(
      "marker",
      { id: `${prefix}-arrow-${kind}`, viewBox: "0 -4 8 8", refX: 8, refY: 0, markerWidth: 8, markerHeight: 8, markerUnits: "userSpaceOnUse", orient: "auto" },
      [h("path", { d: "M0,-4L8,0L0,4Z", fill: relationKindStyle[kind].color[theme] })],
    ),
  );
}

/** The legend as flowing rows of swatch + label, wrapped to `rowWidth`. */
export function legendLayout(l: Legend, rowWidth: number, palette: Palette, prefix: string) {
  const items: { width: number; draw: (x: number, y: number) => SvgNode }[] = [];
  const text = (x: number, y: number, s: string) => h("text", { x: x + 18, y: y + 4, "font-size": 10, fill: palette.text }, [s]);
  for (const a of l.actors) {
    items.push({
      width: 18 + approxTextWidth(a.label, 10) + 14,
      draw: (x, y) => h("g", { "data-legend": `actor-${a.kind}` }, [h("path", { d: shapePath(a.shape, x + 6, y, 6, 12), fill: a.color }), text(x, y, a.label)]),
    });
  }
  for (const r of l.relations) {
    items.push({
      width: 18 + approxTextWidth(r.label, 10) + 14,
      draw: (x, y) =>
        h("g", { "data-legend": `relation-${r.kind}` }, [
          h("path", { d: `M${fmt(x)},${fmt(y)}L${fmt(x + 13)},${fmt(y)}`, stroke: r.color, "stroke-width": 2, "marker-end": `url(#${prefix}-arrow-${r.kind})` }),
          text(x, y, r.label),
        ]),
    });
  }
  for (const line of l.lines) {
    items.push({
      width: 18 + approxTextWidth(line.label, 10) + 14,
      draw: (x, y) =>
        h("g", { "data-legend": line.dashed ? "uncertain" : "certain" }, [
          h("path", { d: `M${fmt(x)},${fmt(y)}L${fmt(x + 14)},${fmt(y)}`, stroke: palette.mutedText, "stroke-width": 2, "stroke-dasharray": line.dashed ? "4 2" : undefined }),
          text(x, y, line.label),
        ]),
    });
  }
  const rowHeight = 18;
  const maxX = rowWidth;
  const children: SvgNode[] = [];
  let x = 0;
  let y = rowHeight / 2;
  for (const item of items) {
    if (x > 0 && x + item.width > maxX) {
      x = 0;
      y += rowHeight;
    }
    children.push(item.draw(x, y));
    x += item.width;
  }
  return { children, height: items.length === 0 ? 0 : y + rowHeight / 2 };
}
