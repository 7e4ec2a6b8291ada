import { strings } from "../strings";

/**
 * Text as the layout measures it: labels are measured, not rendered, on the server, so widths come
 * from an average character advance at the drawing's label sizes.
 */
export const LABEL_SIZE = 11;
/** The year-inferred tag ("≈") after a label: a symbol, so as large as the label to be legible. */
export const YEAR_TAG_SIZE = 12;
/** Average advance of a label character as a share of the font size. */
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

/** Width of a label's widest line plus the year-inferred tag on its last line (as the layout measures it). */
export function linesWidth(lines: readonly string[], yearInferred: boolean): number {
  const tag = yearInferred ? textWidth(` ${strings.yearInferredMark}`, YEAR_TAG_SIZE) : 0;
  return lines.reduce((max, line, i) => Math.max(max, textWidth(line, LABEL_SIZE) + (i === lines.length - 1 ? tag : 0)), 0);
}
