/**
 * What a reader copies from the dashboard: the embed snippet and the links of embeds and images.
 * Pure and light, so the client's embed dialog and the server's pages build the same URLs.
 */
export { EmbedTheme, type EmbedKind, type ImageKind } from "./kinds";
export { embedPath, imagePath, iframeSnippet, storyEmbedPath, storyImagePath, storyIframeSnippet, type EmbedChoice } from "./snippet";
