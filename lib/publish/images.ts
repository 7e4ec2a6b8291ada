import type { Analysis } from "../model";
import { toSvgString } from "../svg";
import { titledTimeline } from "../timeline";
import { graphDrawing, timelineDrawing } from "./drawings";
import type { ImageKind } from "../share";
import type { ImageParams } from "./params";
import { sceneOf } from "./scene";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * A chart as a standalone SVG document for reports: the dashboard's drawing code, with its
 * `<title>`, `<desc>` and source credit. Ids in the URL that the analysis lacks are dropped, so an
 * image in a report keeps working after the article is re-analysed.
 */
export function chartSvg(kind: ImageKind, analysis: Analysis, params: ImageParams): string {
  const scene = sceneOf(analysis, params.view);
  const opts = { width: params.width, theme: params.theme };
  const timeline = kind === "timeline" ? timelineDrawing(analysis, scene, opts) : null;
  const svg = timeline ? titledTimeline(timeline.layout, timeline.svg) : graphDrawing(analysis, scene, opts).svg;
  return XML_DECLARATION + toSvgString(svg);
}
