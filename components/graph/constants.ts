/** The graph canvas height; the lazy placeholder reserves exactly this, so nothing shifts when vis-network arrives. */
export const GRAPH_HEIGHT = 480;
