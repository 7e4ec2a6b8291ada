import { darkSchemeCss, themeValueMap } from "@/lib/svg/theme-css";
import { graphDarkSchemeCss, graphThemeValues } from "@/lib/graph";
import { actorKindStyle, palettes, relationKindStyle } from "@/lib/graph/style";

describe("recolouring drawings by CSS", () => {
  it("maps each value to the value of the same role, leaves equal values out, and maps opacities by key", () => {
    const light = { text: "#000000", halo: "#ffffff", background: "#ffffff", dimOpacity: 0.2, size: 12, kinds: { a: "#123456" } };
    const dark = { text: "#eeeeee", halo: "#111111", background: "#111111", dimOpacity: 0.3, size: 14, kinds: { a: "#123456" } };
    expect(themeValueMap(light, dark)).toEqual([
      { from: "#000000", to: "#eeeeee", property: "paint" },
      { from: "#ffffff", to: "#111111", property: "paint" },
      { from: "0.2", to: "0.3", property: "opacity" },
    ]);
    const css = darkSchemeCss(".s", light, dark);
    expect(css).toBe(
      '@media (prefers-color-scheme: dark){.s [fill="#000000" i]{fill:#eeeeee}.s [stroke="#000000" i]{stroke:#eeeeee}' +
        '.s [fill="#ffffff" i]{fill:#111111}.s [stroke="#ffffff" i]{stroke:#111111}.s [opacity="0.2"]{opacity:0.3}}',
    );
  });

  it("refuses a colour with two roles that the other theme tells apart", () => {
    expect(() => themeValueMap({ a: "#000000", b: "#000000" }, { a: "#111111", b: "#222222" })).toThrow(/two values/);
  });

  it("covers every colour of the graph's palette and kinds, and its dim opacity", () => {
    const css = graphDarkSchemeCss(".g");
    expect(Object.keys(graphThemeValues("light"))).toEqual(["palette", "actors", "relations"]);
    for (const s of [...Object.values(actorKindStyle), ...Object.values(relationKindStyle)])
      expect(css).toContain(`.g [fill="${s.color.light}" i]{fill:${s.color.dark}}`);
    expect(css).toContain(`.g [stroke="${palettes.light.selection}" i]{stroke:${palettes.dark.selection}}`);
    expect(css).toContain(`.g [opacity="${palettes.light.dimOpacity}"]{opacity:${palettes.dark.dimOpacity}}`);
  });
});
