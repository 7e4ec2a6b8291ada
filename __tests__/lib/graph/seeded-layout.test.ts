import { layoutGraph } from "@/lib/graph/layout";
import { prepareSeededGraphLayout, seededGraphLayout } from "@/lib/graph/seeded-layout";
import { generateAnalysis } from "@/tools/synthetic";

describe("seededGraphLayout / prepareSeededGraphLayout", () => {
  it("seededGraphLayout(analysis) is layoutGraph(analysis), computed once per analysis object", () => {
    const a = generateAnalysis({ events: 2, actors: 40, relations: 90, seed: 4 });
    const layout = seededGraphLayout(a);
    expect(layout).toEqual(layoutGraph(a));
    expect(seededGraphLayout(a)).toBe(layout);
    expect(seededGraphLayout(structuredClone(a))).not.toBe(layout);
  });

  it("prepareSeededGraphLayout(analysis) lays out in slices, letting other work run in between, with the same result", async () => {
    const a = generateAnalysis({ events: 2, actors: 400, relations: 1200, seed: 9 });
    let turns = 0;
    let done = false;
    const ticker = (): void => {
      if (done) return;
      turns++;
      setTimeout(ticker, 0);
    };
    setTimeout(ticker, 0);
    const layout = await prepareSeededGraphLayout(a, 1);
    done = true;
    expect(turns).toBeGreaterThan(2);
    expect(layout).toEqual(layoutGraph(a));
    expect(seededGraphLayout(a)).toBe(layout);
  });

  it("seededGraphLayout(analysis) finishes a layout under way with exactly layoutGraph's positions", async () => {
    const a = generateAnalysis({ events: 2, actors: 400, relations: 1200, seed: 12 });
    const background = prepareSeededGraphLayout(a, 1);
    await new Promise((r) => setTimeout(r, 5));
    const now = seededGraphLayout(a);
    expect(now).toEqual(layoutGraph(a));
    await expect(background).resolves.toBe(now);
  });
});
