/**
 * A canvas stand-in for the dated marks while a zoom or pan gesture is running on a crowded timeline:
 * moving thousands of SVG nodes per frame costs far more than painting them. It paints the same
 * encoding as `lib/timeline/glyphs.ts` (fill, ring, half, dash, "?", bars, fades) from the same
 * style data; when the gesture ends the SVG, which carries focus and the accessible names, returns.
 */
import { certaintyStyle, markOpacity, markSpan, metrics, palettes, type Mark, type Palette, type RenderOptions, type TimelineLayout } from "@/lib/timeline";
import { Certainty } from "@/lib/model/vocabulary";
import { FONT_FAMILY, LABEL_SIZE } from "@/lib/timeline/style";
import { strings } from "@/lib/timeline/strings";

type Scale = (t: number | Date) => number;
/** A glyph painted once, stamped per mark at whole device pixels (a plain copy, no resampling). */
type Sprite = { image: HTMLCanvasElement; size: number };
type Group = { certainty: Mark["certainty"]; alpha: number; points: number[]; bars: Mark[]; spans: number[]; seen: Set<number> };
const CERTAINTY_INDEX: Record<string, number> = Object.fromEntries(Certainty.map((c, i) => [c, i]));
type State = Pick<RenderOptions, "selectedId" | "highlighted" | "dimOthers">;

export class CanvasMarks {
  private readonly canvas: HTMLCanvasElement;
  private hatch = new Map<string, CanvasPattern | null>();
  private sprites = new Map<string, Sprite>();
  /** the font the context was last given (setting it costs a parse; resizing the canvas resets it) */
  private font = "";

  constructor(host: HTMLElement) {
    this.canvas = host.ownerDocument.createElement("canvas");
    this.canvas.setAttribute("aria-hidden", "true");
    const s = this.canvas.style;
    s.position = "absolute";
    s.left = "0";
    s.top = "0";
    s.pointerEvents = "none";
    s.display = "none";
    host.appendChild(this.canvas);
  }

  show(visible: boolean): void {
    this.canvas.style.display = visible ? "block" : "none";
  }

  /** Paints `marks[from..to)` (the candidates in view, in time order) under `scale`. */
  paint(layout: TimelineLayout, marks: readonly Mark[], from: number, to: number, scale: Scale, state: State): void {
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
    const { x0, x1, y1 } = layout.plot;
    // the canvas covers the dated plot only: it clips like the SVG's clip path, and fewer pixels
    // are cleared and handed to the compositor each frame
    const w = x1 - x0;
    const h = Math.ceil(y1);
    if (this.canvas.width !== Math.round(w * dpr) || this.canvas.height !== Math.round(h * dpr)) {
      this.canvas.width = Math.round(w * dpr);
      this.canvas.height = Math.round(h * dpr);
      this.canvas.style.width = `${w}px`;
      this.canvas.style.height = `${h}px`;
      this.font = "";
    }
    this.canvas.style.left = `${x0}px`;
    const palette = palettes[layout.theme];
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(dpr, 0, 0, dpr, -x0 * dpr, 0);
    const font = `${LABEL_SIZE}px ${FONT_FAMILY}`;
    if (this.font !== font) {
      ctx.font = font;
      this.font = font;
    }
    ctx.save();
    const left = x0 - metrics.labelMax - metrics.r;
    const right = x1 + metrics.r;
    // batched by certainty and opacity: one path or one stamped sprite per style instead of a path per
    // mark, and marks within a few pixels of each other on one row are painted once
    const groups = new Map<number, Group>();
    const labels: { mark: Mark; x: number; alpha: number }[] = [];
    let selected: { mark: Mark; a: number; b: number } | null = null;
    for (let i = from; i < to; i++) {
      const mark = marks[i]!;
      const [a, b] = markSpan(mark, scale);
      if (b < left || a > right) continue;
      const alpha = markOpacity(mark.id, state) ?? 1;
      const key = CERTAINTY_INDEX[mark.certainty]! * 2 + (alpha < 1 ? 1 : 0);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { certainty: mark.certainty, alpha, points: [], bars: [], spans: [], seen: new Set() }));
      if (state.selectedId === mark.id) selected = { mark, a, b };
      if (mark.shownLabel !== null) labels.push({ mark, x: a, alpha });
      const kind = mark.placement.kind;
      if (kind === "range" || kind === "fuzzy") {
        group.bars.push(mark);
        group.spans.push(a, b);
        if (kind === "fuzzy") group.points.push(a, mark.y);
        continue;
      }
      // glyphs are 12 px wide: within 3 px on one row they overlap so much that one stamp reads the same
      const pixel = Math.round(a / 3) * 8192 + Math.round(mark.y);
      if (group.seen.has(pixel)) continue;
      group.seen.add(pixel);
      group.points.push(a, mark.y);
    }
    for (const g of groups.values()) {
      ctx.globalAlpha = g.alpha;
      this.bars(ctx, g, palette);
    }
    // glyphs in device pixels, at whole-pixel offsets: each stamp is a copy, not a resampled draw
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    for (const g of groups.values()) {
      ctx.globalAlpha = g.alpha;
      const { image, size } = this.sprite(g.certainty, palette, dpr);
      const dx = -x0 * dpr - size / 2;
      const dy = -size / 2;
      for (let i = 0; i < g.points.length; i += 2) ctx.drawImage(image, Math.round(g.points[i]! * dpr + dx), Math.round(g.points[i + 1]! * dpr + dy));
    }
    ctx.setTransform(dpr, 0, 0, dpr, -x0 * dpr, 0);
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
    for (const { mark, x, alpha } of labels) {
      ctx.globalAlpha = alpha;
      ctx.fillStyle = palette.text;
      ctx.fillText(mark.shownLabel!, x - metrics.r, mark.y - metrics.labelRise);
      if (mark.yearInferred) {
        const dx = ctx.measureText(mark.shownLabel!).width + 3;
        ctx.save();
        ctx.font = `9px ${FONT_FAMILY}`;
        ctx.fillStyle = palette.muted;
        ctx.fillText(strings.yearInferredMark, x - metrics.r + dx, mark.y - metrics.labelRise);
        ctx.restore();
      }
    }
    ctx.restore();
  }

  destroy(): void {
    this.canvas.remove();
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

  /** Bars of one group: plain ones as one path, then fading ones (vague windows, open starts) one by one. */
  private bars(ctx: CanvasRenderingContext2D, g: Group, palette: Palette): void {
    if (g.bars.length === 0) return;
    const style = certaintyStyle[g.certainty];
    const colour = palette.certainty[g.certainty];
    const fading: { a: number; w: number; y: number; h: number; fade: "in" | "out" }[] = [];
    ctx.setLineDash(style.dash ? style.dash.split(" ").map(Number) : []);
    ctx.lineWidth = style.ring ? 1 : 1.5;
    ctx.beginPath();
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
