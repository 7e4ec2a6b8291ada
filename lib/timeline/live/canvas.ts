/**
 * A canvas stand-in for the dated plot while a zoom or pan gesture is running on a crowded timeline:
 * moving thousands of SVG nodes per frame costs far more than painting them. It paints the same
 * encoding as the SVG (canvas-glyphs.ts), with the guides (tick lines and labels, reference marker,
 * connectors), over an opaque backdrop of lanes (`backdrop.ts`): together they cover the SVG, which is
 * left alone during the gesture and brought up to date once it ends (it carries focus and the
 * accessible names).
 */
import type { ScaleTime } from "d3-scale";
import { Certainty } from "../../model";
import { DIMMED_OPACITY, FONT_FAMILY, palettes, type Palette } from "../draw";
import { axisTicks, LABEL_SIZE, metrics } from "../layout";
import type { Tick, TimelineLayout, Mark } from "../types";
import { Backdrop, fitCanvas, guideLinesInto, layerCanvas, paintGuideText, strokeGuideLines, type Band } from "./backdrop";
import { PixelLayer } from "./blit";
import { batchMarks, type Group } from "./canvas-batch";
import { BAR_PAD, GlyphCache, paintLabels, paintSelection } from "./canvas-glyphs";
import type { SelectState } from "./selection";

type Scale = ScaleTime<number, number>;
/** Fewer candidate marks than this are stamped with drawImage. */
const BLIT_MIN = 1500;
/** Where the canvas sits: the plot's left edge and the first row on screen (CSS px), and its pixel density. */
type Origin = { x0: number; top: number; dpr: number };
/** What the guide lines and point glyphs of a frame are painted from. */
type PointFrame = { layout: TimelineLayout; scale: Scale; ticks: readonly Tick[]; band: Band; palette: Palette; blit: boolean };

export class CanvasMarks {
  private readonly canvas: HTMLCanvasElement;
  private readonly glyphs: GlyphCache;
  private layer: { pixels: PixelLayer; image: ImageData } | null = null;
  /**
   * Where the screen was when the gesture began: its top in CSS px from the host's top, and its height.
   * The canvas covers at most a screen's height of the plot (a tall timeline would otherwise clear, fill
   * and hand over far more pixels than anyone sees) and keeps that size wherever the page is scrolled,
   * so its backing store and pixel buffer, made once, serve every gesture.
   */
  private band = { top: 0, rows: Infinity };
  /** the font the context was last given (setting it costs a parse; resizing the canvas resets it) */
  private font = "";
  private readonly backdrop: Backdrop;
  private readonly fitted = new WeakSet<HTMLCanvasElement>();
  /** the canvas holds a frame (cleared when the gesture ends) */
  private painted = false;
  /** how much the drawing is scaled on screen (see `TimelineChart.showAt`): the band is in the drawing's px */
  private scale = 1;

  constructor(host: HTMLElement) {
    this.backdrop = new Backdrop(host);
    this.canvas = layerCanvas(host.ownerDocument);
    host.appendChild(this.canvas);
    this.glyphs = new GlyphCache(host.ownerDocument);
  }

  /**
   * Sizes the canvases for a new drawing, with the drawing (whose layers are built then anyway): sized
   * at a gesture's first frame, they would make it re-layer the whole drawing. Which rows of the plot
   * are on screen is read when a gesture begins (they move there if the page has scrolled since).
   */
  fit(layout: TimelineLayout): void {
    const view = this.canvas.ownerDocument.defaultView;
    if (view) this.band = { top: this.band.top, rows: view.innerHeight / this.scale };
    const band = this.bandOf(layout);
    // drawn into (empty) at once: a canvas never drawn into has no layer yet, and its first frame
    // would be the gesture's first one
    for (const canvas of [this.canvas, this.backdrop.canvas]) {
      if (fitCanvas(canvas, band) || !this.fitted.has(canvas)) canvas.getContext("2d")?.clearRect(0, 0, canvas.width, canvas.height);
      this.fitted.add(canvas);
    }
  }

  /** Where the canvases go for a drawing: the plot's columns, and the rows of it on screen when the gesture began. */
  private bandOf(layout: TimelineLayout): Band {
    const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
    const { x0, x1, y1 } = layout.plot;
    const height = Math.max(1, Math.min(Math.ceil(y1), Math.ceil(this.band.rows)));
    const top = Math.max(0, Math.min(Math.floor(this.band.top), Math.ceil(y1) - height));
    return { x0, top, width: x1 - x0, height, dpr };
  }

