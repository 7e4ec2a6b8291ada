import { fmt, h, type SvgNode } from "../svg";
import type { Selection } from "../selection";
import type { StoryAnalysis } from "../story";
import { formatIsoDate } from "../text";
import { palettes } from "../timeline";
import { layoutStoryGraph, type StoryGraphLayout } from "./graph";
import { layoutStoryTimeline, TIMELINE_ROW, type StoryTimelineLayout } from "./timeline";

/**
 * The story's timeline and graph as SvgNode trees (lib/svg), drawn from the same layouts as the
 * story page (components/story), for the story images and embeds. Text is always a text node, so
 * article titles and actor names stay text. Colours come from the timeline's palettes by theme.
 */
export type StoryTheme = "light" | "dark";
export type StoryDrawOptions = { width: number; theme: StoryTheme; title: string; selection: Selection; idPrefix?: string };

/** Dashed amber: the articles give different dates (as on the story page). */
export const DISAGREE_COLOUR = { light: "#b45309", dark: "#f0883e" } as const;
const HEADING = 30;
const FOOTER = 22;
const FONT = 'system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif';

/** The mark's radius for an event `reports` articles report, and a node's for its weighted degree. */
export const eventRadius = (reports: number) => 7 + Math.min(reports, 8);
export const nodeRadius = (degree: number) => 6 + Math.min(Math.sqrt(degree) * 2.5, 12);
/** A node's label as drawn: at most 28 characters. */
export const nodeLabel = (name: string) => (name.length > 28 ? `${name.slice(0, 27)}…` : name);

export function storyTimelineTitle(storyTitle: string): string {
  return `Timeline of events in the story “${storyTitle}”`;
}

export function storyGraphTitle(storyTitle: string): string {
  return `Actors and relations in the story: ${storyTitle}`;
}

function credit(story: StoryAnalysis): string {
  const outlets = [...new Set(story.articles.map((a) => a.source).filter((s): s is string => !!s))];
  const n = story.articles.length;
  return `${n} article${n === 1 ? "" : "s"}${outlets.length ? `: ${outlets.join(", ")}` : ""} · Newsline`;
}

/** `text` cut with an ellipsis to fit `width` px at about `charPx` a character (bold 14 px, or 11 px). */
function cut(text: string, width: number, charPx: number): string {
  const max = Math.max(10, Math.floor(width / charPx));
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

/** The outer svg: a background, the visible title, the drawing, the credit line; `<title>` and `<desc>` first. */
function frame(o: StoryDrawOptions, height: number, title: string, desc: string, story: StoryAnalysis, drawing: SvgNode[]): SvgNode {
  const p = palettes[o.theme];
  const prefix = o.idPrefix ?? "nl-story";
  const total = HEADING + height + FOOTER;
  const heading = cut(title, o.width - 24, 8.6);
  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: o.width,
      height: total,
      viewBox: `0 0 ${fmt(o.width)} ${fmt(total)}`,
      "font-family": FONT,
      role: "img",
      "aria-labelledby": `${prefix}-title ${prefix}-desc`,
    },
    [
      h("title", { id: `${prefix}-title` }, [title]),
      h("desc", { id: `${prefix}-desc` }, [desc]),
      h("rect", { width: o.width, height: total, fill: p.background }),
      h("text", { class: "nl-heading", x: 12, y: 20, "font-size": 14, "font-weight": 600, fill: p.text }, [heading]),
      h("g", { transform: `translate(0,${HEADING})` }, drawing),
      h("text", { x: 12, y: total - 7, "font-size": 11, fill: p.muted }, [cut(credit(story), o.width - 24, 6.6)]),
    ],
  );
}

