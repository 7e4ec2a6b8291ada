import type { Certainty } from "../../model";
import type { Theme } from "../types";

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
      proposed: "#0f6e63",
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
      proposed: "#39c5b0",
      possible: "#d29922",
      conditional: "#f778ba",
      unclear: "#9198a1",
    },
  },
};

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
