import { fitText, LABEL_SIZE, textWidth } from "./text";

/**
 * Shortens text to whole words and an ellipsis, so what is drawn is the start of the event's name
 * word for word (WCAG 2.5.3, label in name: the mark's accessible name begins with the full label);
 * a first word too long for the width is cut inside.
 */
function shorten(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const words = text.split(" ");
  for (let n = words.length - 1; n > 0; n--) {
    const kept = `${words.slice(0, n).join(" ").replace(/[\s,;:.–—-]+$/u, "")}…`;
    if (textWidth(kept, size) <= width) return kept;
  }
  return fitText(text, width, size);
}

/**
 * Breaks a label into at most `maxLines` lines no wider than `width` (px), at spaces where it can and
 * inside a word only when the word alone is too wide; what still does not fit is shortened, at a word,
 * with an ellipsis on the last line. A label that fits on one line stays one line; no room gives [].
 */
export function wrapText(text: string, width: number, maxLines = 2, size = LABEL_SIZE): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || fitText(words.join(" "), width, size) === "") return [];
  const lines: string[] = [];
  let line = "";
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size) <= width) {
      line = candidate;
      i += 1;
      continue;
    }
    if (line) {
      lines.push(line);
      line = "";
      continue;
    }
    // a single word wider than the line: break it where the width runs out
    const chars = [...word];
    const fits = Math.max(1, Math.floor(width / textWidth("x", size)));
    lines.push(chars.slice(0, fits).join(""));
    words[i] = chars.slice(fits).join("");
    if (!words[i]) i += 1;
  }
  if (line) lines.push(line);
  const rest = words.slice(i).join(" ");
  if (rest) {
    const last = lines.length === maxLines ? lines.pop()! : "";
    const joined = last ? `${last} ${rest}` : rest;
    lines.push(shorten(joined, width, size));
  }
  return lines;
}

/** Whether wrapping had to cut the text (its last line ends with an ellipsis the text does not have), or found no room. */
export function isCut(lines: readonly string[], text: string): boolean {
  const last = lines[lines.length - 1];
  return last === undefined || (last.endsWith("…") && !text.trimEnd().endsWith("…"));
}

/** Most lines an event label takes, when fewer would cut it. */
export const MAX_LABEL_LINES = 3;

/**
 * An event label's lines: two lines of `width` where they hold it; a label two lines would cut takes
 * a third; one that three lines still cut, where wider room is offered (`wider`, e.g. the undated row,
 * which flows across the whole drawing), is wrapped at up to that width before it is cut.
 */
export function labelLines(text: string, width: number, wider = width, size = LABEL_SIZE): string[] {
  for (let n = 2; n <= MAX_LABEL_LINES; n++) {
    const lines = wrapText(text, width, n, size);
    if (!isCut(lines, text)) return lines;
  }
  // only as much wider as it takes, in quarter steps of the width
  for (let w = width * 1.25; w < wider; w += width / 4) {
    const lines = wrapText(text, w, MAX_LABEL_LINES, size);
    if (!isCut(lines, text)) return lines;
  }
  return wrapText(text, Math.max(width, wider), MAX_LABEL_LINES, size);
}