/** The merged timeline of a story (or of the subset given), at `o.width`. */
export function storyTimelineSvg(story: StoryAnalysis, o: StoryDrawOptions): { layout: StoryTimelineLayout; svg: SvgNode } {
  const layout = layoutStoryTimeline(story.events, o.width);
  const p = palettes[o.theme];
  const selected = o.selection?.kind === "event" ? o.selection.id : null;
  const ticks = layout.ticks.map((t, i) =>
    h("g", {}, [
      h("line", { x1: t.x, x2: t.x, y1: 22, y2: layout.height, stroke: p.grid }),
      // the first date starts at its column, so the left edge does not cut it
      h("text", { x: i === 0 ? Math.max(2, t.x - 8) : t.x, y: 14, "font-size": 11, "text-anchor": i === 0 ? "start" : "middle", fill: p.muted }, [
        formatIsoDate(t.date, { year: i === 0 || layout.ticks[i - 1]!.date.slice(0, 4) !== t.date.slice(0, 4) }),
      ]),
    ]),
  );
  const marks = layout.events.map((e) => {
    const y = 34 + e.row * TIMELINE_ROW + TIMELINE_ROW / 2;
    const r = eventRadius(e.reports);
    const on = e.id === selected;
    const ring = e.disagree ? DISAGREE_COLOUR[o.theme] : p.selection;
    return h("g", { "data-story-event": e.id }, [
      h("title", {}, [`${e.label}: ${e.reports} article${e.reports === 1 ? "" : "s"}${e.disagree ? ", dates differ" : ""}`]),
      e.x2 > e.x ? h("line", { x1: e.x, x2: e.x2, y1: y, y2: y, stroke: p.selection, "stroke-opacity": 0.35, "stroke-width": 6, "stroke-linecap": "round" }) : null,
      h("circle", { cx: e.x, cy: y, r, fill: on ? p.selection : p.laneA, stroke: ring, "stroke-width": on ? 3 : 2, "stroke-dasharray": e.disagree ? "4 2" : undefined }),
      h("text", { x: e.x, y: y + 4, "font-size": 11, "font-weight": 700, "text-anchor": "middle", fill: on ? p.background : p.text }, [String(e.reports)]),
      h("text", { x: e.x + r + 4, y: y + 4, "font-size": 11, fill: p.text }, [e.text]),
    ].filter((n): n is SvgNode => n !== null));
  });
  const title = storyTimelineTitle(o.title);
  const desc =
    `${layout.events.length} dated event${layout.events.length === 1 ? "" : "s"} merged from ${story.articles.length} articles` +
    (layout.undated.length ? `; ${layout.undated.length} undated` : "") +
    ". The number in each mark is how many articles report the event; a dashed ring means they give different dates.";
  return { layout, svg: frame(o, layout.height, title, desc, story, [...ticks, ...marks]) };
}

/** The graph's height for a width: the story page's 820 × 520 proportions, at least 320. */
export const storyGraphHeight = (width: number) => Math.max(320, Math.round((width * 520) / 820));

/** The merged actor graph of a story (or of the subset given), at `o.width`. */
export function storyGraphSvg(story: StoryAnalysis, o: StoryDrawOptions): { layout: StoryGraphLayout; svg: SvgNode } {
  const layout = layoutStoryGraph(story, o.width, storyGraphHeight(o.width));
  const p = palettes[o.theme];
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const actor = o.selection?.kind === "actor" ? o.selection.id : null;
  const relation = o.selection?.kind === "relation" ? o.selection.id : null;
  const edges = layout.edges.map((e) => {
    const a = at.get(e.source)!;
    const b = at.get(e.target)!;
    const on = e.id === relation || e.source === actor || e.target === actor;
    return h("g", { "data-story-relation": e.id }, [
      h("title", {}, [`${a.name} ${e.kind} ${b.name}: ${e.support} article${e.support === 1 ? "" : "s"}`]),
      h("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: on ? p.selection : p.muted, "stroke-opacity": on ? 1 : 0.55, "stroke-width": e.width, "stroke-linecap": "round" }),
    ]);
  });
  const nodes = layout.nodes.map((n) => {
    const on = n.id === actor;
    const r = nodeRadius(n.degree);
    return h("g", { "data-story-actor": n.id }, [
      h("title", {}, [n.name]),
      h("circle", { cx: n.x, cy: n.y, r, fill: on ? p.reference : p.selection, stroke: p.background, "stroke-width": 2 }),
      h("text", { x: n.x, y: n.y - r - 4, "font-size": 12, "text-anchor": "middle", fill: p.text, stroke: p.background, "stroke-width": 3, "paint-order": "stroke" }, [nodeLabel(n.name)]),
    ]);
  });
  const title = storyGraphTitle(o.title);
  const desc =
    `${layout.nodes.length} actors and ${layout.edges.length} relations merged from ${story.articles.length} articles. ` +
    "Edge thickness: how many articles report the relation.";
  return { layout, svg: frame(o, layout.height, title, desc, story, [...edges, ...nodes]) };
}
