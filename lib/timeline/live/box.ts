/**
 * The chart's place in the page: a sizer, the drawing's box in the page (its size is the drawing's,
 * scaled to the panel when there is a display width), holding the drawing at its layout size (SVG and
 * the gesture canvases), scaled into it.
 */
import type { TimelineLayout } from "../types";

const SVG_NS = "http://www.w3.org/2000/svg";

export class ChartBox {
  readonly svg: SVGSVGElement;
  private readonly sizer: HTMLDivElement;
  /** the drawing at its layout size, where the SVG and the canvases go */
  readonly inner: HTMLDivElement;
  /** the width (CSS px) the drawing is shown at, when it differs from the width it is laid out at (see `showAt`) */
  private displayWidth: number | null = null;

  constructor(host: HTMLElement) {
    const doc = host.ownerDocument;
    this.svg = doc.createElementNS(SVG_NS, "svg") as SVGSVGElement;
    this.svg.setAttribute("display", "block");
    // A layout and paint boundary around the drawing: a zoom frame changes nodes inside it, and without
    // the boundary each frame would lay out the whole page again (with every absolutely positioned
    // element on it) and repaint it. Its size is set to the drawing's on every draw.
    this.sizer = doc.createElement("div");
    this.sizer.style.position = "relative";
    this.sizer.style.contain = "strict";
    // On touch, one finger moving up or down scrolls the page, as it does everywhere else on it (a
    // timeline as tall as a phone's screen would otherwise trap the reader); a sideways swipe pans the
    // timeline and a pinch zooms it, which is all a horizontal time axis needs.
    this.sizer.style.touchAction = "pan-y";
    this.inner = doc.createElement("div");
    this.inner.style.position = "absolute";
    this.inner.style.left = "0";
    this.inner.style.top = "0";
    this.inner.style.transformOrigin = "0 0";
    this.inner.appendChild(this.svg);
    this.sizer.appendChild(this.inner);
    host.appendChild(this.sizer);
  }

  /** Sets the display width (see `TimelineChart.showAt`); returns whether it changed. */
  showAt(width: number): boolean {
    if (width === this.displayWidth) return false;
    this.displayWidth = width;
    return true;
  }

  /**
   * Sizes the sizer to the drawing (scaled to the display width, when there is one), and the drawing
   * into it; returns the scale the drawing is shown at.
   */
  fit(layout: Pick<TimelineLayout, "width" | "height">): number {
    const { sizer, inner } = this;
    const width = `${layout.width}px`;
    const height = `${layout.height}px`;
    if (inner.style.width !== width) inner.style.width = width;
    if (inner.style.height !== height) inner.style.height = height;
    const scaled = this.displayWidth !== null;
    // the same rule as an SVG's height: auto under a viewBox, so the sizer's height is the static drawing's to the pixel
    const ratio = scaled ? `${layout.width} / ${layout.height}` : "";
    if (sizer.style.aspectRatio !== ratio) sizer.style.aspectRatio = ratio;
    if (sizer.style.height !== (scaled ? "" : height)) sizer.style.height = scaled ? "" : height;
    const k = scaled ? this.displayWidth! / layout.width : 1;
    const transform = k === 1 ? "" : `scale(${k})`;
    if (inner.style.transform !== transform) inner.style.transform = transform;
    return k;
  }

  remove(): void {
    this.sizer.remove();
  }
}
