export { layoutTimeline, layoutWindow } from "./layout";
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
  DIMMED_OPACITY,
  type RenderOptions,
} from "./render";
export { certaintyStyle, palettes, type CertaintyStyle, type Palette } from "./style";
export { placeEvents, parseIsoDate, placementSpan, DAY } from "./placement";
export { fitDomain, windowDomain, domainWindow, parseInstant, MIN_SPAN } from "./domain";
export { assignLanes, defaultLaneMode, laneModeOf } from "./lanes";
export { packRows } from "./pack";
export { axisTicks, tickLabel, longDate, timeScale } from "./ticks";
export { metrics, resolveX, markSpan, connectorPath } from "./geometry";
export { eventTooltip, sentenceAround, attributionChain, type TooltipContent } from "./tooltip";
export { stepInOrder } from "./navigation";
export { darkSchemeCss, themeColourMap } from "./theme-css";
export { timeIndex, candidatesInView, type TimeIndex } from "./cull";
export { strings as timelineStrings } from "./strings";
export * from "./types";
