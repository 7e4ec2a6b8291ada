import { fmt, h, type SvgNode } from "../../svg";
import { fitText } from "../layout";
import { FONT_FAMILY, palettes } from "./style";
import type { TimelineLayout } from "../types";

const HEADING_HEIGHT = 30;
const HEADING_SIZE = 14;

/**
 * The timeline as an image of its own (timeline.svg and .png): its drawing under a visible title,
 * the article's, as the graph's image has one. The dashboard and the embeds title the chart in HTML.
 */
export function titledTimeline(layout: Pick<TimelineLayout, "width" | "height" | "theme" | "title">, drawing: SvgNode): SvgNode {
  const palette = palettes[layout.theme];
  const height = layout.height + HEADING_HEIGHT;
  const margin = 12;
  return h(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", width: layout.width, height, viewBox: `0 0 ${fmt(layout.width)} ${fmt(height)}`, "font-family": FONT_FAMILY },
    [
      h("rect", { width: layout.width, height, fill: palette.background }),
      h("text", { class: "nl-heading", x: margin, y: 20, "font-size": HEADING_SIZE, "font-weight": 600, fill: palette.text }, [
        fitText(layout.title, layout.width - 2 * margin, HEADING_SIZE),
      ]),
      h("g", { transform: `translate(0,${HEADING_HEIGHT})` }, [drawing]),
    ],
  );
}
