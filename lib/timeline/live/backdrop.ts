/**
 * What lies under the dated marks on the plot, for the gesture canvas (`canvas.ts`): the canvas is
 * opaque and covers the SVG marks, which stay in the page untouched during a gesture, instead of the
 * marks being taken out of the page (display none) and put back after it, which cost a re-layout of the
 * whole drawing each time. So the canvas paints what the SVG shows there, in the SVG's order: the
 * background and lanes with their labels (still during a gesture: painted once per drawing and screen
 * band), then the guides that move with the view (tick lines and labels, the reference marker,
 * connectors), then the marks. Sizes and colours are those of `lib/timeline/render.ts`.
 */
import type { ScaleTime } from "d3-scale";
import { FONT_FAMILY, palettes } from "../draw";
import { connectorPath, laneName, metrics, referenceSegments, TICK_LABEL_BASELINE } from "../layout";
import type { Tick, TimelineLayout } from "../types";
import { hexColour, type PixelLayer } from "./blit";

/** The canvases' place on the drawing: the plot's left edge and the first row on screen (CSS px), size and pixel density. */
export type Band = { x0: number; top: number; width: number; height: number; dpr: number };

/** A vertical guide line in CSS px of the drawing. */
type Line = { x: number; y0: number; y1: number; width: number; colour: string; dash: [number, number] | null };

const TEXT_SIZE = 10;

/**
 * The still part (background, lanes and their labels) on a canvas of its own under the marks' canvas,
 * painted once per gesture: unchanged from frame to frame, it costs the frames nothing, and the marks'
 * canvas stays transparent (its glyphs are copied, not blended, onto empty pixels: see blit.ts).
 */
export class Backdrop {
  readonly canvas: HTMLCanvasElement;
  private drawn: { layout: TimelineLayout; key: string } | null = null;

  constructor(host: HTMLElement) {
    this.canvas = layerCanvas(host.ownerDocument);
    host.appendChild(this.canvas);
  }

  /** Paints the backdrop for a drawing and band, unless it shows them already. */
  paint(layout: TimelineLayout, band: Band): void {
    const key = `${band.x0}|${band.top}|${band.width}|${band.height}|${band.dpr}`;
    if (this.drawn?.layout === layout && this.drawn.key === key) return;
    fitCanvas(this.canvas, band);
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    const palette = palettes[layout.theme];
    const { plot } = layout;
    // the transform stays after painting: `clear` resets it
    ctx.setTransform(band.dpr, 0, 0, band.dpr, -band.x0 * band.dpr, -band.top * band.dpr);
    ctx.fillStyle = palette.background;
    ctx.fillRect(band.x0, band.top, band.width, band.height);
    ctx.font = `600 ${TEXT_SIZE}px ${FONT_FAMILY}`;
    layout.lanes.forEach((lane, i) => {
      if (lane.y > band.top + band.height || lane.y + lane.height < band.top) return;
      ctx.fillStyle = i % 2 === 0 ? palette.laneA : palette.laneB;
      ctx.fillRect(0, lane.y, layout.width, lane.height);
      ctx.fillStyle = palette.muted;
      ctx.fillText(laneName(lane.label, plot), metrics.margin, lane.y + 12);
    });
    this.drawn = { layout, key };
  }

