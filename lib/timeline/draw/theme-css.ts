import { darkSchemeCss as schemeCss, themeValueMap } from "../../svg";
import { palettes } from "./style";
import type { Theme } from "../types";

/** Each colour of the `from` palette and the colour of the `to` palette in the same role, where they differ. */
export function themeColourMap(from: Theme, to: Theme): [string, string][] {
  return themeValueMap(palettes[from], palettes[to]).map((m) => [m.from, m.to]);
}

/**
 * A style sheet that recolours light timeline drawings inside `scope` (a CSS selector of our own, never
 * article text) for a dark colour scheme: one server drawing serves both themes instead of one per theme.
 */
export function darkSchemeCss(scope: string): string {
  return schemeCss(scope, palettes.light, palettes.dark);
}
