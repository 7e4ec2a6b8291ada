export { seededGraphLayout, prepareSeededGraphLayout } from "./seeded-layout";
export { layoutGraph, layoutSteps, actorRadius, defaultTicks, type GraphLayout, type LayoutNode, type LayoutOptions } from "./layout";
export { graphSeed } from "./seed";
export {
  actorKindStyle,
  relationKindStyle,
  palettes,
  isUncertain,
  legend,
  legendFor,
  NodeShape,
  GraphTheme,
  type Legend,
  type Palette,
} from "./style";
export { shapePath, labelOffset } from "./shapes";
export { edgeCurves, curveControlPoint, type EdgeCurve } from "./curves";
export { neighbourhood, type Neighbourhood } from "./neighbourhood";
export { emphasis, type Emphasis } from "./emphasis";
export { tooltipContent, attributionChain, sentenceAround, type TooltipContent } from "./tooltip";
export { toVisData, type VisNode, type VisEdge, type VisDataOptions } from "./vis-data";
export { networkOptions } from "./vis-options";
export { labelArea, nodeByLabel, pickOnCanvas, type CanvasNode, type CanvasHit } from "./canvas-pick";
export { canvasLabelPlan, CANVAS_NODE_FONT, CANVAS_EDGE_FONT, type CanvasLabelNode, type CanvasLabelEdge } from "./canvas-labels";
export { renderGraph, type RenderGraphOptions } from "./render";
export { describeGraph, graphTitle, creditLine } from "./describe";
export { diffItems } from "./diff";
export { graphDarkSchemeCss, graphThemeValues } from "./theme-css";
export { graphFrame } from "./render";
export { DASH_PATTERN } from "./style";
