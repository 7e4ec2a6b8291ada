import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from "d3-force";
import type { StoryAnalysis } from "../story";

export type StoryGraphNode = { id: string; name: string; kind: string; x: number; y: number; degree: number };
export type StoryGraphEdge = { id: string; source: string; target: string; kind: string; support: number; width: number };
export type StoryGraphLayout = { width: number; height: number; nodes: StoryGraphNode[]; edges: StoryGraphEdge[] };

/** Edge width in px for a relation `support` articles report: 1.5 for one, thicker with each. */
export function edgeWidth(support: number): number {
  return Math.min(1.5 + 1.5 * (support - 1), 9);
}

const TICKS = 300;
const PAD = 40;

type Sim = SimulationNodeDatum & { id: string };

/**
 * The merged actor graph's layout: the actors that take part in a relation, placed by a force
 * simulation started from a circle in a fixed order (d3-force is deterministic from given
 * positions), so the same story always draws the same picture. Scaled to fit `width` × `height`.
 */
export function layoutStoryGraph(story: StoryAnalysis, width: number, height: number): StoryGraphLayout {
  const actors = new Map(story.actors.map((a) => [a.id, a]));
  const relations = story.relations.filter((r) => actors.has(r.source) && actors.has(r.target) && r.source !== r.target);
  const degree = new Map<string, number>();
  for (const r of relations) for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + r.support);
  const ids = [...degree.keys()].sort();
  const sims: Sim[] = ids.map((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(ids.length, 1);
    return { id, x: Math.cos(angle) * 200, y: Math.sin(angle) * 200 };
  });
  const links = relations.map((r) => ({ source: r.source, target: r.target }));
  forceSimulation(sims)
    .force("link", forceLink<Sim, { source: string; target: string }>(links).id((d) => d.id).distance(90))
    .force("charge", forceManyBody().strength(-260))
    .force("collide", forceCollide(34))
    .force("center", forceCenter(0, 0))
    .stop()
    .tick(TICKS);
  const xs = sims.map((s) => s.x ?? 0);
  const ys = sims.map((s) => s.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (width - 2 * PAD - 60) / Math.max(maxX - minX, 1);
  const sy = (height - 2 * PAD) / Math.max(maxY - minY, 1);
  const nodes = sims.map((s) => {
    const a = actors.get(s.id)!;
    return {
      id: s.id,
      name: a.name,
      kind: a.kind,
      x: round(PAD + 30 + ((s.x ?? 0) - minX) * sx),
      y: round(PAD + ((s.y ?? 0) - minY) * sy),
      degree: degree.get(s.id) ?? 0,
    };
  });
  const edges = relations.map((r) => ({ id: r.id, source: r.source, target: r.target, kind: r.kind, support: r.support, width: edgeWidth(r.support) }));
  return { width, height, nodes, edges };
}

const round = (v: number) => Math.round(v * 10) / 10;
