import type { Analysis } from "@/lib/model";
import { darkSchemeCss, layoutTimeline, renderTimeline, type LaneMode, type RenderOptions, type TimeWindow, servedDrawings } from "@/lib/timeline";
import { SvgTree } from "@/components/svg/SvgTree";

type Props = {
  analysis: Analysis;
  visible: ReadonlySet<string>;
  lanes: LaneMode;
  window: TimeWindow | null;
  selection: Pick<RenderOptions, "selectedId" | "highlighted" | "dimOthers">;
  idPrefix: string;
};

/**
 * The first paint carries the drawings for a phone, a tablet and a wide screen, and CSS shows the one that
 * fits (see `lib/timeline/live/served.ts`). All are drawn in the light palette; a dark colour scheme
 * recolours them with a style sheet that maps each light colour to its dark counterpart
 * (`darkSchemeCss`), instead of a second drawing per width. Each is scaled to the panel's width; the
 * live chart that replaces it is laid out at the same width and scaled the same way.
 */
const SCOPE = ".nl-timeline-static";
const DARK_CSS = darkSchemeCss(SCOPE);

/** The timeline as plain SVG markup: what the page shows before (or without) JavaScript. */
export function StaticTimeline({ analysis, visible, lanes, window, selection, idPrefix }: Props) {
  return (
    <div className="nl-timeline-static" data-static="">
      <style>{DARK_CSS}</style>
      {servedDrawings(analysis.events.length).map(({ width, className: shown }) => {
        const layout = layoutTimeline(analysis, visible, { width, lanes, theme: "light", window });
        const tree = renderTimeline(layout, { ...selection, idPrefix: `${idPrefix}-${width}` });
        return <SvgTree key={width} node={tree} rootProps={{ className: `${shown} h-auto w-full` }} />;
      })}
    </div>
  );
}
