import { FONT_FAMILY } from "./label";

/**
 * vis-network options for a graph whose positions come from `layoutGraph`: no physics and no
 * layout pass of its own (its `improvedLayout` would move nodes), no vis popups (the dashboard
 * shows DOM tooltips), no node dragging (a shared link must show what the sender saw).
 */
export function networkOptions() {
  return {
    autoResize: true,
    width: "100%",
    height: "100%",
    physics: { enabled: false },
    layout: { improvedLayout: false, hierarchical: { enabled: false } },
    interaction: {
      hover: true,
      dragNodes: false,
      dragView: true,
      zoomView: true,
      keyboard: { enabled: false },
      navigationButtons: false,
      multiselect: false,
      selectConnectedEdges: false,
      hoverConnectedEdges: false,
      tooltipDelay: 0,
    },
    nodes: { font: { face: FONT_FAMILY }, shapeProperties: { interpolation: false } },
    edges: { arrowStrikethrough: false, selectionWidth: 1, hoverWidth: 0.5, arrows: { to: { scaleFactor: 0.6 } } },
  } as const;
}
