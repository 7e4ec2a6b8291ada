/**
 * The graph embed's script: redraws the server's seeded layout at the frame's width with the same
 * `renderGraph`, and adds pan and zoom (d3-zoom; the wheel zooms only with Ctrl or ⌘, so the host
 * page still scrolls), tooltips, selection and the height message. No physics, no vis-network.
 */
import { select } from "d3-selection";
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from "d3-zoom";
import type { GraphPayload } from "@/lib/publish";
import { renderGraph } from "@/lib/graph";
import type { Selection } from "@/lib/selection";
import { toDom } from "@/lib/svg";
import { FooterLink, readPayload, reportHeight, Tooltip, wireControls } from "./frame";

const SVG_NS = "http://www.w3.org/2000/svg";

const data = readPayload<GraphPayload>();
const host = document.getElementById("nl-chart");
if (data && host) start(data, host);
reportHeight();

function keyOf(el: Element | null): string | null {
  const item = el?.closest("[data-actor-id],[data-relation-id]");
  if (!item) return null;
  const actor = item.getAttribute("data-actor-id");
  return actor !== null ? `actor:${actor}` : `relation:${item.getAttribute("data-relation-id")}`;
}

function start(data: GraphPayload, host: HTMLElement): void {
  const footer = new FooterLink(document.querySelector<HTMLAnchorElement>("#nl-open"), data.dashboard, data.query, data.paramOrder);
  const tooltip = new Tooltip(document.getElementById("nl-tooltip")!, host);
  let selection: Selection = data.selection;
  let transform: ZoomTransform = zoomIdentity;
  let viewport: SVGGElement | null = null;
  let width = 0;
  const zoom = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.5, 8])
    // a release within a few pixels of the press is a click, not a drag that eats it
    .clickDistance(4)
    .filter((e: Event) => (e.type === "wheel" ? (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey : !(e as MouseEvent).button))
    .on("zoom", (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = e.transform;
      viewport?.setAttribute("transform", transform.toString());
    });

  function draw(force = false): void {
    const w = Math.round(host.clientWidth);
    if (!force && Math.abs(w - width) < 2) return;
    width = w;
    const key = selection ? `${selection.kind}:${selection.id}` : null;
    const links = key ? data.links[key] : undefined;
    const tree = renderGraph(data.analysis, data.layout, {
      width: w,
      theme: data.theme,
      focus: data.focus,
      selection,
      highlighted: links ? { actors: new Set(links.actors), relations: new Set(links.relations) } : undefined,
      idPrefix: data.idPrefix,
    });
    const focused = keyOf(document.activeElement);
    const svg = toDom(tree, document) as SVGSVGElement;
    // Edges and nodes pan and zoom together; the title, legend and credit stay put.
    viewport = document.createElementNS(SVG_NS, "g") as SVGGElement;
    const edges = svg.querySelector(".nl-edges");
    const nodes = svg.querySelector(".nl-nodes");
    if (edges && nodes) {
      svg.insertBefore(viewport, edges);
      viewport.append(edges, nodes);
    }
    host.querySelector(":scope > svg")?.replaceWith(svg);
    select(svg).call(zoom).call(zoom.transform, transform);
    if (focused) host.querySelector<SVGElement>(`[data-${focused.startsWith("actor:") ? "actor" : "relation"}-id="${CSS.escape(focused.slice(focused.indexOf(":") + 1))}"]`)?.focus();
  }

  function choose(key: string): void {
    const colon = key.indexOf(":");
    const next = { kind: key.slice(0, colon), id: key.slice(colon + 1) } as NonNullable<Selection>;
    selection = selection && selection.kind === next.kind && selection.id === next.id ? null : next;
    footer.set({ select: selection ? `${selection.kind}:${selection.id}` : null });
    tooltip.hide();
    draw(true);
  }

  const over = (e: Event) => {
    const key = keyOf(e.target as Element);
    const tip = key ? data.tooltips[key] : undefined;
    const el = (e.target as Element).closest("[data-actor-id],[data-relation-id]");
    if (tip && el) tooltip.show({ title: tip.heading, lines: [tip.detail, tip.evidence, tip.attribution] }, el);
  };
  const out = (e: Event) => {
    if (keyOf(e.target as Element) !== keyOf((e as FocusEvent).relatedTarget as Element | null)) tooltip.hide();
  };
  host.addEventListener("pointerover", over);
  host.addEventListener("focusin", over);
  host.addEventListener("pointerout", out);
  host.addEventListener("focusout", out);
  host.addEventListener("click", (e) => {
    const key = keyOf(e.target as Element);
    if (key) choose(key);
  });
  host.addEventListener("keydown", (e) => {
    const key = keyOf(e.target as Element);
    if (key && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      choose(key);
    } else if (e.key === "Escape" && selection) {
      selection = null;
      footer.set({ select: null });
      draw(true);
    }
  });
  const svgOf = () => host.querySelector<SVGSVGElement>(":scope > svg");
  wireControls(document, {
    "zoom-in": () => select(svgOf()!).call(zoom.scaleBy, 1.5),
    "zoom-out": () => select(svgOf()!).call(zoom.scaleBy, 1 / 1.5),
    fit: () => select(svgOf()!).call(zoom.transform, zoomIdentity),
  });
  draw(true);
  let frame = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => draw());
  }).observe(host);
}
