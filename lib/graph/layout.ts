import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";
import type { Actor, Analysis } from "../model";
import { seededRandom } from "../random";
import { approxTextWidth, NODE_LABEL_MAX, truncateLabel } from "./label";
import { graphSeed } from "./seed";

export type LayoutNode = { id: string; x: number; y: number; r: number };
/**
 * Node centres in a box of `width` × `height` that already includes room for the nodes' radii and
 * labels. Actors in no relation are not left to drift at the edges of the picture: they stand in rows
 * under it, below `isolated.top`, where the drawing names them as a group.
 */
export type GraphLayout = { nodes: LayoutNode[]; width: number; height: number; isolated?: { top: number; ids: string[] } };
export type LayoutOptions = {
  /** Defaults to `graphSeed(analysis.article)`. */
  seed?: number;
  /** Defaults to a count that falls with the graph's size, so 1,000 actors place in well under 2 s. */
  ticks?: number;
  padding?: number;
};

type SimNode = SimulationNodeDatum & { id: string; r: number; room: number };
type SimLink = SimulationLinkDatum<SimNode> & { distance: number };

const MIN_RADIUS = 8;
const MAX_RADIUS = 30;
/** Room below each node for its label, kept clear by the collide force and the outer padding. */
const LABEL_ROOM = 14;
/** Room above the row of isolated actors for the caption that names them. */
const ISOLATED_CAPTION = 26;
const ISOLATED_GAP = 14;
/** The isolated actors' rows are at least this wide, so a lone pair of nodes does not stack them. */
const MIN_ISOLATED_ROW = 320;
const LABEL_FONT = 11;

/** Node radius grows with the square root of the mention count, so area tracks mentions. */
export function actorRadius(actor: Pick<Actor, "mentions">): number {
  return Math.min(MAX_RADIUS, Math.round(MIN_RADIUS + 3 * Math.sqrt(Math.max(0, actor.mentions.length - 1))));
}

/**
 * Above this many actors the layout trades precision for time (measured with `npm run bench:layout`):
 * a coarser Barnes–Hut approximation, fewer ticks, and collision only over the last fifth of the run,
 * then a few collision-only ticks that settle the remaining overlaps.
 */
const BIG_GRAPH = 300;
/** Collision-only ticks that end a big graph's run. */
const SETTLE_TICKS = 10;

/** Fewer ticks for bigger graphs: each tick costs O(n log n + links); big graphs settle well enough sooner. */
export function defaultTicks(actorCount: number): number {
  if (actorCount <= 150) return 300;
  const ticks = (n: number) => Math.round(300 * Math.pow(150 / n, 0.6));
  if (actorCount <= BIG_GRAPH) return ticks(actorCount);
  return Math.max(50, Math.round(ticks(BIG_GRAPH) * Math.pow(BIG_GRAPH / actorCount, 0.9)));
}

/**
 * The actor graph's positions: a seeded d3-force simulation run synchronously for a fixed number
 * of ticks, so the same analysis always yields the same picture in the dashboard (vis-network,
 * physics off), the embeds and the server-rendered images. Coordinates are rounded to integers.
 */
