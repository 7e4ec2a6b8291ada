import { seededGraphLayout, renderGraph } from "../graph";
import type { Analysis } from "../model";
import type { SvgNode } from "../svg";
import { laneModeOf, layoutTimeline, renderTimeline, type RenderOptions, type TimelineLayout } from "../timeline";
import type { EmbedTheme } from "../share";
import { graphSubset, type Scene } from "./scene";

export type DrawOptions = { width: number; theme: EmbedTheme; idPrefix?: string };

/** The timeline's render options for a scene: the selected event ringed, its links emphasised. */
export function timelineRenderOptions(scene: Scene, idPrefix: string): RenderOptions {
  const select = scene.view.select;
  return {
    idPrefix,
    selectedId: select?.kind === "event" ? select.id : null,
    highlighted: select ? scene.linked.events : null,
    dimOthers: select !== null,
  };
}

/** The timeline of a scene, laid out and drawn with the dashboard's code. */
export function timelineDrawing(analysis: Analysis, scene: Scene, opts: DrawOptions): { layout: TimelineLayout; svg: SvgNode } {
  const idPrefix = opts.idPrefix ?? "nl-timeline";
  const layout = layoutTimeline(analysis, scene.visible.events, {
    width: opts.width,
    lanes: laneModeOf(scene.view.lanes, analysis),
    theme: opts.theme,
    window: scene.window,
  });
  return { layout, svg: renderTimeline(layout, timelineRenderOptions(scene, idPrefix)) };
}

/**
 * The actor graph of a scene: positions come from the seeded layout of the whole analysis, so
 * filtering hides nodes without moving the others (as in the dashboard).
 */
export function graphDrawing(analysis: Analysis, scene: Scene, opts: DrawOptions) {
  const layout = seededGraphLayout(analysis);
  const subset = graphSubset(analysis, scene);
  const select = scene.view.select;
  const svg = renderGraph(subset, layout, {
    width: opts.width,
    theme: opts.theme,
    focus: scene.view.focus,
    selection: select,
    highlighted: select ? { actors: scene.linked.actors, relations: scene.linked.relations } : undefined,
    idPrefix: opts.idPrefix,
  });
  return { layout, subset, svg };
}
