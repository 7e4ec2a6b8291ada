import { toSvgString } from "@/lib/svg/node";
import { layoutTimeline } from "@/lib/timeline/layout/layout";
import { renderTimeline } from "@/lib/timeline/draw/render";
import { strokeGuideLines } from "@/lib/timeline/live/backdrop";
import { timeScale } from "@/lib/timeline/layout/ticks";
import { all, fixture } from "../fixture";

/** The tick labels are 10 px text: what hangs below their baseline (descenders) ends about 2.5 px under it. */
const DESCENT = 2.5;

describe("the timeline's guides and its tick labels", () => {
  const layout = layoutTimeline(fixture, all(fixture), { width: 900, lanes: "actor", theme: "light" });
  // the fixture's reference date is 1 January 2026, the "2026" tick: a guide from the top would cross its label

  it("renderTimeline(layout): the reference line and every tick line start below the tick labels", () => {
    const svg = toSvgString(renderTimeline(layout, {}));
    const baselines = [...svg.matchAll(/<g class="nl-tick"[^>]*><line[^>]*\/><text y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(baselines.length).toBe(layout.ticks.length);
    const labelBottom = Math.max(...baselines) + DESCENT;
    const reference = /<g class="nl-reference-marker"[^>]*><line class="nl-reference-line" y1="([\d.]+)"/.exec(svg);
    expect(Number(reference![1])).toBeGreaterThan(labelBottom);
    for (const m of svg.matchAll(/<g class="nl-tick"[^>]*><line y1="([\d.]+)"/g)) expect(Number(m[1])).toBeGreaterThan(labelBottom);
  });

  it("strokeGuideLines(canvas, layout): the live chart's guides start below the tick labels too", () => {
    const starts: number[] = [];
    const baselines: number[] = [];
    const ctx = {
      setLineDash() {},
      beginPath() {},
      stroke() {},
      lineTo() {},
      moveTo(_x: number, y: number) {
        starts.push(y);
      },
      fillText(_t: string, _x: number, y: number) {
        baselines.push(y);
      },
    } as unknown as CanvasRenderingContext2D;
    const scale = timeScale(layout.domain, [layout.plot.x0, layout.plot.x1]);
    strokeGuideLines(ctx, layout, scale, layout.ticks);
    // the reference line may come in pieces (around the lane names it would cross)
    expect(starts.length).toBeGreaterThanOrEqual(layout.ticks.length + 1);
    const svg = toSvgString(renderTimeline(layout, {}));
    const tickBaseline = Number(/<g class="nl-tick"[^>]*><line[^>]*\/><text y="([\d.]+)"/.exec(svg)![1]);
    for (const y of starts) expect(y).toBeGreaterThan(tickBaseline + DESCENT);
  });
});
