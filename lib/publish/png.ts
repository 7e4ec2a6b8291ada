import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Resvg, renderAsync } from "@resvg/resvg-js";
import { createLimiter } from "./limit";

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

/**
 * Rendering costs ~50 ms of CPU (mostly parsing the fonts), so it runs on libuv's thread pool,
 * leaving one core to the event loop (one render at a time on the 2-core target), with a queue
 * long enough for 50 concurrent distinct images; a burst beyond it gets BusyError (503). Only the
 * PNG encoding (a few ms) runs on the event loop.
 */
export const pngLimiter = createLimiter({ concurrency: Math.max(1, availableParallelism() - 1), maxQueued: 64 });

/** `svgToPng` off the event loop, within `pngLimiter`. */
export function renderPng(svg: string): Promise<Buffer> {
  return pngLimiter.run(async () => (await renderAsync(svg, { font: fonts(), background: undefined })).asPng());
}
