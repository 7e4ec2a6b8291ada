/**
 * The live, interactive timeline: browser code (DOM, d3-zoom, canvas) without a framework, driven by
 * the dashboard's React wrapper and by the embed script alike.
 */
export { TimelineChart, CANVAS_THRESHOLD, DRAG_THRESHOLD, type ChartCallbacks } from "./chart";
export { servedDrawings, servedWidth, watchServedWidth, TABLET_DRAWING_MAX_EVENTS, type ServedDrawing } from "./served";
export { sameWindow, repacks, followTouches, ReleaseSelect } from "./swap";
