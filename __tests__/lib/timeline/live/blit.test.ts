import { glyphPixels, hexColour, PixelLayer } from "@/lib/timeline/live/blit";

/** A size×size RGBA image with the given pixels set. */
function image(size: number, pixels: { x: number; y: number; rgba: [number, number, number, number] }[]): Uint8ClampedArray {
  const data = new Uint8ClampedArray(size * size * 4);
  for (const { x, y, rgba } of pixels) data.set(rgba, (y * size + x) * 4);
  return data;
}
const at = (layer: PixelLayer, x: number, y: number) => [...layer.data.slice((y * layer.width + x) * 4, (y * layer.width + x) * 4 + 4)];

describe("glyphPixels(data, width, height, opacity) and PixelLayer.stamp(glyph, x, y)", () => {
  const glyph = glyphPixels(
    image(3, [
      { x: 0, y: 0, rgba: [255, 0, 0, 255] },
      { x: 2, y: 2, rgba: [0, 0, 255, 128] },
    ]),
    3,
    3,
  );

  it("keeps only the visible pixels of a glyph", () => {
    expect([...glyph.xs]).toEqual([0, 2]);
    expect([...glyph.alpha]).toEqual([255, 128]);
  });

  it("copies opaque pixels and blends translucent ones over what is below (source-over)", () => {
    const layer = new PixelLayer(8, 8);
    layer.stamp(glyph, 1, 1);
    expect(at(layer, 1, 1)).toEqual([255, 0, 0, 255]);
    expect(at(layer, 3, 3)).toEqual([0, 0, 255, 128]);
    layer.stamp(glyphPixels(image(1, [{ x: 0, y: 0, rgba: [255, 255, 255, 128] }]), 1, 1), 3, 3);
    const [r, g, b, a] = at(layer, 3, 3);
    expect(a).toBeGreaterThan(180);
    expect(r).toBeGreaterThan(100);
    expect(b).toBe(255);
    expect(g).toBe(r);
  });

  it("clips a glyph at the buffer's edges and clears to transparent", () => {
    const layer = new PixelLayer(4, 4);
    layer.stamp(glyph, -2, -2);
    expect(at(layer, 0, 0)).toEqual([0, 0, 255, 128]);
    layer.stamp(glyph, 3, 3);
    expect(at(layer, 3, 3)).toEqual([255, 0, 0, 255]);
    layer.clear();
    expect(layer.data.every((v) => v === 0)).toBe(true);
  });

  it("scales a glyph's alpha for dimmed marks", () => {
    expect([...glyphPixels(image(1, [{ x: 0, y: 0, rgba: [10, 20, 30, 200] }]), 1, 1, 0.3).alpha]).toEqual([60]);
  });
});

describe("hexColour(colour) and PixelLayer.vline(x, y0, y1, width, colour, dash)", () => {
  it("packs #rrggbb as opaque RGBA bytes and refuses other notations", () => {
    const layer = new PixelLayer(1, 1);
    layer.vline(0.5, 0, 1, 1, hexColour("#102030")!);
    expect(at(layer, 0, 0)).toEqual([16, 32, 48, 255]);
    expect(hexColour("rgb(1, 2, 3)")).toBeNull();
  });

  it("covers the columns under the line, partly covered ones in part, and only its rows", () => {
    const layer = new PixelLayer(4, 6);
    layer.vline(2, 1, 5, 1, hexColour("#ff0000")!);
    expect(at(layer, 1, 2)[3]).toBe(128);
    expect(at(layer, 2, 2)[3]).toBe(128);
    expect(at(layer, 0, 2)[3]).toBe(0);
    expect(at(layer, 1, 0)[3]).toBe(0);
    expect(at(layer, 1, 5)[3]).toBe(0);
  });

  it("leaves the gaps of a dashed line", () => {
    const layer = new PixelLayer(1, 8);
    layer.vline(0.5, 0, 8, 1, hexColour("#000000")!, [2, 2]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((y) => at(layer, 0, y)[3])).toEqual([255, 255, 0, 0, 255, 255, 0, 0]);
  });

  it("blends a translucent pixel over an opaque one as source-over does", () => {
    const layer = new PixelLayer(1, 1);
    layer.vline(0.5, 0, 1, 1, hexColour("#000000")!);
    layer.stamp(glyphPixels(image(1, [{ x: 0, y: 0, rgba: [255, 255, 255, 128] }]), 1, 1), 0, 0);
    expect(at(layer, 0, 0)).toEqual([128, 128, 128, 255]);
  });
});
