/** The timeline's layout: pure maths from an analysis to positioned marks, lanes, ticks and text. */
export { layoutTimeline, layoutWindow, STACK_CONDITIONAL_BELOW } from "./layout";
export { placeEvents, parseIsoDate, placementSpan, DAY } from "./placement";
export { fitDomain, windowDomain, domainWindow, parseInstant, MIN_SPAN } from "./domain";
export { assignLanes, defaultLaneMode, laneModeOf, CONDITIONAL_STRIP, OTHER_LANE } from "./lanes";
export { packRows, type PackItem } from "./pack";
export { axisTicks, tickLabel, longDate, timeScale } from "./ticks";
export { metrics, GUIDE_TOP, TICK_LABEL_BASELINE, resolveX, markSpan, connectorPath, type Scale } from "./geometry";
export { placeLegend, legendHeight, LEGEND_SWATCH, LEGEND_TEXT_SIZE } from "./legend";
export { textWidth, fitText, linesWidth, LABEL_SIZE, YEAR_TAG_SIZE } from "./text";
export { wrapText } from "./wrap";
export { referenceSegments, laneName, LANE_NAME_SIZE } from "./reference";
export { stepInOrder } from "./navigation";
export { timeIndex, candidatesInView, type TimeIndex, type InvertibleScale } from "./cull";
