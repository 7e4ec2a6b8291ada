import type { Analysis } from "../model";
import { toSvgString } from "../svg";
import { STACK_CONDITIONAL_BELOW, strings as timelineStrings } from "../timeline";
import { graphTitle } from "../graph";
import { serializeViewState } from "../view";
import type { EmbedKind } from "../share";
import { embedDocument } from "./document";
import { graphDrawing, timelineDrawing } from "./drawings";
import type { EmbedParams } from "./params";
import { graphPayload, timelinePayload } from "./payload";
import { sceneOf } from "./scene";
import { tablesHtml } from "./table";

/** The width an embed is first drawn at, before its script measures the frame (a typical article column). */
export const EMBED_WIDTH = 720;

/**
 * The timeline's height depends on its width (labels packed into rows, the conditional area stacked
 * below the lanes on narrow frames), so one drawing scaled to the frame is not the picture the script
 * then draws at the frame's real width, and everything under it would jump. The server draws it at
 * a few widths instead (phones, large phones, the narrow layout's break, an article column) and the
 * page's CSS shows, unscaled, the one drawn for the widest width the frame reaches: the first paint
 * already has the height of the live chart, give or take a row.
 */
export const TIMELINE_EMBED_WIDTHS = [360, 400, STACK_CONDITIONAL_BELOW, EMBED_WIDTH] as const;

/** Where the embed scripts are served from (built by scripts/build-embed.mjs). */
export const EMBED_SCRIPTS = { timeline: "/embed/timeline.js", graph: "/embed/graph.js" } as const;

/** The dashboard link of a view: "/articles/<id>?<canonical query>". */
export function dashboardHref(articleId: string, query: string): string {
  return `/articles/${encodeURIComponent(articleId)}${query ? `?${query}` : ""}`;
}

/** The whole HTML page of an embed for an analysis and its parameters. */
export function renderEmbed(kind: EmbedKind, analysis: Analysis, params: EmbedParams, nonce: string): string {
  const scene = sceneOf(analysis, params.view);
  const query = serializeViewState(scene.view);
  const articleId = analysis.article.id;
  const common = {
    kind,
    nonce,
    theme: params.theme,
    controls: params.controls,
    articleTitle: analysis.article.title,
    dashboardHref: dashboardHref(articleId, query),
    notices: [...params.notices, ...scene.notices],
  };
  const shared = { theme: params.theme, dashboard: dashboardHref(articleId, ""), query, width: EMBED_WIDTH };
  if (kind === "timeline") {
    const idPrefix = "nl-timeline";
    const drawings = TIMELINE_EMBED_WIDTHS.map((width) => ({
      width,
      ...timelineDrawing(analysis, scene, { width, theme: params.theme, idPrefix: `${idPrefix}-${width}` }),
    }));
    return embedDocument({
      ...common,
      title: timelineStrings.title(analysis.article.title),
      body: drawings.map((d) => `<div class="nl-drawing" data-width="${d.width}">${toSvgString(d.svg)}</div>`).join(""),
      drawingWidths: TIMELINE_EMBED_WIDTHS,
      data: timelinePayload(analysis, scene, drawings[drawings.length - 1]!.layout, { ...shared, idPrefix }),
      script: EMBED_SCRIPTS.timeline,
    });
  }
  if (kind === "graph") {
    const idPrefix = "nl-graph";
    const { layout, subset, svg } = graphDrawing(analysis, scene, { width: EMBED_WIDTH, theme: params.theme, idPrefix });
    return embedDocument({
      ...common,
      title: graphTitle(analysis),
      body: toSvgString(svg),
      data: graphPayload(analysis, subset, scene, layout, { ...shared, idPrefix }),
      script: EMBED_SCRIPTS.graph,
    });
  }
  return embedDocument({ ...common, title: `Events and relations: ${analysis.article.title}`, body: tablesHtml(analysis, scene) });
}
