/** The graph canvas's height at most; the lazy placeholder reserves the panel's box, so nothing shifts when vis-network arrives. */
export const GRAPH_HEIGHT = 480;
/** The graph panel's height at least, for a graph much wider than tall (a row of unconnected actors). */
export const MIN_GRAPH_HEIGHT = 220;
/**
 * The graph panel's height at most: a full-width panel (a tablet, or the graph view alone) takes the
 * drawing's proportions up to this, so the graph fills the panel instead of standing in its middle.
 */
export const GRAPH_PANEL_MAX_HEIGHT = 640;
