export { Timeline, type TimelineProps } from "./Timeline";
export { TimelineChart, CANVAS_THRESHOLD, type ChartCallbacks } from "./chart";
