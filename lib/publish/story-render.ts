import type { EmbedKind, ImageKind } from "../share";
import type { StoredStory } from "../store";
import { storyGraphSvg, storySubset, storyTablesHtml, storyTimelineSvg, storyGraphTitle, storyTimelineTitle } from "../story-view";
import { toSvgString } from "../svg";
import { embedDocument } from "./document";
import { EMBED_WIDTH } from "./page";
import { storyHref, type StoryEmbedParams, type StoryImageParams } from "./story-params";

/**
 * The drawing steps of story images and embeds (no store, so the hardening tests run them under
 * jsdom): the story page's layouts drawn as SVG (lib/story-view/draw.ts), in the article embeds'
 * document (document.ts). Story embeds are static server drawings: their one script
 * (/embed/height.js) only reports the height to the host page.
 */

/** The story embeds' only script: it posts the content height (the resize protocol of resize.js). */
export const STORY_EMBED_SCRIPT = "/embed/height.js";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A story chart as a standalone SVG document: the story page's layout, titled, with `<title>` and `<desc>`. */
export function storyChartSvg(kind: ImageKind, stored: StoredStory, params: StoryImageParams): string {
  const shown = storySubset(stored.analysis, params.view.articles);
  const opts = { width: params.width, theme: params.theme, title: stored.record.title, selection: params.view.state.select };
  const drawing = kind === "timeline" ? storyTimelineSvg(shown, opts) : storyGraphSvg(shown, opts);
  return XML_DECLARATION + toSvgString(drawing.svg);
}

/** The whole HTML page of a story embed. */
export function renderStoryEmbed(kind: EmbedKind, stored: StoredStory, params: StoryEmbedParams, nonce: string): string {
  const shown = storySubset(stored.analysis, params.view.articles);
  const title = stored.record.title;
  const selection = params.view.state.select;
  const opts = { width: EMBED_WIDTH, theme: params.theme, title, selection, idPrefix: `nl-story-${kind}` };
  const body =
    kind === "table" ? storyTablesHtml(shown, selection) : toSvgString((kind === "timeline" ? storyTimelineSvg(shown, opts) : storyGraphSvg(shown, opts)).svg);
  const heading = kind === "timeline" ? storyTimelineTitle(title) : kind === "graph" ? storyGraphTitle(title) : `Events and relations in the story: ${title}`;
  return embedDocument({
    kind,
    nonce,
    theme: params.theme,
    controls: false,
    title: heading,
    articleTitle: title,
    dashboardHref: storyHref(stored.record.id, params.view),
    notices: params.notices,
    body,
    script: STORY_EMBED_SCRIPT,
  });
}

