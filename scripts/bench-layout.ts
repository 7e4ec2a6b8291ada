/**
 * Times layoutGraph on synthetic analyses: `npm run bench:layout`.
 * Prints the median and worst of 5 runs after a warm-up, wall time and CPU time, and what the time
 * buys: pairs of nodes closer than their radii plus a margin (labels need room: 0 is the aim) and how
 * far links are stretched beyond their rest length (mean; random synthetic graphs cannot reach 1).
 */
import { defaultTicks, layoutGraph, type GraphLayout } from "../lib/graph";
import type { Analysis } from "../lib/model";
import { generateAnalysis } from "../tools/synthetic";

const MARGIN = 4;

function quality(a: Analysis, l: GraphLayout) {
  const nodes = l.nodes;
  let overlaps = 0;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const p = nodes[i]!;
      const q = nodes[j]!;
      if (Math.hypot(p.x - q.x, p.y - q.y) < p.r + q.r + MARGIN) overlaps++;
    }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let stretch = 0;
  let links = 0;
  for (const r of a.relations) {
    const s = byId.get(r.source);
    const t = byId.get(r.target);
    if (!s || !t || s === t) continue;
    stretch += Math.hypot(s.x - t.x, s.y - t.y) / (s.r + t.r + 60);
    links++;
  }
  return { overlaps, stretch: links ? stretch / links : 0 };
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
for (const actors of [50, 500, 1000, 2000]) {
  const a = generateAnalysis({ events: 10, actors, relations: 5000, seed: 7 });
  const layout = layoutGraph(a);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    layoutGraph(a);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const q = quality(a, layout);
  console.log(
    `${actors} actors / 5000 relations, ${defaultTicks(actors)} ticks: wall median ${median(wall).toFixed(0)} ms ` +
      `(max ${Math.max(...wall).toFixed(0)}), CPU median ${median(cpu).toFixed(0)} ms; ` +
      `overlapping pairs ${q.overlaps}, mean link stretch ${q.stretch.toFixed(2)}×`,
  );
}
