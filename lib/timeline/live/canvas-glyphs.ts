/**
 * The glyphs of the gesture canvas, in the encoding of `lib/timeline/draw/glyphs.ts` (fill, ring,
 * half, dash, "?", bars, fades) from the same style data: paths for points and bars, and the glyphs
 * painted once and kept (sprites, their pixels, a sheet of narrow bars, hatch patterns).
 */
import { Certainty } from "../../model";
import { certaintyStyle } from "../certainty";
import { DIMMED_OPACITY, FONT_FAMILY, type Palette } from "../draw";
import { metrics, YEAR_TAG_SIZE } from "../layout";
import { strings } from "../strings";
import type { Mark } from "../types";
import { CERTAINTY_INDEX, groupKey, NARROW_BAR, newGroup, type Batch, type Group } from "./canvas-batch";
import { glyphPixels, type GlyphPixels } from "./blit";

/** A glyph painted once, stamped per mark at whole device pixels (a plain copy, no resampling). */
export type Sprite = { image: HTMLCanvasElement; size: number };
/** Room around a stamped bar for its stroke, in device pixels. */
export const BAR_PAD = 2;

/** Point glyphs of one certainty, centred on (xs[2i], xs[2i+1]), as a handful of paths. */
function pointPaths(ctx: CanvasRenderingContext2D, certainty: Mark["certainty"], xy: readonly number[], r: number, palette: Palette): void {
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

/** The ring around the selected mark. */
export function paintSelection(ctx: CanvasRenderingContext2D, selected: NonNullable<Batch["selected"]>, palette: Palette): void {
  ctx.globalAlpha = 1;
  const r = metrics.r + 6;
  ctx.setLineDash([6, 2]);
  ctx.lineWidth = 3;
  ctx.strokeStyle = palette.selection;
  ctx.beginPath();
  ctx.roundRect(selected.a - r, selected.mark.y - r, selected.b - selected.a + 2 * r, 2 * r, r);
  ctx.stroke();
}

/** The marks' labels, and the year-inferred tags after them; `font` is the labels' (set again after the tags). */
export function paintLabels(ctx: CanvasRenderingContext2D, labels: Batch["labels"], palette: Palette, font: string): void {
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
}

/** Glyphs painted once per certainty, palette and pixel density, and kept. */
export class GlyphCache {
  private hatch = new Map<string, CanvasPattern | null>();
  private sprites = new Map<string, Sprite>();
  private pixels = new Map<string, GlyphPixels | null>();
  /** narrow bars as pixels, by certainty, dimming and width (see `paintBarSheet`) */
  private barSheet: { palette: Palette; dpr: number; bars: (GlyphPixels | null)[] } | null = null;

  constructor(private readonly doc: Document) {}

  /**
   * A point glyph painted once and stamped per mark: far cheaper than stroking thousands of (dashed)
   * arcs. (A canvas source measured faster to stamp in Chromium than an ImageBitmap of the same glyph.)
   */
  sprite(certainty: Mark["certainty"], palette: Palette, dpr: number): Sprite {
    const key = `${certainty}|${palette.background}|${dpr}`;
    let sprite = this.sprites.get(key);
    if (!sprite) {
      const css = 2 * (metrics.r + 5);
      const size = Math.ceil(css * dpr);
      const image = this.doc.createElement("canvas");
      image.width = size;
      image.height = size;
      const c = image.getContext("2d");
      if (c) {
        c.scale(dpr, dpr);
        pointPaths(c, certainty, [css / 2, css / 2], metrics.r, palette);
      }
      sprite = { image, size };
      this.sprites.set(key, sprite);
    }
    return sprite;
  }

  /** A point glyph's pixels at an opacity, for stamping in JavaScript (see blit.ts). */
  glyphPixels(certainty: Mark["certainty"], alpha: number, palette: Palette, dpr: number): GlyphPixels | null {
    const key = `${certainty}|${palette.background}|${dpr}|${alpha}`;
    if (!this.pixels.has(key)) {
      const { image, size } = this.sprite(certainty, palette, dpr);
      const data = image.getContext("2d")?.getImageData(0, 0, size, size).data;
      this.pixels.set(key, data ? glyphPixels(data, size, size, alpha) : null);
    }
    return this.pixels.get(key) ?? null;
  }

  /** A plain bar `width` device pixels wide (up to NARROW_BAR), painted like the bars of the SVG. */
  barPixels(certainty: Mark["certainty"], width: number, alpha: number, palette: Palette, dpr: number): GlyphPixels | null {
    if (this.barSheet?.palette !== palette || this.barSheet.dpr !== dpr) this.barSheet = { palette, dpr, bars: this.paintBarSheet(palette, dpr) };
    return this.barSheet.bars[groupKey(certainty, alpha) * (NARROW_BAR + 1) + width] ?? null;
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
    const surface = this.doc.createElement("canvas");
    surface.width = x;
    surface.height = h * Certainty.length;
    const c = surface.getContext("2d", { willReadFrequently: true });
    if (!c) return bars;
    c.scale(dpr, dpr);
    Certainty.forEach((certainty, row) => {
      const narrow = cells.flatMap((cell, i) => [(cell.x + BAR_PAD) / dpr, (row * h + h / 2) / dpr, i + 1]);
      this.bars(c, newGroup(certainty, 1, narrow), palette, narrow, dpr);
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

  /** Bars of one group (and narrow ones given as x, y, device-pixel width triples): plain ones as one path, then fading ones one by one. */
  bars(ctx: CanvasRenderingContext2D, g: Group, palette: Palette, narrow: readonly number[], dpr: number): void {
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
      const tile = this.doc.createElement("canvas");
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
