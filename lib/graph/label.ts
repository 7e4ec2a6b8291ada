/** Shortens a label for drawing; the full text stays in the accessible name and the tooltip. */
export function truncateLabel(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  return t.slice(0, Math.max(1, max - 1)).trimEnd() + "…";
}

export const NODE_LABEL_MAX = 28;
export const EDGE_LABEL_MAX = 24;
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** `#rrggbb` with an alpha, as `rgba()` — vis-network fonts take no separate opacity. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/** A server has no font metrics; this average glyph width keeps labels and legend rows apart. */
export function approxTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58;
}
