/** The graph canvas's height at most; the lazy placeholder reserves the panel's box, so nothing shifts when vis-network arrives. */
export const GRAPH_HEIGHT = 480;
/** The graph panel's height at least, for a graph much wider than tall (a row of unconnected actors). */
export const MIN_GRAPH_HEIGHT = 220;
/**
 * The graph panel's height at most: a full-width panel (a tablet, or the graph view alone) takes the
 * drawing's proportions up to this, so the graph fills the panel instead of standing in its middle.
 */
export const GRAPH_PANEL_MAX_HEIGHT = 640;
/**
 * How the dashboard's drawing fits the seeded layout (renderGraph's maxScale and maxStretch): a layout
 * unit becomes no more than node shapes grow, and the layout keeps its proportions, so vis-network (one
 * zoom for shapes, distances and labels, on both axes) opens on the same picture, and fits a focus at
 * most this zoom, where its labels stay at a readable size.
 */
export const GRAPH_FIT = { maxScale: 1.5, maxStretch: 1 } as const;
