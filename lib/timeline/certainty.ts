import type { Certainty } from "../model";

/**
 * Certainty drawn redundantly, as data: fill, outline, dash and a text label each carry it, so it
 * reads without colour (print, colour blindness) and colour only reinforces it. Shared by the layout
 * (its labels name lanes, legend entries and marks) and the drawing (its marks are the glyphs).
 */
export type CertaintyStyle = {
  label: string;
  /** solid: filled; half: left half filled (points) / hatched (bars); none: outline only */
  fill: "solid" | "half" | "none";
  /** an extra ring around the glyph */
  ring: boolean;
  dash: string | null;
  /** a character drawn inside the glyph */
  glyph: string | null;
};

export const certaintyStyle: Record<Certainty, CertaintyStyle> = {
  fact: { label: "fact", fill: "solid", ring: false, dash: null, glyph: null },
  scheduled: { label: "scheduled", fill: "solid", ring: true, dash: null, glyph: null },
  probable: { label: "probable", fill: "half", ring: false, dash: null, glyph: null },
  // Put on the table, not agreed: an outline with the scheduled ring, unfilled.
  proposed: { label: "proposed", fill: "none", ring: true, dash: null, glyph: null },
  possible: { label: "possible", fill: "none", ring: false, dash: null, glyph: null },
  conditional: { label: "conditional", fill: "none", ring: false, dash: "4 2", glyph: null },
  unclear: { label: "unclear", fill: "none", ring: false, dash: "1 2", glyph: "?" },
};
