/**
 * The timeline embed's script: takes over the server-rendered SVG (drawn for the frame's width
 * band, see lib/publish/page.ts) with the dashboard's framework-free chart (d3-zoom), re-laid out at
 * the frame's real width, and adds tooltips, selection, keyboard navigation and the height message.
 */
import type { TimelinePayload } from "@/lib/publish";
import { layoutTimeline, type TimeWindow, TimelineChart } from "@/lib/timeline";
import { FooterLink, readPayload, reportHeight, Tooltip, wireControls } from "./frame";

const data = readPayload<TimelinePayload>();
const host = document.getElementById("nl-chart");
if (data && host) start(data, host);
reportHeight();

function start(data: TimelinePayload, host: HTMLElement): void {
  const visible = new Set(data.visible);
  const footer = new FooterLink(document.querySelector<HTMLAnchorElement>("#nl-open"), data.dashboard, data.query, data.paramOrder);
  const tooltip = new Tooltip(document.getElementById("nl-tooltip")!, host);
  let selected = data.selectedId;
  let settled: TimeWindow | null = data.window;
  let width = 0;
  // the server's drawings, one per width band (CSS shows the one for this frame)
  const serverDrawings = [...host.querySelectorAll(":scope > .nl-drawing")];

  const applySelection = () =>
    chart.select({ selectedId: selected, highlighted: selected ? new Set(data.links[selected] ?? [selected]) : null, dimOthers: selected !== null });

  const chart = new TimelineChart(host, {
    settleMs: 300,
    onSelect(id) {
      selected = id === selected ? null : id;
      applySelection();
      footer.set({ select: selected ? `event:${selected}` : null });
    },
    onSettle(precise, days) {
      settled = precise;
      footer.set({ from: days.from, to: days.to });
      draw(true);
    },
    onHover(id, anchor) {
      const tip = data.tooltips[id];
      if (tip) tooltip.show({ title: tip.title, lines: [tip.meta, tip.sentence, tip.chain] }, anchor);
    },
    onLeave: () => tooltip.hide(),
  });

  function draw(force = false): void {
    const w = Math.round(host.clientWidth);
    if (!force && Math.abs(w - width) < 2) return;
    width = w;
    const layout = layoutTimeline(data.analysis, visible, { width: w, lanes: data.lanes, theme: data.theme, window: settled });
    chart.draw(layout, data.idPrefix);
    applySelection();
    // The server's drawing stays until the chart has drawn the same picture at the frame's width.
    for (const d of serverDrawings.splice(0)) d.remove();
  }

  draw();
  host.addEventListener("click", (e) => chart.handleClick(e.target));
  host.addEventListener("keydown", (e) => {
    if (chart.handleKey(e)) e.preventDefault();
  });
  wireControls(document, { "zoom-in": () => chart.zoomBy(1.5), "zoom-out": () => chart.zoomBy(1 / 1.5), fit: () => chart.fitAll() });
  let frame = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => draw());
  }).observe(host);
}
