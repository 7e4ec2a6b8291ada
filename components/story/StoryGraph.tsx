import { layoutStoryGraph, nodeLabel, nodeRadius, storyQuery } from "@/lib/story-view";
import type { Selection } from "@/lib/selection";
import type { StoryAnalysis } from "@/lib/story";

const WIDTH = 820;
const HEIGHT = 520;

/**
 * The merged actor graph, drawn on the server: one node per story actor (Macron once, however many
 * articles name him), one edge per relation, as thick as the number of articles reporting it.
 * Nodes are links selecting the actor; the relation table below is the non-visual alternative.
 */
export function StoryGraph({ story, selection, articles }: { story: StoryAnalysis; selection: Selection; articles: readonly string[] | null }) {
  const layout = layoutStoryGraph(story, WIDTH, HEIGHT);
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const selectedActor = selection?.kind === "actor" ? selection.id : null;
  const selectedRelation = selection?.kind === "relation" ? selection.id : null;
  return (
    <figure className="flex flex-col gap-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="group" aria-label="Merged actor graph">
        {layout.edges.map((e) => {
          const a = at.get(e.source)!;
          const b = at.get(e.target)!;
          const on = e.id === selectedRelation || e.source === selectedActor || e.target === selectedActor;
          return (
            <a key={e.id} href={storyQuery({ select: { kind: "relation", id: e.id }, articles })} data-story-relation={e.id} aria-label={`${a.name} ${e.kind} ${b.name}: ${e.support} article${e.support === 1 ? "" : "s"}`}>
              <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={on ? "var(--highlight)" : "var(--fg-muted)"} strokeOpacity={on ? 1 : 0.55} strokeWidth={e.width} strokeLinecap="round" />
            </a>
          );
        })}
        {layout.nodes.map((n) => {
          const on = n.id === selectedActor;
          const r = nodeRadius(n.degree);
          return (
            <a key={n.id} href={storyQuery({ select: on ? null : { kind: "actor", id: n.id }, articles })} data-story-actor={n.id} aria-label={n.name} aria-current={on ? "true" : undefined}>
              <circle cx={n.x} cy={n.y} r={r} fill={on ? "var(--highlight)" : "var(--accent)"} stroke="var(--bg-raised)" strokeWidth={2} />
              <text x={n.x} y={n.y - r - 4} fontSize={12} textAnchor="middle" fill="var(--fg)" stroke="var(--bg-raised)" strokeWidth={3} paintOrder="stroke">
                {nodeLabel(n.name)}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption className="text-xs text-fg-muted">Edge thickness: how many articles report the relation. Actors in no relation are in the actor table.</figcaption>
    </figure>
  );
}
