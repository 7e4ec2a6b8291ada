export {
  parseEmbedParams,
  parseImageParams,
  parseWidth,
  parseTheme,
  clampWidth,
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
export { embedDocument, embedProblemDocument } from "./document";
export { chartSvg } from "./images";
export { tablesHtml } from "./table";
export type { TimelinePayload, GraphPayload } from "./payload";
export { socialMetadata, publicOrigin } from "./social";
export { respondEmbed, respondImage } from "./respond";
export { respondStoryEmbed, respondStoryImage, type StoryDeps } from "./story";
export { storyChartSvg, renderStoryEmbed, STORY_EMBED_SCRIPT } from "./story-render";
export { parseStoryImageParams, parseStoryEmbedParams, storyViewQuery, storyHref, type StoryImageParams, type StoryEmbedParams } from "./story-params";
