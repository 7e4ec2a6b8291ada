/**
 * The timeline for consumers of its layout and drawing (server images, embeds, the dashboard):
 * `layout/` is the maths, `draw/` turns a layout into SVG nodes; the live, interactive chart is
 * `./live`, imported on its own (it is browser code).
 */
export {
  layoutTimeline,
  layoutWindow,
  STACK_CONDITIONAL_BELOW,
  placeEvents,
  parseIsoDate,
  placementSpan,
  DAY,
  fitDomain,
  windowDomain,
  domainWindow,
  parseInstant,
  MIN_SPAN,
  assignLanes,
  defaultLaneMode,
  laneModeOf,
  packRows,
  axisTicks,
  tickLabel,
  longDate,
  timeScale,
  metrics,
  resolveX,
  markSpan,
  connectorPath,
  stepInOrder,
  timeIndex,
  candidatesInView,
  type TimeIndex,
} from "./layout";
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
  palettes,
  type Palette,
  eventTooltip,
  sentenceAround,
  attributionChain,
  type TooltipContent,
  darkSchemeCss,
  themeColourMap,
  titledTimeline,
} from "./draw";
export { certaintyStyle, type CertaintyStyle } from "./certainty";
export { strings as timelineStrings } from "./strings";
export * from "./types";
export { CANVAS_THRESHOLD, ReleaseSelect, type ServedDrawing, TimelineChart, followTouches, repacks, sameWindow, servedDrawings, servedWidth, watchServedWidth } from "./live/index";
export { strings } from "./strings";
