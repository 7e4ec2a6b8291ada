import type { Certainty } from "../../model";
import { h, type SvgNode } from "../../svg";
import { certaintyStyle } from "../certainty";
import type { Palette } from "./style";

/** Ids of the shared definitions (masks, patterns) a drawing refers to, unique per drawing. */
export type DefIds = { plotClip: string; fadeOut: string; fadeIn: string; hatch: (c: Certainty) => string; title: string; desc: string };

export function defIds(prefix: string): DefIds {
  return {
    plotClip: `${prefix}-plot`,
    fadeOut: `${prefix}-fade-out`,
    fadeIn: `${prefix}-fade-in`,
    hatch: (c) => `${prefix}-hatch-${c}`,
    title: `${prefix}-title`,
    desc: `${prefix}-desc`,
  };
}

/** A point glyph centred on (0, 0): fill, ring, dash and "?" each say how certain the event is. */
export function pointGlyph(certainty: Certainty, palette: Palette, r: number): SvgNode[] {
  const style = certaintyStyle[certainty];
  const colour = palette.certainty[certainty];
  const nodes: SvgNode[] = [];
  if (style.ring) nodes.push(h("circle", { r: r + 3, fill: "none", stroke: colour, "stroke-width": 1.5 }));
  nodes.push(
    h("circle", {
      r,
      fill: style.fill === "solid" ? colour : palette.background,
      stroke: colour,
      "stroke-width": 1.5,
      "stroke-dasharray": style.dash ?? undefined,
    }),
  );
  if (style.fill === "half") nodes.push(h("path", { d: `M0,${-r}A${r},${r} 0 0 0 0,${r}Z`, fill: colour }));
  if (style.glyph) {
    nodes.push(
      h("text", { "text-anchor": "middle", y: r * 0.55, "font-size": r * 1.5, "font-weight": 700, fill: colour, "aria-hidden": "true" }, [style.glyph]),
    );
  }
  return nodes;
}

/**
 * A bar from x = 0 to `width`, centred on y = 0. Elements whose width follows the bar carry
 * `data-stretch` (the extra width), so zooming can resize them without redrawing.
 */
export function barGlyph(
  certainty: Certainty,
  palette: Palette,
  ids: DefIds,
  width: number,
  height: number,
  fade: "in" | "out" | null,
): SvgNode {
  const style = certaintyStyle[certainty];
  const colour = palette.certainty[certainty];
  const fill = style.fill === "solid" ? colour : style.fill === "half" ? `url(#${ids.hatch(certainty)})` : palette.background;
  return h("rect", {
    x: 0,
    y: -height / 2,
    width: Math.max(1, width),
    height,
    rx: 3,
    fill,
    "fill-opacity": style.fill === "none" ? 0.6 : undefined,
    stroke: style.ring ? palette.text : colour,
    "stroke-width": style.ring ? 1 : 1.5,
    "stroke-dasharray": style.dash ?? undefined,
    mask: fade ? `url(#${fade === "in" ? ids.fadeIn : ids.fadeOut})` : undefined,
    "data-stretch": 0,
  });
}

/** Masks for fading bands and open starts, and the hatching of "probable" bars. */
export function definitions(ids: DefIds, palette: Palette, plot: { x0: number; x1: number; height: number }): SvgNode {
  const gradient = (id: string, from: number, to: number) =>
    h("linearGradient", { id: `${id}-g` }, [
      h("stop", { offset: 0, "stop-color": "#fff", "stop-opacity": from }),
      h("stop", { offset: 1, "stop-color": "#fff", "stop-opacity": to }),
    ]);
  const mask = (id: string) =>
    h("mask", { id, maskContentUnits: "objectBoundingBox" }, [
      // a little beyond the bounding box so the bar's stroke is kept
      h("rect", { x: -0.05, y: -0.5, width: 1.1, height: 2, fill: `url(#${id}-g)` }),
    ]);
  const hatches = (Object.keys(certaintyStyle) as Certainty[])
    .filter((c) => certaintyStyle[c].fill === "half")
    .map((c) =>
      h("pattern", { id: ids.hatch(c), width: 4, height: 4, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" }, [
        h("rect", { width: 4, height: 4, fill: palette.background }),
        h("rect", { width: 2, height: 4, fill: palette.certainty[c] }),
      ]),
    );
  return h("defs", {}, [
    h("clipPath", { id: ids.plotClip }, [h("rect", { x: plot.x0, y: 0, width: plot.x1 - plot.x0, height: plot.height })]),
    gradient(ids.fadeOut, 1, 0.08),
    mask(ids.fadeOut),
    gradient(ids.fadeIn, 0.08, 1),
    mask(ids.fadeIn),
    ...hatches,
  ]);
}
