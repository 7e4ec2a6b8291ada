/**
 * A canvas stand-in for the dated plot while a zoom or pan gesture is running on a crowded timeline:
 * moving thousands of SVG nodes per frame costs far more than painting them. It paints the same
 * encoding as `lib/timeline/glyphs.ts` (fill, ring, half, dash, "?", bars, fades) from the same
 * style data, with the guides (tick lines and labels, reference marker, connectors), over an opaque
 * backdrop of lanes (`backdrop.ts`): together they cover the SVG, which is left alone during the
 * gesture and brought up to date once it ends (it carries focus and the accessible names).
 */
import type { ScaleTime } from "d3-scale";
import { Certainty } from "../../model/vocabulary";
import { certaintyStyle } from "../certainty";
import { DIMMED_OPACITY, FONT_FAMILY, markOpacity, palettes, type Palette, type RenderOptions } from "../draw";
import { axisTicks, LABEL_SIZE, markSpan, metrics, YEAR_TAG_SIZE } from "../layout";
import { strings } from "../strings";
import type { Mark, TimelineLayout } from "../types";
import { Backdrop, fitCanvas, guideLinesInto, layerCanvas, paintGuideText, strokeGuideLines, type Band } from "./backdrop";
import { glyphPixels, PixelLayer, type GlyphPixels } from "./blit";

type Scale = ScaleTime<number, number>;
/** A glyph painted once, stamped per mark at whole device pixels (a plain copy, no resampling). */
type Sprite = { image: HTMLCanvasElement; size: number };
/** Marks of one certainty and opacity: glyph centres (x, y pairs), bars, and glyphs that sit on bars. */
type Group = {
  certainty: Mark["certainty"];
  alpha: number;
  points: number[];
  bars: Mark[];
  spans: number[];
  /** bars a few device pixels wide, stamped like glyphs: x, y (CSS px) and width (device px) triples */
  narrow: number[];
  /** narrow bars without pixels to stamp (no sheet: see `paintBarSheet`): drawn as paths */
  unstamped: number[];
  onBars: number[];
  seen: Set<number>;
};
/** Bars up to this many device pixels wide are stamped from pre-rendered sprites (one per width). */
const NARROW_BAR = 24;
/** Fewer candidate marks than this are stamped with drawImage. */
const BLIT_MIN = 1500;
/** Room around a stamped bar for its stroke, in device pixels. */
const BAR_PAD = 2;
/** Where the canvas sits: the plot's left edge and the first row on screen (CSS px), and its pixel density. */
type Origin = { x0: number; top: number; dpr: number };
const CERTAINTY_INDEX: Record<string, number> = Object.fromEntries(Certainty.map((c, i) => [c, i]));
type State = Pick<RenderOptions, "selectedId" | "highlighted" | "dimOthers">;

export class CanvasMarks {
  private readonly canvas: HTMLCanvasElement;
  private hatch = new Map<string, CanvasPattern | null>();
  private sprites = new Map<string, Sprite>();
  private pixels = new Map<string, GlyphPixels | null>();
  private layer: { pixels: PixelLayer; image: ImageData } | null = null;
  /**
   * Where the screen was when the gesture began: its top in CSS px from the host's top, and its height.
   * The canvas covers at most a screen's height of the plot (a tall timeline would otherwise clear, fill
   * and hand over far more pixels than anyone sees) and keeps that size wherever the page is scrolled,
   * so its backing store and pixel buffer, made once, serve every gesture.
   */
  private band = { top: 0, rows: Infinity };
  /** narrow bars as pixels, by certainty, dimming and width (see `paintBarSheet`) */
  private barSheet: { palette: Palette; dpr: number; bars: (GlyphPixels | null)[] } | null = null;
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
   * compiled and the first frame of the first gesture starts warm instead of spending 100 ms setting up.
   */
  prepare(layout: TimelineLayout, marks: readonly Mark[], from: number, to: number, scale: Scale, state: State): void {
    this.locate();
    // the marks' canvas only: it is emptied again before the next frame; the backdrop is cheap to paint
    this.paint(layout, marks, from, to, scale, state, false);
    this.clear();
    // both opacities of every certainty: a selection made later dims the others
    const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
    const palette = palettes[layout.theme];
    if (dpr < 1.5 && typeof ImageData !== "undefined")
      for (const c of Certainty) for (const alpha of [1, DIMMED_OPACITY]) this.glyphPixels(c, alpha, palette, dpr);
  }

