import { h, type SvgNode } from "./node";

/**
 * The visible title at the top of an image (timeline.svg/.png, graph.svg/.png): one 14 px bold text
 * element, class `nl-heading`, at the image's left margin. Measured as the drawings measure their
 * text on the server, by an average character advance; a title too long for a line is wrapped at
 * words onto the next (up to `maxLines`), and only what the last line cannot hold is cut, at a word,
 * with an ellipsis. The full title is always the image's `<title>`.
 */

export const HEADING_SIZE = 14;
/** Baseline of the first line, from the top of the image. */
export const HEADING_BASELINE = 20;
/** Line height of a wrapped heading's further lines. */
export const HEADING_LINE = 18;
const ADVANCE = 0.58;

const widthOf = (text: string) => [...text].length * HEADING_SIZE * ADVANCE;

/** Cuts text at a word (inside the first word if it alone is too wide) so it and an ellipsis fit `width`. */
function cut(text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  const words = text.split(" ");
  for (let n = words.length - 1; n > 0; n--) {
    const kept = `${words.slice(0, n).join(" ").replace(/[\s,;:.–—-]+$/u, "")}…`;
    if (widthOf(kept) <= width) return kept;
  }
  const keep = Math.max(1, Math.floor(width / (HEADING_SIZE * ADVANCE)) - 1);
  return `${[...text].slice(0, keep).join("").trimEnd()}…`;
}

/** A title's lines within `width` px: at most `maxLines`, broken at spaces, the last cut if it must be. */
export function headingLines(title: string, width: number, maxLines = 2): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  let i = 0;
  for (; i < words.length && lines.length < maxLines - 1; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i]!;
    if (line && widthOf(candidate) > width) {
      lines.push(cut(line, width));
      line = words[i]!;
    } else line = candidate;
  }
  const rest = [line, ...words.slice(i)].filter(Boolean).join(" ");
  if (rest) lines.push(cut(rest, width));
  return lines;
}

export type ImageHeading = { node: SvgNode; lines: string[]; /** from the image's top to below the heading */ height: number };

/**
 * The heading of an image `width` px wide, with `margin` px either side; `height` is the band it takes
 * (`band` for one line, a line more for each further line), under which the drawing goes.
 */
export function imageHeading(
  title: string,
  o: { width: number; margin: number; fill: string; band: number; maxLines?: number; baseline?: number },
): ImageHeading {
  const lines = headingLines(title, o.width - 2 * o.margin, o.maxLines ?? 2);
  const [first, ...rest] = lines;
  const node = h("text", { class: "nl-heading", x: o.margin, y: o.baseline ?? HEADING_BASELINE, "font-size": HEADING_SIZE, "font-weight": 600, fill: o.fill }, [
    first ?? "",
    // a space ends each line but the last, so the text reads as the title, not "SummitGuarantees"
    ...rest.flatMap((l) => [" ", h("tspan", { x: o.margin, dy: HEADING_LINE }, [l])]),
  ]);
  return { node, lines, height: o.band + rest.length * HEADING_LINE };
}
