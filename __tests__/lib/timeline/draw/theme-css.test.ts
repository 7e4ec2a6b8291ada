import { darkSchemeCss, palettes, themeColourMap } from "@/lib/timeline";

describe("dark colour scheme by CSS", () => {
  it("maps every light palette colour to the dark colour of the same role, one to one", () => {
    const map = new Map(themeColourMap("light", "dark"));
    expect(map.get(palettes.light.text)).toBe(palettes.dark.text);
    expect(map.get(palettes.light.background)).toBe(palettes.dark.background);
    for (const c of Object.keys(palettes.light.certainty) as (keyof typeof palettes.light.certainty)[])
      expect(map.get(palettes.light.certainty[c])).toBe(palettes.dark.certainty[c]);
  });

  it("recolours fills and strokes inside its scope, for a dark scheme only", () => {
    const css = darkSchemeCss(".scope");
    expect(css.startsWith("@media (prefers-color-scheme: dark){")).toBe(true);
    expect(css).toContain(`.scope [fill="${palettes.light.text}" i]{fill:${palettes.dark.text}}`);
    expect(css).toContain(`.scope [stroke="${palettes.light.certainty.fact}" i]{stroke:${palettes.dark.certainty.fact}}`);
  });
});