  /** Paints `marks[from..to)` (the candidates in view, in time order) under `scale`. */
  paint(layout: TimelineLayout, marks: readonly Mark[], from: number, to: number, scale: Scale, state: State, backdrop = true): void {
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    // the canvases cover the dated plot only: they clip like the SVG's clip path, and fewer pixels
    // are cleared and handed to the compositor each frame
    const band = this.bandOf(layout);
    const { x0, top, height: h, dpr } = band;
    const { x1 } = layout.plot;
    if (fitCanvas(this.canvas, band)) {
      this.font = "";
      this.layer = null;
    }
    if (backdrop) this.backdrop.paint(layout, band);
    this.painted = true;
    // what is drawn at CSS (x, y) lands at device ((x - x0) · dpr, (y - top) · dpr)
    const at = { x0, top, dpr };
    const ticks = axisTicks(scale);
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
    const left = x0 - metrics.labelMax - metrics.r;
    const right = x1 + metrics.r;
    // batched by certainty and opacity: one path or one stamped sprite per style instead of a path per
    // mark, and marks within a few pixels of each other on one row are painted once
    const groups = new Map<number, Group>();
    const labels: { mark: Mark; x: number; alpha: number }[] = [];
    let selected: { mark: Mark; a: number; b: number } | null = null;
    for (let i = from; i < to; i++) {
      const mark = marks[i]!;
      // a mark's label reaches up to two lines above it
      if (mark.y + 2 * metrics.r < top || mark.y - 3 * metrics.labelLine > top + h) continue;
      const [a, b] = markSpan(mark, scale);
      if (b < left || a > right) continue;
      const alpha = markOpacity(mark.id, state) ?? 1;
      const key = CERTAINTY_INDEX[mark.certainty]! * 2 + (alpha < 1 ? 1 : 0);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { certainty: mark.certainty, alpha, points: [], bars: [], spans: [], narrow: [], unstamped: [], onBars: [], seen: new Set() }));
      if (state.selectedId === mark.id) selected = { mark, a, b };
      if (mark.labelLines.length) labels.push({ mark, x: a, alpha });
      const kind = mark.placement.kind;
      if (kind === "range" && !mark.placement.openStart && blit) {
        const wide = Math.max(1, Math.round((b - a) * dpr));
        if (wide <= NARROW_BAR) {
          group.narrow.push(a, mark.y, wide);
          continue;
        }
      }
      if (kind === "range" || kind === "fuzzy") {
        group.bars.push(mark);
        group.spans.push(a, b);
        if (kind === "fuzzy") group.onBars.push(a, mark.y);
        continue;
      }
      // glyphs are 12 px wide: within 3 px on one row they overlap so much that one stamp reads the same
      const pixel = Math.round(a / 3) * 8192 + Math.round(mark.y);
      if (group.seen.has(pixel)) continue;
      group.seen.add(pixel);
      group.points.push(a, mark.y);
    }
    // point glyphs first (they replace the whole canvas when stamped in JavaScript), then bars, the
    // glyphs that sit on bars, the selection ring and labels
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    const stamped = blit && this.stampPixels(ctx, groups.values(), palette, at, (layer) => {
      layer.clear();
      return guideLinesInto(layer, layout, scale, ticks, band);
    });
    if (!stamped) {
      ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
      ctx.setTransform(dpr, 0, 0, dpr, -x0 * dpr, -top * dpr);
      strokeGuideLines(ctx, layout, scale, ticks);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      for (const g of groups.values()) this.stamp(ctx, g.points, g, palette, at);
    }
    ctx.setTransform(dpr, 0, 0, dpr, -x0 * dpr, -top * dpr);
    // above the point glyphs in both paths (the stamped ones replace the canvas): tick labels sit in
    // the header, above every row
    paintGuideText(ctx, layout, scale, ticks);
    ctx.font = font;
    for (const g of groups.values()) {
      ctx.globalAlpha = g.alpha;
      this.bars(ctx, g, palette, stamped ? g.unstamped : g.narrow, dpr);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    for (const g of groups.values()) this.stamp(ctx, g.onBars, g, palette, at);
    ctx.setTransform(dpr, 0, 0, dpr, -x0 * dpr, -top * dpr);
    if (selected) {
      ctx.globalAlpha = 1;
      const r = metrics.r + 6;
      ctx.setLineDash([6, 2]);
      ctx.lineWidth = 3;
      ctx.strokeStyle = palette.selection;
      ctx.beginPath();
      ctx.roundRect(selected.a - r, selected.mark.y - r, selected.b - selected.a + 2 * r, 2 * r, r);
      ctx.stroke();
    }
    ctx.fillStyle = palette.text;
    const tags: { x: number; y: number; alpha: number }[] = [];
    for (const { mark, x, alpha } of labels) {
      ctx.globalAlpha = alpha;
      const lines = mark.labelLines;
      const y = mark.y - metrics.labelRise;
      lines.forEach((line, i) => ctx.fillText(line, x - metrics.r, y - (lines.length - 1 - i) * metrics.labelLine));
      if (mark.yearInferred) tags.push({ x: x - metrics.r + ctx.measureText(lines[lines.length - 1]!).width + 3, y, alpha });
    }
    if (tags.length) {
      ctx.font = `${YEAR_TAG_SIZE}px ${FONT_FAMILY}`;
      ctx.fillStyle = palette.muted;
      for (const { x, y, alpha } of tags) {
        ctx.globalAlpha = alpha;
        ctx.fillText(strings.yearInferredMark, x, y);
      }
      ctx.font = font;
    }
    ctx.restore();
  }

  /** Glyphs centred on (xy[2i], xy[2i+1]) (CSS px), drawn at whole device pixels: each a copy, not a resampled draw. */
  private stamp(ctx: CanvasRenderingContext2D, xy: readonly number[], g: Group, palette: Palette, { x0, top, dpr }: Origin): void {
    if (xy.length === 0) return;
    ctx.globalAlpha = g.alpha;
    const { image, size } = this.sprite(g.certainty, palette, dpr);
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
        const bar = this.barPixels(g.certainty, g.narrow[i + 2]!, g.alpha, palette, dpr);
        if (bar) layer.stamp(bar, Math.round((g.narrow[i]! - x0) * dpr) - BAR_PAD, Math.round((g.narrow[i + 1]! - top) * dpr - barH / 2) - BAR_PAD);
        else g.unstamped.push(g.narrow[i]!, g.narrow[i + 1]!, g.narrow[i + 2]!);
      }
    }
    for (const g of list) {
      if (g.points.length === 0) continue;
      const glyph = this.glyphPixels(g.certainty, g.alpha, palette, dpr);
      if (!glyph) return false;
      const dx = -x0 * dpr - glyph.width / 2;
      const dy = -top * dpr - glyph.height / 2;
      for (let i = 0; i < g.points.length; i += 2) layer.stamp(glyph, Math.round(g.points[i]! * dpr + dx), Math.round(g.points[i + 1]! * dpr + dy));
    }
    ctx.putImageData(image, 0, 0);
    return true;
  }

  private glyphPixels(certainty: Mark["certainty"], alpha: number, palette: Palette, dpr: number): GlyphPixels | null {
    const key = `${certainty}|${palette.background}|${dpr}|${alpha}`;
    if (!this.pixels.has(key)) {
      const { image, size } = this.sprite(certainty, palette, dpr);
      const data = image.getContext("2d")?.getImageData(0, 0, size, size).data;
      this.pixels.set(key, data ? glyphPixels(data, size, size, alpha) : null);
    }
    return this.pixels.get(key) ?? null;
  }

  /** A plain bar `width` device pixels wide (up to NARROW_BAR), painted like the bars of the SVG. */
  private barPixels(certainty: Mark["certainty"], width: number, alpha: number, palette: Palette, dpr: number): GlyphPixels | null {
    if (this.barSheet?.palette !== palette || this.barSheet.dpr !== dpr) this.barSheet = { palette, dpr, bars: this.paintBarSheet(palette, dpr) };
    return this.barSheet.bars[(CERTAINTY_INDEX[certainty]! * 2 + (alpha < 1 ? 1 : 0)) * (NARROW_BAR + 1) + width] ?? null;
  }

  /**
   * Every narrow bar (each certainty, each width, full and dimmed) painted on one sheet and read back in
   * one call: a zoom changes bar widths every frame, and a sprite canvas per new width (a canvas, a
   * path and a read-back each) cost frames several milliseconds.
   */
  private paintBarSheet(palette: Palette, dpr: number): (GlyphPixels | null)[] {
    const bars: (GlyphPixels | null)[] = [];
    const h = Math.round(metrics.barHeight * dpr) + 2 * BAR_PAD;
    const cells: { x: number; w: number }[] = [];
    let x = 0;
    for (let width = 1; width <= NARROW_BAR; width++) {
      cells.push({ x, w: width + 2 * BAR_PAD });
      x += width + 2 * BAR_PAD;
    }
    const surface = this.canvas.ownerDocument.createElement("canvas");
    surface.width = x;
    surface.height = h * Certainty.length;
    const c = surface.getContext("2d", { willReadFrequently: true });
    if (!c) return bars;
    c.scale(dpr, dpr);
    Certainty.forEach((certainty, row) => {
      const narrow = cells.flatMap((cell, i) => [(cell.x + BAR_PAD) / dpr, (row * h + h / 2) / dpr, i + 1]);
      const bar: Group = { certainty, alpha: 1, points: [], bars: [], spans: [], narrow, unstamped: [], onBars: [], seen: new Set() };
      this.bars(c, bar, palette, narrow, dpr);
    });
    const data = c.getImageData(0, 0, surface.width, surface.height).data;
    Certainty.forEach((certainty, row) => {
      cells.forEach((cell, i) => {
        const part = new Uint8ClampedArray(cell.w * h * 4);
        for (let y = 0; y < h; y++) part.set(data.subarray(((row * h + y) * surface.width + cell.x) * 4, ((row * h + y) * surface.width + cell.x + cell.w) * 4), y * cell.w * 4);
        [1, DIMMED_OPACITY].forEach((alpha, dim) => (bars[(CERTAINTY_INDEX[certainty]! * 2 + dim) * (NARROW_BAR + 1) + i + 1] = glyphPixels(part, cell.w, h, alpha)));
      });
    });
    return bars;
  }

  destroy(): void {
    this.canvas.remove();
    this.backdrop.destroy();
  }

  /**
   * A point glyph painted once and stamped per mark: far cheaper than stroking thousands of (dashed)
   * arcs. (A canvas source measured faster to stamp in Chromium than an ImageBitmap of the same glyph.)
   */
  private sprite(certainty: Mark["certainty"], palette: Palette, dpr: number): Sprite {
    const key = `${certainty}|${palette.background}|${dpr}`;
    let sprite = this.sprites.get(key);
    if (!sprite) {
      const css = 2 * (metrics.r + 5);
      const size = Math.ceil(css * dpr);
      const image = this.canvas.ownerDocument.createElement("canvas");
      image.width = size;
      image.height = size;
      const c = image.getContext("2d");
      if (c) {
        c.scale(dpr, dpr);
        this.points(c, certainty, [css / 2, css / 2], metrics.r, palette);
      }
      sprite = { image, size };
      this.sprites.set(key, sprite);
    }
    return sprite;
  }

  /** Point glyphs of one certainty, centred on (xs[2i], xs[2i+1]), as a handful of paths. */
  private points(ctx: CanvasRenderingContext2D, certainty: Mark["certainty"], xy: readonly number[], r: number, palette: Palette): void {
    if (xy.length === 0) return;
    const style = certaintyStyle[certainty];
    const colour = palette.certainty[certainty];
    const circles = (radius: number, half = false) => {
      ctx.beginPath();
      for (let i = 0; i < xy.length; i += 2) {
        const x = xy[i]!;
        const y = xy[i + 1]!;
        if (half) {
          ctx.moveTo(x, y + radius);
          ctx.arc(x, y, radius, Math.PI / 2, (3 * Math.PI) / 2);
          ctx.closePath();
        } else {
          ctx.moveTo(x + radius, y);
          ctx.arc(x, y, radius, 0, 2 * Math.PI);
        }
      }
    };
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = colour;
    if (style.ring) {
      ctx.setLineDash([]);
      circles(r + 3);
      ctx.stroke();
    }
    ctx.setLineDash(style.dash ? style.dash.split(" ").map(Number) : []);
    circles(r);
    ctx.fillStyle = style.fill === "solid" ? colour : palette.background;
    ctx.fill();
    ctx.stroke();
    if (style.fill === "half") {
      circles(r, true);
      ctx.fillStyle = colour;
      ctx.fill();
    }
    if (style.glyph) {
      ctx.save();
      ctx.font = `700 ${r * 1.5}px ${FONT_FAMILY}`;
      ctx.textAlign = "center";
      ctx.fillStyle = colour;
      for (let i = 0; i < xy.length; i += 2) ctx.fillText(style.glyph, xy[i]!, xy[i + 1]! + r * 0.55);
      ctx.restore();
    }
  }

  /** Bars of one group (and narrow ones given as x, y, device-pixel width triples): plain ones as one path, then fading ones one by one. */
  private bars(ctx: CanvasRenderingContext2D, g: Group, palette: Palette, narrow: readonly number[], dpr: number): void {
    if (g.bars.length === 0 && narrow.length === 0) return;
    const style = certaintyStyle[g.certainty];
    const colour = palette.certainty[g.certainty];
    const fading: { a: number; w: number; y: number; h: number; fade: "in" | "out" }[] = [];
    ctx.setLineDash(style.dash ? style.dash.split(" ").map(Number) : []);
    ctx.lineWidth = style.ring ? 1 : 1.5;
    ctx.beginPath();
    for (let i = 0; i < narrow.length; i += 3) ctx.rect(narrow[i]!, narrow[i + 1]! - metrics.barHeight / 2, narrow[i + 2]! / dpr, metrics.barHeight);
    g.bars.forEach((mark, i) => {
      const p = mark.placement;
      const a = g.spans[2 * i]!;
      const w = Math.max(1, g.spans[2 * i + 1]! - a);
      const h = p.kind === "fuzzy" ? metrics.fuzzyHeight : metrics.barHeight;
      const fade = p.kind === "fuzzy" ? "out" : p.kind === "range" && p.openStart ? "in" : null;
      if (fade) fading.push({ a, w, y: mark.y - h / 2, h, fade });
      else ctx.rect(a, mark.y - h / 2, w, h);
    });
    ctx.fillStyle = style.fill === "solid" ? colour : style.fill === "half" ? (this.pattern(ctx, colour, palette) ?? colour) : palette.background;
    ctx.strokeStyle = style.ring ? palette.text : colour;
    ctx.fill();
    ctx.stroke();
    for (const { a, w, y, h, fade } of fading) {
      const grad = ctx.createLinearGradient(a, 0, a + w, 0);
      grad.addColorStop(fade === "out" ? 0 : 1, colour);
      // the same near-transparent end as the SVG mask (8 % opacity)
      grad.addColorStop(fade === "out" ? 1 : 0, `${colour}14`);
      ctx.beginPath();
      ctx.rect(a, y, w, h);
      ctx.fillStyle = grad;
      ctx.strokeStyle = grad;
      ctx.fill();
      ctx.stroke();
    }
  }

  private pattern(ctx: CanvasRenderingContext2D, colour: string, palette: Palette): CanvasPattern | null {
    const key = `${colour}|${palette.background}`;
    if (!this.hatch.has(key)) {
      const tile = this.canvas.ownerDocument.createElement("canvas");
      tile.width = 6;
      tile.height = 6;
      const t = tile.getContext("2d");
      if (t) {
        t.fillStyle = palette.background;
        t.fillRect(0, 0, 6, 6);
        t.strokeStyle = colour;
        t.lineWidth = 2;
        t.beginPath();
        t.moveTo(0, 6);
        t.lineTo(6, 0);
        t.stroke();
      }
      this.hatch.set(key, t ? ctx.createPattern(tile, "repeat") : null);
    }
    return this.hatch.get(key) ?? null;
  }
}
