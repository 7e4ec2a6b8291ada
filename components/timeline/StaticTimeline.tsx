import type { Analysis } from "@/lib/model/analysis";
import { darkSchemeCss, layoutTimeline, renderTimeline, type LaneMode, type RenderOptions, type TimeWindow } from "@/lib/timeline";
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
 * The server cannot know the page's width or colour scheme, so the first paint carries the drawing
 * for a phone and for a wide screen, and CSS shows the one that fits (about 3 KB gzip each). Both are
 * drawn in the light palette; a dark colour scheme recolours them with a style sheet that maps each
 * light colour to its dark counterpart (`darkSchemeCss`), instead of a second drawing per width. Each is
 * scaled to the panel's width until the live chart replaces it at the real width and in the page's theme.
 */
const WIDTHS = [
  { width: 360, className: "block sm:hidden" },
  { width: 1200, className: "hidden sm:block" },
] as const;
const SCOPE = ".nl-timeline-static";
const DARK_CSS = darkSchemeCss(SCOPE);

/** The timeline as plain SVG markup: what the page shows before (or without) JavaScript. */
export function StaticTimeline({ analysis, visible, lanes, window, selection, idPrefix }: Props) {
  return (
    <div className="nl-timeline-static" data-static="">
      <style>{DARK_CSS}</style>
      {WIDTHS.map(({ width, className: shown }) => {
        const layout = layoutTimeline(analysis, visible, { width, lanes, theme: "light", window });
        const tree = renderTimeline(layout, { ...selection, idPrefix: `${idPrefix}-${width}` });
        return <SvgTree key={width} node={tree} rootProps={{ className: `${shown} h-auto w-full` }} />;
      })}
    </div>
  );
}
