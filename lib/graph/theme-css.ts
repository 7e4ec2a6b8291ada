import { darkSchemeCss as schemeCss, type ThemeValues } from "../svg";
import { actorKindStyle, palettes, relationKindStyle, type GraphTheme } from "./style";

/** Every value a graph drawing takes from its theme, by role: the palette and the kinds' colours. */
export function graphThemeValues(theme: GraphTheme): ThemeValues {
  const colours = (styles: Record<string, { color: Record<GraphTheme, string> }>) =>
    Object.fromEntries(Object.entries(styles).map(([kind, s]) => [kind, s.color[theme]]));
  return { palette: palettes[theme], actors: colours(actorKindStyle), relations: colours(relationKindStyle) };
}

/**
 * A style sheet that shows light graph drawings inside `scope` (a CSS selector of our own, never article
 * text) in the dark theme's colours when the system asks for a dark scheme: the server draws the graph once.
 */
export function graphDarkSchemeCss(scope: string): string {
  return schemeCss(scope, graphThemeValues("light"), graphThemeValues("dark"));
}
