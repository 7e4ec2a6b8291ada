/** @jest-environment jsdom */
import { TimelineChart } from "@/lib/timeline/live/chart";
import { generateAnalysis } from "@/tools/synthetic";
import { layoutTimeline, layoutScale, markSpan } from "@/lib/timeline";
import { all } from "../fixture";

function mount(events: number) {
  const analysis = generateAnalysis({ events, actors: 6, relations: 0, seed: 5 });
  const host = document.createElement("div");
  document.body.appendChild(host);
  const onSettle = jest.fn();
  const chart = new TimelineChart(host, { onSelect: jest.fn(), onSettle, onHover: jest.fn(), onLeave: jest.fn(), settleMs: 200 });
  const layout = layoutTimeline(analysis, all(analysis), { width: 900, lanes: "actor", theme: "light" });
  chart.draw(layout, "t");
  return { host, chart, layout, onSettle };
}

/** Zoom events after the first in an animation frame are drawn in the next one. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const shown = (host: HTMLElement) => [...host.querySelectorAll("g.nl-dated [data-event-id]")].filter((el) => el.getAttribute("display") !== "none");

describe("TimelineChart", () => {
  afterEach(() => {
    jest.useRealTimers();
    document.body.replaceChildren();
  });

  it("hides marks that leave the view while zoomed and shows them again when zoomed out", async () => {
    const { host, chart } = mount(200);
    expect(shown(host)).toHaveLength(200);
    chart.zoomBy(16);
    const visible = shown(host);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(100);
    chart.fitAll();
    await nextFrame();
    expect(shown(host)).toHaveLength(200);
    chart.destroy();
  });

  it("draws at most one zoom frame per animation frame, the latest", async () => {
    const { host, chart, layout } = mount(50);
    const scale = layoutScale(layout);
    // a mark near the middle stays in view when zoomed in about the middle
    const middle = (layout.plot.x0 + layout.plot.x1) / 2;
    const dated = layout.marks.filter((m) => m.area === "dated");
    const first = dated.reduce((best, m) => (Math.abs(markSpan(m, scale)[0] - middle - 40) < Math.abs(markSpan(best, scale)[0] - middle - 40) ? m : best));
    const el = host.querySelector(`[data-event-id="${first.id}"]`)!;
    chart.zoomBy(2);
    const afterFirst = el.getAttribute("transform");
    expect(afterFirst).not.toBe(`translate(${Math.round(markSpan(first, scale)[0] * 100) / 100},${first.y})`);
    chart.zoomBy(1.5);
    chart.fitAll();
    expect(el.getAttribute("transform")).toBe(afterFirst);
    await nextFrame();
    for (const m of layout.marks.filter((mk) => mk.area === "dated")) {
      const node = host.querySelector(`[data-event-id="${m.id}"]`)!;
      expect(node.getAttribute("transform")).toBe(`translate(${Math.round(markSpan(m, scale)[0] * 100) / 100},${m.y})`);
    }
    chart.destroy();
  });

  it("brings marks that were out of view up to date when they come back", async () => {
    const { host, chart, layout } = mount(50);
    chart.zoomBy(2);
    await nextFrame();
    chart.fitAll();
    const scale = layoutScale(layout);
    for (const m of layout.marks.filter((mk) => mk.area === "dated")) {
      const el = host.querySelector(`[data-event-id="${m.id}"]`)!;
      expect(el.getAttribute("transform")).toBe(`translate(${Math.round(markSpan(m, scale)[0] * 100) / 100},${m.y})`);
    }
    chart.destroy();
  });

  it("on a crowded timeline, a wheel gesture leaves the SVG marks alone (the canvas covers them) until the view comes to rest", () => {
    jest.useFakeTimers();
    // jsdom has no 2D context (and says so on the console): the canvas paints nothing here
    const getContext = jest.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    const { host, chart, layout } = mount(400);
    const svg = host.querySelector("svg")!;
    const dated = layout.marks.filter((m) => m.area === "dated");
    const before = dated.map((m) => host.querySelector(`[data-event-id="${m.id}"]`)!.getAttribute("transform"));
    svg.dispatchEvent(new WheelEvent("wheel", { deltaY: -120, clientX: 400, clientY: 60, bubbles: true, cancelable: true }));
    jest.advanceTimersByTime(20);
    // nothing of the drawing changed: no mark moved or was hidden, no group taken out of the page
    expect(dated.map((m) => host.querySelector(`[data-event-id="${m.id}"]`)!.getAttribute("transform"))).toEqual(before);
    expect(host.querySelectorAll("svg [display]")).toHaveLength(0);
    expect(host.querySelectorAll("canvas")).toHaveLength(2);
    // the gesture ends (150 ms without wheel) and the view rests (200 ms): the SVG is brought up to date
    jest.advanceTimersByTime(400);
    const after = dated.map((m) => host.querySelector(`[data-event-id="${m.id}"]`)!.getAttribute("transform"));
    expect(after).not.toEqual(before);
    chart.destroy();
    getContext.mockRestore();
  });

  it("reports the window once, after the zoom came to rest", () => {
    jest.useFakeTimers();
    const { chart, onSettle } = mount(20);
    chart.zoomBy(1.5);
    jest.advanceTimersByTime(100);
    chart.zoomBy(1.5);
    jest.advanceTimersByTime(150);
    expect(onSettle).not.toHaveBeenCalled();
    jest.advanceTimersByTime(100);
    expect(onSettle).toHaveBeenCalledTimes(1);
    chart.destroy();
  });
});
