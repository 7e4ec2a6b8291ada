import { fmt, h, imageHeading, type SvgNode } from "../../svg";
import { FONT_FAMILY, palettes } from "./style";
import type { TimelineLayout } from "../types";

/** Height of the band a one-line heading takes above the drawing. */
const HEADING_HEIGHT = 30;

/**
 * The timeline as an image of its own (timeline.svg and .png): its drawing under a visible title,
 * the article's, drawn by the same code as the graph image's (lib/svg imageHeading); a title too
 * long for one line takes a second before it is cut. The root's `<title>` names the image for
 * viewers that read only the outer element. The dashboard and the embeds title the chart in HTML.
 */
export function titledTimeline(layout: Pick<TimelineLayout, "width" | "height" | "theme" | "title">, drawing: SvgNode): SvgNode {
  const palette = palettes[layout.theme];
  const heading = imageHeading(layout.title, { width: layout.width, margin: 12, fill: palette.text, band: HEADING_HEIGHT });
  const top = heading.height;
  const height = layout.height + top;
  return h(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", width: layout.width, height, viewBox: `0 0 ${fmt(layout.width)} ${fmt(height)}`, "font-family": FONT_FAMILY },
    [
      h("title", {}, [layout.title]),
      h("rect", { width: layout.width, height, fill: palette.background }),
      heading.node,
      h("g", { transform: `translate(0,${top})` }, [drawing]),
    ],
  );
}
