import type { Certainty } from "../model/vocabulary";
import type { Theme } from "./types";

/**
 * Certainty drawn redundantly, as data: fill, outline, dash and a text label each carry it, so it
 * reads without colour (print, colour blindness) and colour only reinforces it.
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
  possible: { label: "possible", fill: "none", ring: false, dash: null, glyph: null },
  conditional: { label: "conditional", fill: "none", ring: false, dash: "4 2", glyph: null },
  unclear: { label: "unclear", fill: "none", ring: false, dash: "1 2", glyph: "?" },
};

export type Palette = {
  background: string;
  text: string;
  muted: string;
  grid: string;
  laneA: string;
  laneB: string;
  conditionalArea: string;
  reference: string;
  connector: string;
  selection: string;
  certainty: Record<Certainty, string>;
};

/** Colours checked for at least 3:1 contrast of marks and 4.5:1 of text against the background. */
export const palettes: Record<Theme, Palette> = {
  light: {
    background: "#ffffff",
    text: "#1f2328",
    muted: "#57606a",
    grid: "#d8dee4",
    laneA: "#f6f8fa",
    laneB: "#ffffff",
    conditionalArea: "#fbf3f8",
    reference: "#b35900",
    connector: "#6e7781",
    selection: "#0969da",
    certainty: {
      fact: "#1a4f9c",
      scheduled: "#1f6feb",
      probable: "#6e40c9",
      possible: "#8a5a00",
      conditional: "#bf3989",
      unclear: "#57606a",
    },
  },
  dark: {
    background: "#0d1117",
    text: "#e6edf3",
    muted: "#9198a1",
    grid: "#30363d",
    laneA: "#161b22",
    laneB: "#0d1117",
    conditionalArea: "#1f1520",
    reference: "#f0883e",
    connector: "#8b949e",
    selection: "#58a6ff",
    certainty: {
      fact: "#79c0ff",
      scheduled: "#58a6ff",
      probable: "#bc8cff",
      possible: "#d29922",
      conditional: "#f778ba",
      unclear: "#9198a1",
    },
  },
};

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const LABEL_SIZE = 11;
/** The year-inferred tag ("≈") after a label: a symbol, so as large as the label to be legible. */
export const YEAR_TAG_SIZE = 12;
/** Average advance of a label character as a share of the font size; labels are measured, not rendered, on the server. */
const CHAR_WIDTH = 0.58;

export function textWidth(text: string, size = LABEL_SIZE): number {
  return [...text].length * size * CHAR_WIDTH;
}

/** Shortens text to fit a width, ending with an ellipsis. */
export function fitText(text: string, width: number, size = LABEL_SIZE): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  const keep = Math.max(0, Math.floor(width / (size * CHAR_WIDTH)) - 1);
  return keep === 0 ? "" : chars.slice(0, keep).join("").trimEnd() + "…";
}
