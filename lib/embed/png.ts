import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

/**
 * PNG rendering with resvg. Fonts: the server's own, no font shipped in the repository. The
 * drawings ask for `system-ui, …, Arial, sans-serif`; resvg maps the generic `sans-serif` to
 * DejaVu Sans (Debian's fonts-dejavu-core, present in CI and most Linux images) when it is there,
 * else to whatever sans-serif the system has. Loading the few DejaVu files directly is faster than
 * scanning every system font on each request. The SVG goldens, not the PNGs, pin the drawing.
 */
const DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu";
const DEJAVU = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => `${DEJAVU_DIR}/${f}`);

let fontOptions: { fontFiles: string[]; loadSystemFonts: boolean; defaultFontFamily: string; sansSerifFamily: string } | null = null;

function fonts() {
  if (fontOptions) return fontOptions;
  const files = DEJAVU.filter((f) => existsSync(/*turbopackIgnore: true*/ f));
  fontOptions = {
    fontFiles: files,
    loadSystemFonts: files.length === 0,
    defaultFontFamily: files.length ? "DejaVu Sans" : "Arial",
    sansSerifFamily: files.length ? "DejaVu Sans" : "Arial",
  };
  return fontOptions;
}

/** Rasterises an SVG document at its own width (1 SVG pixel = 1 PNG pixel). */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: fonts(), background: undefined });
  return resvg.render().asPng();
}
