/**
 * Stamps pre-rendered glyphs into a pixel buffer in JavaScript and hands the buffer to the canvas in
 * one putImageData. On a crowded timeline a gesture frame stamps thousands of glyphs; Chromium's
 * per-call cost of drawImage (several µs, whatever the source) then dominates the frame, while copying
 * a glyph's ~150 pixels costs a fraction of that. Only worth it at 1 device pixel per CSS pixel: at
 * higher densities a glyph has four times the pixels and drawImage is used instead.
 */
export type GlyphPixels = {
  /** offsets of the glyph's visible pixels from its top-left corner, as x and y */
  xs: Int16Array;
  ys: Int16Array;
  /** each pixel's colour as RGBA bytes in a little-endian uint32, and its alpha (0–255) */
  rgba: Uint32Array;
  alpha: Uint8Array;
  width: number;
  height: number;
  /** xs + ys × width, for the buffer width it was last stamped into */
  offsets: Int32Array;
  offsetsWidth: number;
};

/** The visible pixels of a glyph image (RGBA, not premultiplied, `width` × `height`), with its alpha scaled by `opacity`. */
export function glyphPixels(data: Uint8ClampedArray, width: number, height: number, opacity = 1): GlyphPixels {
  const xs: number[] = [];
  const ys: number[] = [];
  const rgba: number[] = [];
  const alpha: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const a = Math.round(data[i + 3]! * opacity);
      if (a === 0) continue;
      xs.push(x);
      ys.push(y);
      rgba.push((data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (a << 24)) >>> 0);
      alpha.push(a);
    }
  }
  return {
    xs: Int16Array.from(xs),
    ys: Int16Array.from(ys),
    rgba: Uint32Array.from(rgba),
    alpha: Uint8Array.from(alpha),
    width,
    height,
    offsets: new Int32Array(xs.length),
    offsetsWidth: -1,
  };
}

/** `#rrggbb` as RGBA bytes in a little-endian uint32 (opaque), or null for any other notation. */
export function hexColour(colour: string): number | null {
  const m = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return (((n >>> 16) & 0xff) | (((n >>> 8) & 0xff) << 8) | ((n & 0xff) << 16) | (0xff << 24)) >>> 0;
}

/** A transparent pixel buffer (RGBA bytes, as ImageData holds them) the size of the canvas, stamped into and then put in one call. */
export class PixelLayer {
  readonly data: Uint8ClampedArray<ArrayBuffer>;
  private readonly px: Uint32Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8ClampedArray(width * height * 4);
    this.px = new Uint32Array(this.data.buffer);
  }

  clear(): void {
    this.px.fill(0);
  }

  /**
   * A vertical line of `width` pixels centred on x (fractional: edge columns get partial coverage, as a
   * stroked SVG line), from row y0 to y1, optionally dashed ([on, off] in pixels, from y0); colour from `hexColour`.
   */
  vline(x: number, y0: number, y1: number, width: number, colour: number, dash: readonly [number, number] | null = null): void {
    const { width: w, height: h, px } = this;
    const left = x - width / 2;
    const right = x + width / 2;
    const top = Math.max(0, Math.round(y0));
    const bottom = Math.min(h, Math.round(y1));
    const rgb = colour & 0xffffff;
    const opacity = colour >>> 24;
    for (let c = Math.max(0, Math.floor(left)); c < Math.min(w, Math.ceil(right)); c++) {
      const cover = Math.min(c + 1, right) - Math.max(c, left);
      const a = Math.round(cover * opacity);
      if (a <= 0) continue;
      const src = (rgb | (a << 24)) >>> 0;
      for (let y = top; y < bottom; y++) {
        if (dash && (y - Math.round(y0)) % (dash[0] + dash[1]) >= dash[0]) continue;
        blend(px, y * w + c, src, a);
      }
    }
  }

  /** Composites a glyph (source-over) with its top-left corner at whole pixel (x, y); clipped to the buffer. */
  stamp(g: GlyphPixels, x: number, y: number): void {
    const { width, height, px } = this;
    const { rgba, alpha, offsets } = g;
    const n = rgba.length;
    if (x < 0 || y < 0 || x + g.width > width || y + g.height > height) {
      for (let k = 0; k < n; k++) {
        const gx = x + g.xs[k]!;
        const gy = y + g.ys[k]!;
        if (gx >= 0 && gy >= 0 && gx < width && gy < height) blend(px, gy * width + gx, rgba[k]!, alpha[k]!);
      }
      return;
    }
    if (g.offsetsWidth !== width) {
      for (let k = 0; k < n; k++) offsets[k] = g.xs[k]! + g.ys[k]! * width;
      g.offsetsWidth = width;
    }
    const base = y * width + x;
    for (let k = 0; k < n; k++) {
      const a = alpha[k]!;
      const p = base + offsets[k]!;
      if (a === 255) px[p] = rgba[k]!;
      else blend(px, p, rgba[k]!, a);
    }
  }
}

/** Source-over of one pixel on straight (not premultiplied) colour. */
function blend(px: Uint32Array, p: number, src: number, a: number): void {
  const under = px[p]!;
  const da = under >>> 24;
  if (a === 255 || da === 0) {
    px[p] = src;
    return;
  }
  if (da === 255) {
    // over an opaque pixel (most overlaps: glyph edges on glyph fills): integer arithmetic, x / 255
    // rounded as (t + (t >> 8)) >> 8 with t = x + 128
    const na = 255 - a;
    let t = (src & 0xff) * a + (under & 0xff) * na + 128;
    const r = (t + (t >> 8)) >> 8;
    t = ((src >>> 8) & 0xff) * a + ((under >>> 8) & 0xff) * na + 128;
    const g = (t + (t >> 8)) >> 8;
    t = ((src >>> 16) & 0xff) * a + ((under >>> 16) & 0xff) * na + 128;
    const b = (t + (t >> 8)) >> 8;
    px[p] = (r | (g << 8) | (b << 16) | 0xff000000) >>> 0;
    return;
  }
  const keep = (da * (255 - a)) / 255;
  const oa = a + keep;
  const r = ((src & 0xff) * a + (under & 0xff) * keep) / oa;
  const g = (((src >>> 8) & 0xff) * a + ((under >>> 8) & 0xff) * keep) / oa;
  const b = (((src >>> 16) & 0xff) * a + ((under >>> 16) & 0xff) * keep) / oa;
  px[p] = ((r + 0.5) | (((g + 0.5) | 0) << 8) | (((b + 0.5) | 0) << 16) | (((oa + 0.5) | 0) << 24)) >>> 0;
}