  clear(): void {
    if (!this.drawn) return;
    this.drawn = null;
    const ctx = this.canvas.getContext("2d");
    ctx?.setTransform(1, 0, 0, 1, 0, 0);
    ctx?.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  destroy(): void {
    this.canvas.remove();
  }
}

/**
 * A canvas laid over the drawing in a compositing layer of its own, never hidden (empty between
 * gestures) and drawn into at once: a canvas appearing over the drawing changes its paint chunks, and
 * re-layering a drawing with a paint chunk per mark is costly (docs/performance.md).
 */
export function layerCanvas(doc: Document): HTMLCanvasElement {
  const canvas = doc.createElement("canvas");
  canvas.setAttribute("aria-hidden", "true");
  canvas.width = 0;
  canvas.height = 0;
  const s = canvas.style;
  s.position = "absolute";
  s.left = "0";
  s.top = "0";
  s.width = "0px";
  s.height = "0px";
  s.pointerEvents = "none";
  s.willChange = "transform";
  return canvas;
}

/** Sizes and places a layer canvas on a band; returns whether its size changed (which clears it). Writes only what changed. */
export function fitCanvas(canvas: HTMLCanvasElement, band: Band): boolean {
  const w = Math.round(band.width * band.dpr);
  const h = Math.round(band.height * band.dpr);
  const resized = canvas.width !== w || canvas.height !== h;
  if (resized) {
    canvas.width = w;
    canvas.height = h;
    canvas.style.width = `${band.width}px`;
    canvas.style.height = `${band.height}px`;
  }
  // an unchanged style write still invalidates style
  const left = `${band.x0}px`;
  const top = `${band.top}px`;
  if (canvas.style.left !== left) canvas.style.left = left;
  if (canvas.style.top !== top) canvas.style.top = top;
  return resized;
}

/** Tick lines and the reference line under `scale`, in the SVG's order. */
function guideLines(layout: TimelineLayout, scale: ScaleTime<number, number>, ticks: readonly Tick[]): Line[] {
  const palette = palettes[layout.theme];
  const lines: Line[] = ticks.map((tick) => ({ x: scale(tick.t), y0: metrics.header - 6, y1: layout.plot.y1, width: 1, colour: palette.grid, dash: null }));
  const ref = layout.reference;
  const x = scale(ref.t);
  for (const [y0, y1] of referenceSegments(layout, x))
    lines.push({ x, y0, y1, width: 1.5, colour: palette.reference, dash: ref.basis === "assumed" ? [5, 3] : null });
  return lines;
}

/** The guide lines into a pixel layer of the band (device pixels); false when a colour is not one the layer can take. */
export function guideLinesInto(layer: PixelLayer, layout: TimelineLayout, scale: ScaleTime<number, number>, ticks: readonly Tick[], band: Band): boolean {
  const lines = guideLines(layout, scale, ticks);
  const colours = lines.map((l) => hexColour(l.colour));
  if (colours.some((c) => c === null)) return false;
  const { x0, top, dpr } = band;
  lines.forEach((l, i) => {
    const dash: [number, number] | null = l.dash ? [Math.max(1, Math.round(l.dash[0] * dpr)), Math.max(1, Math.round(l.dash[1] * dpr))] : null;
    layer.vline((l.x - x0) * dpr, (l.y0 - top) * dpr, (l.y1 - top) * dpr, l.width * dpr, colours[i]!, dash);
  });
  return true;
}

/** The guide lines as canvas strokes (`ctx` maps drawing CSS px to the band). */
export function strokeGuideLines(ctx: CanvasRenderingContext2D, layout: TimelineLayout, scale: ScaleTime<number, number>, ticks: readonly Tick[]): void {
  for (const l of guideLines(layout, scale, ticks)) {
    ctx.setLineDash(l.dash ?? []);
    ctx.lineWidth = l.width;
    ctx.strokeStyle = l.colour;
    ctx.beginPath();
    ctx.moveTo(l.x, l.y0);
    ctx.lineTo(l.x, l.y1);
    ctx.stroke();
  }
}

/** Tick labels, the reference label and the connectors (`ctx` maps drawing CSS px to the band). */
export function paintGuideText(ctx: CanvasRenderingContext2D, layout: TimelineLayout, scale: ScaleTime<number, number>, ticks: readonly Tick[]): void {
  const palette = palettes[layout.theme];
  const { x0, x1 } = layout.plot;
  ctx.globalAlpha = 1;
  ctx.font = `${TEXT_SIZE}px ${FONT_FAMILY}`;
  ctx.fillStyle = palette.muted;
  ctx.textAlign = "center";
  for (const tick of ticks) ctx.fillText(tick.label, scale(tick.t), TICK_LABEL_BASELINE);
  ctx.textAlign = "start";
  ctx.fillStyle = palette.reference;
  ctx.fillText(layout.reference.label, scale(layout.reference.t) + 3, 11);
  if (layout.connectors.length === 0 || typeof Path2D === "undefined") return;
  ctx.strokeStyle = palette.connector;
  ctx.lineWidth = 1.25;
  for (const c of layout.connectors) {
    ctx.setLineDash(c.conditional ? [3, 3] : []);
    ctx.stroke(new Path2D(connectorPath(c, scale, [x0, x1])));
  }
  ctx.setLineDash([]);
}
