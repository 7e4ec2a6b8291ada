/**
 * Times layoutGraph on synthetic analyses: `npm run bench:layout`.
 * Prints the median and worst of 5 runs after a warm-up, wall time and CPU time.
 */
import { defaultTicks, layoutGraph } from "../lib/graph/layout";
import { generateAnalysis } from "../lib/synthetic/generate";

for (const actors of [50, 500, 1000]) {
  const a = generateAnalysis({ events: 10, actors, relations: 5000, seed: 7 });
  layoutGraph(a);
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
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[2]!.toFixed(0);
  console.log(
    `${actors} actors / 5000 relations, ${defaultTicks(actors)} ticks: wall median ${median(wall)} ms (max ${Math.max(...wall).toFixed(0)}), CPU median ${median(cpu)} ms`,
  );
}
