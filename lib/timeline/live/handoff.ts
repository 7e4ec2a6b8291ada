/**
 * The hand-off between the SVG and the gesture canvas on a crowded timeline: during a zoom or pan
 * the canvas covers the plot and is painted each frame, while the SVG (focus, accessible names) is
 * left alone; once the view rests the SVG is brought up to date and the canvas emptied.
 */
import type { ScaleTime } from "d3-scale";
import type { Mark, TimelineLayout } from "../types";
import { CanvasMarks } from "./canvas";
import type { SelectState } from "./selection";

/**
 * Above this many dated marks, gestures paint on a canvas instead of moving SVG nodes: each moved
 * mark costs a style recalc, while painting it costs a little script and no style or layout (see
 * docs/performance.md); a few hundred marks are cheap either way.
 */
export const CANVAS_THRESHOLD = 200;

/** What a canvas frame paints: the candidate marks `[from, to)` of `marks` (in time order) under `scale`. */
export type CanvasFrame = {
  layout: TimelineLayout;
  marks: readonly Mark[];
  slice: [number, number];
  scale: ScaleTime<number, number>;
  state: SelectState;
};

export class CanvasHandoff {
  private readonly canvas: CanvasMarks;
  /** the canvas covers the plot: a gesture is painted there, the SVG waits under it */
  painting = false;
  /** the drawing (its signature) the canvas path was last readied for */
  private prepared = "";

  constructor(box: HTMLElement) {
    this.canvas = new CanvasMarks(box);
  }

  /**
   * Covers the plot with the canvas during a gesture, and uncovers it after, the SVG brought up to
   * date (`update`) in the same frame. Nothing of the SVG changes while covered: taking the marks out
   * of the page (display none) would cost a gesture's first frame and its end a re-layout of every
   * mark, and any change to the drawing under the canvas a repaint of every mark in it.
   */
  cover(on: boolean, update: () => void): void {
    this.painting = on;
    if (!on) update();
    this.canvas.show(on);
  }

  paint({ layout, marks, slice, scale, state }: CanvasFrame): void {
    this.canvas.paint(layout, marks, slice[0], slice[1], scale, state);
  }

  /** Whether the canvas path is ready for the drawing `signature`. */
  readied(signature: string): boolean {
    return this.prepared === signature;
  }

  /** Readies the canvas path for a drawing, between gestures (see `CanvasMarks.prepare`). */
  prepare(signature: string, { layout, marks, slice, scale, state }: CanvasFrame): void {
    this.prepared = signature;
    this.canvas.prepare(layout, marks, slice[0], slice[1], scale, state);
  }

  fit(layout: TimelineLayout): void {
    this.canvas.fit(layout);
  }

  scaleBy(k: number): void {
    this.canvas.scaleBy(k);
  }

  destroy(): void {
    this.canvas.destroy();
  }
}
