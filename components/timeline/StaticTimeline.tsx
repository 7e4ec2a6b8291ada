import type { Analysis } from "@/lib/model/analysis";
import { layoutTimeline, renderTimeline, type LaneMode, type RenderOptions, type Theme, type TimeWindow } from "@/lib/timeline";
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
 * for a phone and for a wide screen, in both themes, and CSS shows the one that fits (about 3 KB
 * gzip each). Each is scaled to the panel's width until the live chart replaces it at the real width.
 */
const WIDTHS = [
  { width: 360, className: "block sm:hidden" },
  { width: 1200, className: "hidden sm:block" },
] as const;
const THEMES: { theme: Theme; className: string }[] = [
  { theme: "light", className: "dark:hidden" },
  { theme: "dark", className: "hidden dark:block" },
];

/** The timeline as plain SVG markup: what the page shows before (or without) JavaScript. */
export function StaticTimeline({ analysis, visible, lanes, window, selection, idPrefix }: Props) {
  return (
    <div className="nl-timeline-static" data-static="">
      {THEMES.map(({ theme, className }) => (
        <div key={theme} className={className}>
          {WIDTHS.map(({ width, className: shown }) => {
            const layout = layoutTimeline(analysis, visible, { width, lanes, theme, window });
            const tree = renderTimeline(layout, { ...selection, idPrefix: `${idPrefix}-${theme}-${width}` });
            return <SvgTree key={width} node={tree} rootProps={{ className: `${shown} h-auto w-full` }} />;
          })}
        </div>
      ))}
    </div>
  );
}
