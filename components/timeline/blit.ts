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
  const keep = (da * (255 - a)) / 255;
  const oa = a + keep;
  const r = ((src & 0xff) * a + (under & 0xff) * keep) / oa;
  const g = (((src >>> 8) & 0xff) * a + ((under >>> 8) & 0xff) * keep) / oa;
  const b = (((src >>> 16) & 0xff) * a + ((under >>> 16) & 0xff) * keep) / oa;
  px[p] = ((r + 0.5) | (((g + 0.5) | 0) << 8) | (((b + 0.5) | 0) << 16) | (((oa + 0.5) | 0) << 24)) >>> 0;
}