export function layoutGraph(analysis: Analysis, opts: LayoutOptions = {}): GraphLayout {
  const steps = layoutSteps(analysis, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `layoutGraph` one tick at a time: yields after each tick of the simulation and returns the layout,
 * so a caller can spread the work over several turns of the event loop (see seeded-layout.ts) and
 * still get exactly the positions `layoutGraph` gives.
 */
export function* layoutSteps(analysis: Analysis, opts: LayoutOptions = {}): Generator<void, GraphLayout, void> {
  const padding = opts.padding ?? 24;
  if (analysis.actors.length === 0) return { nodes: [], width: 2 * padding, height: 2 * padding };
  const random = seededRandom(opts.seed ?? graphSeed(analysis.article));
  const related = relatedActors(analysis);
  const connected = analysis.actors.filter((a) => related.has(a.id));
  const lone = analysis.actors.filter((a) => !related.has(a.id));
  // Seeded starting points (d3's default spiral ignores the seed), spread as widely as that spiral.
  const spread = 10 * Math.sqrt(Math.max(1, connected.length));
  const nodes: SimNode[] = connected.map((a) => {
    const radius = spread * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    const r = actorRadius(a);
    // a big graph draws only its most mentioned names: its nodes are kept apart by their shapes
    const room = connected.length > BIG_GRAPH ? r + LABEL_ROOM / 2 + 4 : collisionRadius(a, r);
    return { id: a.id, r, room, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ticks = opts.ticks ?? defaultTicks(nodes.length);
  const big = nodes.length > BIG_GRAPH;
  const simulation = forceSimulation<SimNode, SimLink>()
    .randomSource(random)
    .nodes(nodes)
    // Cool down over exactly `ticks` steps whatever their number.
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force("link", forceLink<SimNode, SimLink>(layoutLinks(analysis, byId)).distance((l) => l.distance))
    .force("charge", forceManyBody<SimNode>().strength(-120).theta(big ? 1.5 : 0.9).distanceMax(600))
    .force("x", forceX<SimNode>(0).strength(0.05))
    .force("y", forceY<SimNode>(0).strength(0.08))
    .stop();
  // Overlaps only matter once the layout has taken shape; collision is the costliest force per tick,
  // so it joins for the last part of the run.
  const run = function* (count: number) {
    for (let i = 0; i < count; i++) {
      simulation.tick();
      yield;
    }
  };
  const spreadTicks = Math.round(ticks * (big ? 0.8 : 0.6));
  yield* run(spreadTicks);
  simulation.force("collide", forceCollide<SimNode>((n) => n.room).iterations(2));
  yield* run(ticks - spreadTicks);
  if (big) {
    for (const force of ["link", "charge", "x", "y"]) simulation.force(force, null);
    yield* run(SETTLE_TICKS);
  }

  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x! - n.r);
    maxX = Math.max(maxX, n.x! + n.r);
    minY = Math.min(minY, n.y! - n.r);
    maxY = Math.max(maxY, n.y! + n.r + LABEL_ROOM);
  }
  if (nodes.length === 0) [minX, minY, maxX, maxY] = [0, 0, 0, -ISOLATED_GAP];
  const placed = new Map(nodes.map((n) => [n.id, { x: n.x! - minX, y: n.y! - minY, r: n.r }]));
  let height = maxY - minY;
  let width = maxX - minX;
  let isolated: GraphLayout["isolated"];
  if (lone.length) {
    const top = height + ISOLATED_GAP;
    const rowWidth = Math.max(width, MIN_ISOLATED_ROW);
    const slot = (a: Actor) => Math.max(2 * actorRadius(a), approxTextWidth(truncateLabel(a.name, NODE_LABEL_MAX), LABEL_FONT)) + 16;
    let x = 0;
    let rowTop = top + ISOLATED_CAPTION;
    let rowHeight = 0;
    for (const a of lone) {
      const r = actorRadius(a);
      const w = slot(a);
      if (x > 0 && x + w > rowWidth) {
        x = 0;
        rowTop += rowHeight;
        rowHeight = 0;
      }
      placed.set(a.id, { x: x + w / 2, y: rowTop + r, r });
      rowHeight = Math.max(rowHeight, 2 * r + LABEL_ROOM + 8);
      x += w;
      width = Math.max(width, x);
    }
    height = rowTop + rowHeight;
    isolated = { top: Math.round(top + padding), ids: lone.map((a) => a.id) };
  }
  return {
    nodes: analysis.actors.map((a) => {
      const p = placed.get(a.id)!;
      return { id: a.id, x: Math.round(p.x + padding), y: Math.round(p.y + padding), r: p.r };
    }),
    width: Math.round(width + 2 * padding),
    height: Math.round(height + 2 * padding),
    ...(isolated ? { isolated } : {}),
  };
}

/**
 * How far apart nodes are kept: clear of each other's shape and label room, and, since a label is
 * wider than it is tall, most of the way to clear of a neighbour's name beside it (up to a bound, so a
 * long name does not push a big graph apart).
 */
function collisionRadius(a: Actor, r: number): number {
  const halfLabel = approxTextWidth(truncateLabel(a.name, NODE_LABEL_MAX), LABEL_FONT) / 2;
  return Math.max(r + LABEL_ROOM / 2 + 4, Math.min(0.8 * halfLabel, r + 48));
}

/** Actors in at least one relation with another actor of the analysis. */
function relatedActors(analysis: Analysis): Set<string> {
  const known = new Set(analysis.actors.map((a) => a.id));
  const related = new Set<string>();
  for (const r of analysis.relations) {
    if (r.source === r.target || !known.has(r.source) || !known.has(r.target)) continue;
    related.add(r.source);
    related.add(r.target);
  }
  return related;
}

/** One undirected link per connected pair: parallel relations should not pull twice as hard. */
function layoutLinks(analysis: Analysis, byId: Map<string, SimNode>): SimLink[] {
  const seen = new Set<string>();
  const links: SimLink[] = [];
  for (const r of analysis.relations) {
    const s = byId.get(r.source);
    const t = byId.get(r.target);
    if (!s || !t || s === t) continue;
    const key = r.source < r.target ? `${r.source}\u0000${r.target}` : `${r.target}\u0000${r.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ source: s, target: t, distance: s.r + t.r + 60 });
  }
  return links;
}