  /**
   * Readies the canvas for a gesture (`visible`), covering only the rows of the plot that are on screen
   * (read once here, not per frame): a tall timeline would otherwise clear, fill and hand over far more
   * pixels than anyone sees. After the gesture it is emptied, not hidden (see `layerCanvas`).
   */
  show(visible: boolean): void {
    if (visible) this.locate();
    else this.clear();
  }

  private clear(): void {
    this.backdrop.clear();
    if (!this.painted) return;
    this.painted = false;
    const ctx = this.canvas.getContext("2d");
    ctx?.setTransform(1, 0, 0, 1, 0, 0);
    ctx?.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  /** Reads where the host is on screen (one layout read): see `band`. */
  private locate(): void {
    const host = this.canvas.parentElement;
    const view = this.canvas.ownerDocument.defaultView;
    if (!host || !view) return;
    const top = host.getBoundingClientRect().top;
    this.band = { top: -top / this.scale, rows: view.innerHeight / this.scale };
  }

  /** The drawing is shown `k` times its layout size; the screen's rows are read in the drawing's px. */
  scaleBy(k: number): void {
    this.scale = k > 0 ? k : 1;
  }

  /**
   * Readies the gesture path between gestures (for idle time, once the chart is drawn): sizes
   * the backing store, builds the glyph sprites and pixel buffers and paints once, so the script is
   * compiled and the first frame of the first gesture starts warm (docs/performance.md).
   */
  prepare(layout: TimelineLayout, marks: readonly Mark[], from: number, to: number, scale: Scale, state: SelectState): void {
    this.locate();
    // the marks' canvas only: it is emptied again before the next frame; the backdrop is cheap to paint
    this.paint(layout, marks, from, to, scale, state, false);
    this.clear();
    // both opacities of every certainty: a selection made later dims the others
    const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
    const palette = palettes[layout.theme];
    if (dpr < 1.5 && typeof ImageData !== "undefined")
      for (const c of Certainty) for (const alpha of [1, DIMMED_OPACITY]) this.glyphs.glyphPixels(c, alpha, palette, dpr);
  }

  /** Paints `marks[from..to)` (the candidates in view, in time order) under `scale`. */
  paint(layout: TimelineLayout, marks: readonly Mark[], from: number, to: number, scale: Scale, state: SelectState, backdrop = true): void {
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    // the canvases cover the dated plot only: they clip like the SVG's clip path, and fewer pixels
    // are cleared and handed to the compositor each frame
    const band = this.bandOf(layout);
    const { x0, top, dpr } = band;
    if (fitCanvas(this.canvas, band)) {
      this.font = "";
      this.layer = null;
    }
    if (backdrop) this.backdrop.paint(layout, band);
    this.painted = true;
    const palette = palettes[layout.theme];
    const font = `${LABEL_SIZE}px ${FONT_FAMILY}`;
    if (this.font !== font) {
      ctx.font = font;
      this.font = font;
    }
    ctx.save();
    // stamping in JavaScript pays for its fixed cost (a canvas-sized buffer cleared and put) only with
    // thousands of glyphs in view, and only at one device pixel per CSS pixel (see blit.ts)
    const blit = dpr < 1.5 && typeof ImageData !== "undefined" && to - from > BLIT_MIN;
    const view = { top, height: band.height, left: x0 - metrics.labelMax - metrics.r, right: layout.plot.x1 + metrics.r, blit, dpr };
    const { groups, labels, selected } = batchMarks(marks, from, to, scale, state, view);
    // point glyphs first (they replace the whole canvas when stamped in JavaScript), then bars, the
    // glyphs that sit on bars, the selection ring and labels
    const ticks = axisTicks(scale);
    const stamped = this.paintPoints(ctx, groups, { layout, scale, ticks, band, palette, blit });
    ctx.setTransform(dpr, 0, 0, dpr, -x0 * dpr, -top * dpr);
    // above the point glyphs in both paths (the stamped ones replace the canvas): tick labels sit in
    // the header, above every row
    paintGuideText(ctx, layout, scale, ticks);
    ctx.font = font;
    this.paintBars(ctx, groups, palette, band, stamped);
    ctx.setTransform(dpr, 0, 0, dpr, -x0 * dpr, -top * dpr);
    if (selected) paintSelection(ctx, selected, palette);
    paintLabels(ctx, labels, palette, font);
    ctx.restore();
  }

  /** The guide lines and point glyphs, stamped in JavaScript where that pays, else drawn; returns whether stamped. */
  private paintPoints(ctx: CanvasRenderingContext2D, groups: Map<number, Group>, frame: PointFrame): boolean {
    const { layout, scale, ticks, band, palette, blit } = frame;
    const { x0, top, dpr } = band;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    const stamped = blit && this.stampPixels(ctx, groups.values(), palette, band, (layer) => {
      layer.clear();
      return guideLinesInto(layer, layout, scale, ticks, band);
    });
    if (!stamped) {
      ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
      ctx.setTransform(dpr, 0, 0, dpr, -x0 * dpr, -top * dpr);
      strokeGuideLines(ctx, layout, scale, ticks);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      for (const g of groups.values()) this.stamp(ctx, g.points, g, palette, band);
    }
    return stamped;
  }

  /** Bars (narrow ones drawn here when they were not stamped), then the glyphs that sit on bars. */
  private paintBars(ctx: CanvasRenderingContext2D, groups: Map<number, Group>, palette: Palette, at: Origin, stamped: boolean): void {
    for (const g of groups.values()) {
      ctx.globalAlpha = g.alpha;
      this.glyphs.bars(ctx, g, palette, stamped ? g.unstamped : g.narrow, at.dpr);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    for (const g of groups.values()) this.stamp(ctx, g.onBars, g, palette, at);
  }

  /** Glyphs centred on (xy[2i], xy[2i+1]) (CSS px), drawn at whole device pixels: each a copy, not a resampled draw. */
  private stamp(ctx: CanvasRenderingContext2D, xy: readonly number[], g: Group, palette: Palette, { x0, top, dpr }: Origin): void {
    if (xy.length === 0) return;
    ctx.globalAlpha = g.alpha;
    const { image, size } = this.glyphs.sprite(g.certainty, palette, dpr);
    const dx = -x0 * dpr - size / 2;
    const dy = -top * dpr - size / 2;
    for (let i = 0; i < xy.length; i += 2) ctx.drawImage(image, Math.round(xy[i]! * dpr + dx), Math.round(xy[i + 1]! * dpr + dy));
  }

  /**
   * Stamps the point glyphs into a pixel buffer and puts it on the canvas, replacing what was there;
   * returns false (nothing drawn) where that does not pay or is not possible.
   */
  private stampPixels(ctx: CanvasRenderingContext2D, groups: Iterable<Group>, palette: Palette, { x0, top, dpr }: Origin, start: (layer: PixelLayer) => boolean): boolean {
    if (dpr >= 1.5 || typeof ImageData === "undefined") return false;
    const { width, height } = this.canvas;
    if (this.layer?.image.width !== width || this.layer.image.height !== height) {
      const pixels = new PixelLayer(width, height);
      this.layer = { pixels, image: new ImageData(pixels.data, width, height) };
    }
    const { pixels: layer, image } = this.layer;
    if (!start(layer)) return false;
    const list = [...groups];
    const barH = Math.round(metrics.barHeight * dpr);
    for (const g of list) {
      for (let i = 0; i < g.narrow.length; i += 3) {
        const bar = this.glyphs.barPixels(g.certainty, g.narrow[i + 2]!, g.alpha, palette, dpr);
        if (bar) layer.stamp(bar, Math.round((g.narrow[i]! - x0) * dpr) - BAR_PAD, Math.round((g.narrow[i + 1]! - top) * dpr - barH / 2) - BAR_PAD);
        else g.unstamped.push(g.narrow[i]!, g.narrow[i + 1]!, g.narrow[i + 2]!);
      }
    }
    for (const g of list) {
      if (g.points.length === 0) continue;
      const glyph = this.glyphs.glyphPixels(g.certainty, g.alpha, palette, dpr);
      if (!glyph) return false;
      const dx = -x0 * dpr - glyph.width / 2;
      const dy = -top * dpr - glyph.height / 2;
      for (let i = 0; i < g.points.length; i += 2) layer.stamp(glyph, Math.round(g.points[i]! * dpr + dx), Math.round(g.points[i + 1]! * dpr + dy));
    }
    ctx.putImageData(image, 0, 0);
    return true;
  }

  destroy(): void {
    this.canvas.remove();
    this.backdrop.destroy();
  }
}
