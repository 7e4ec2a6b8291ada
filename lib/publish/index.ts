export {
  parseEmbedParams,
  parseImageParams,
  parseWidth,
  parseTheme,
  clampWidth,
  EmbedTheme,
  MIN_IMAGE_WIDTH,
  MAX_IMAGE_WIDTH,
  DEFAULT_IMAGE_WIDTH,
  type EmbedParams,
  type ImageParams,
  type ParamsResult,
} from "./params";
export { sceneOf, graphSubset, type Scene } from "./scene";
export { timelineDrawing, graphDrawing, timelineRenderOptions } from "./drawings";
export { renderEmbed, dashboardHref, EMBED_WIDTH, EMBED_SCRIPTS } from "./page";
export { embedDocument, embedProblemDocument, type EmbedKind } from "./document";
export { chartSvg, type ImageKind } from "./images";
export { tablesHtml } from "./table";
export { escapeHtml, jsonForScript } from "./html";
export { pagePolicy, embedPolicy, makeNonce } from "./csp";
export type { TimelinePayload, GraphPayload } from "./payload";
export { embedPath, imagePath, iframeSnippet, type EmbedChoice } from "./snippet";
export { socialMetadata, publicOrigin } from "./social";
