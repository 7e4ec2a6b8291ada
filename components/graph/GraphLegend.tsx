import type { Analysis } from "@/lib/model";
import { shapePath, DASH_PATTERN, legendFor, palettes, type GraphTheme } from "@/lib/graph";

/** The graph's key, in HTML: actor kinds (shape and colour), relation kinds (colour) and what a dash means. */
export function GraphLegend({ analysis, theme }: { analysis: Pick<Analysis, "actors" | "relations">; theme: GraphTheme }) {
  const legend = legendFor(analysis, theme);
  const muted = palettes[theme].mutedText;
  return (
    <div className="nl-graph-legend flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Graph legend" role="group">
      <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Actor kinds">
        {legend.actors.map((a) => (
          <li key={a.kind} className="inline-flex items-center gap-1" data-legend={`actor-${a.kind}`}>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
              <path d={shapePath(a.shape, 7, 7, 6, 13)} fill={a.color} />
            </svg>
            {a.label}
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Relation kinds">
        {legend.relations.map((r) => (
          <li key={r.kind} className="inline-flex items-center gap-1" data-legend={`relation-${r.kind}`}>
            <svg width="18" height="10" viewBox="0 0 18 10" aria-hidden="true" focusable="false">
              <path d="M1,5H12" stroke={r.color} strokeWidth="2" />
              <path d="M12,1L17,5L12,9Z" fill={r.color} />
            </svg>
            {r.label}
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Certainty">
        {legend.lines.map((line) => (
          <li key={String(line.dashed)} className="inline-flex items-center gap-1" data-legend={line.dashed ? "uncertain" : "certain"}>
            <svg width="18" height="10" viewBox="0 0 18 10" aria-hidden="true" focusable="false">
              <path d="M1,5H17" stroke={muted} strokeWidth="2" strokeDasharray={line.dashed ? DASH_PATTERN.join(" ") : undefined} />
            </svg>
            {line.dashed ? "dashed: " : "solid: "}
            {line.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
