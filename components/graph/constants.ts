/** The graph canvas's height at most; the lazy placeholder reserves the panel's box, so nothing shifts when vis-network arrives. */
export const GRAPH_HEIGHT = 480;
/** The graph panel's height at least, for a graph much wider than tall (a row of unconnected actors). */
export const MIN_GRAPH_HEIGHT = 220;
