/**
 * Recolouring a drawing by CSS: every colour of our drawings is a palette colour in a presentation
 * attribute (which any CSS rule overrides), so a drawing made in one theme can be shown in another
 * by a style sheet that maps each value to the value of the same role in the other theme. One server
 * drawing then serves both colour schemes instead of one drawing per scheme.
 */

/** A theme's values by role: colours (strings), opacities (numbers under a key ending in `Opacity`), nested groups. */
export type ThemeValues = { readonly [role: string]: string | number | ThemeValues };

type Leaf = { key: string; value: string; property: "paint" | "opacity" };

function leaves(values: ThemeValues, prefix = ""): Leaf[] {
  return Object.entries(values).flatMap(([k, v]): Leaf[] => {
    const key = `${prefix}${k}`;
    if (typeof v === "string") return [{ key, value: v, property: "paint" }];
    if (typeof v === "number") return /Opacity$/.test(k) ? [{ key, value: String(v), property: "opacity" }] : [];
    return leaves(v, `${key}.`);
  });
}

export type ValueMapping = { from: string; to: string; property: "paint" | "opacity" };

/**
 * Each value of `from` and the value of the same role in `to`, where they differ, in a stable order.
 * Throws when one value has two roles that `to` tells apart (the style sheet could not choose).
 */
export function themeValueMap(from: ThemeValues, to: ThemeValues): ValueMapping[] {
  const target = new Map(leaves(to).map((l) => [l.key, l.value]));
  const map = new Map<string, ValueMapping>();
  for (const { key, value, property } of leaves(from)) {
    const other = target.get(key);
    if (other === undefined) throw new Error(`theme value ${key} has no counterpart`);
    const id = `${property}:${value.toLowerCase()}`;
    const known = map.get(id);
    if (known !== undefined && known.to !== other) throw new Error(`${value} stands for two values of the other theme (${known.to}, ${other})`);
    map.set(id, { from: value, to: other, property });
  }
  return [...map.values()].filter((m) => m.from !== m.to);
}

/**
 * A style sheet that recolours drawings made with `light` inside `scope` (a CSS selector of our own,
 * never article text) for a dark colour scheme.
 */
export function darkSchemeCss(scope: string, light: ThemeValues, dark: ThemeValues): string {
  const rules = themeValueMap(light, dark).flatMap(({ from, to, property }) =>
    property === "opacity" ? [`${scope} [opacity="${from}"]{opacity:${to}}`] : ["fill", "stroke"].map((p) => `${scope} [${p}="${from}" i]{${p}:${to}}`),
  );
  return `@media (prefers-color-scheme: dark){${rules.join("")}}`;
}
