/** The timeline's drawing: a layout as an SvgNode tree (server SVG, embed, dashboard), its palettes and text. */
export {
  renderTimeline,
  renderAxis,
  renderConnector,
  layoutScale,
  markTransform,
  markOpacity,
  barWidth,
  selectionRing,
  referenceTransform,
  renderReference,
  DIMMED_OPACITY,
  type RenderOptions,
} from "./render";
export { palettes, FONT_FAMILY, type Palette } from "./style";
export { eventTooltip, sentenceAround, attributionChain, type TooltipContent } from "./tooltip";
export { darkSchemeCss, themeColourMap } from "./theme-css";
export { titledTimeline } from "./heading";
