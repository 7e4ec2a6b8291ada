import { palettes, type Palette } from "./style";
import type { Theme } from "./types";

/** The palette's colours as (key path, value) pairs, in a stable order. */
function colours(p: Palette | Record<string, unknown>, prefix = ""): [string, string][] {
  return Object.entries(p).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : colours(v as Record<string, unknown>, `${prefix}${k}.`),
  );
}

/**
 * Each colour of the `from` palette and the colour of the `to` palette in the same role, where they
 * differ. A drawing made in one theme can then be shown in the other by CSS alone, because every
 * colour of a drawing is a palette colour in a presentation attribute (which any CSS rule overrides).
 * Throws when one colour has two roles that the other theme tells apart.
 */
export function themeColourMap(from: Theme, to: Theme): [string, string][] {
  const target = new Map(colours(palettes[to]));
  const map = new Map<string, string>();
  for (const [key, colour] of colours(palettes[from])) {
    const other = target.get(key)!;
    const known = map.get(colour);
    if (known !== undefined && known !== other) throw new Error(`palette ${from}: ${colour} stands for two colours of ${to}`);
    map.set(colour, other);
  }
  return [...map].filter(([a, b]) => a !== b);
}

/**
 * A style sheet that recolours light drawings inside `scope` (a CSS selector of our own, never article
 * text) for a dark colour scheme: one server drawing serves both themes instead of one per theme.
 */
export function darkSchemeCss(scope: string): string {
  const rules = themeColourMap("light", "dark").flatMap(([a, b]) =>
    ["fill", "stroke"].map((prop) => `${scope} [${prop}="${a}" i]{${prop}:${b}}`),
  );
  return `@media (prefers-color-scheme: dark){${rules.join("")}}`;
}
