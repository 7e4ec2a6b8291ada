import { fmt, h, type SvgNode } from "../../svg";
import { wrapText } from "../layout";
import { FONT_FAMILY, palettes } from "./style";
import type { TimelineLayout } from "../types";

const HEADING_HEIGHT = 30;
const HEADING_SIZE = 14;
/** Line height of a title wrapped onto a second line. */
const HEADING_LINE = 18;

/**
 * The timeline as an image of its own (timeline.svg and .png): its drawing under a visible title,
 * the article's, as the graph's image has one; a title too long for one line takes a second before it
 * is cut. The dashboard and the embeds title the chart in HTML.
 */
export function titledTimeline(layout: Pick<TimelineLayout, "width" | "height" | "theme" | "title">, drawing: SvgNode): SvgNode {
  const palette = palettes[layout.theme];
  const margin = 12;
  const lines = wrapText(layout.title, layout.width - 2 * margin, 2, HEADING_SIZE);
  const top = HEADING_HEIGHT + Math.max(0, lines.length - 1) * HEADING_LINE;
  const height = layout.height + top;
  return h(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", width: layout.width, height, viewBox: `0 0 ${fmt(layout.width)} ${fmt(height)}`, "font-family": FONT_FAMILY },
    [
      h("rect", { width: layout.width, height, fill: palette.background }),
      h("text", { class: "nl-heading", x: margin, y: 20, "font-size": HEADING_SIZE, "font-weight": 600, fill: palette.text }, [
        lines[0] ?? "",
        ...lines.slice(1).flatMap((line) => [" ", h("tspan", { x: margin, dy: HEADING_LINE }, [line])]),
      ]),
      h("g", { transform: `translate(0,${top})` }, [drawing]),
    ],
  );
}
