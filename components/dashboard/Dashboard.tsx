import { layoutGraph, type GraphLayout } from "@/lib/graph/layout";
import type { Analysis } from "@/lib/model/analysis";
import { DashboardClient } from "./DashboardClient";

type Props = {
  id: string;
  analysis: Analysis;
  /** what the server ignored in the URL it was opened with */
  notices: readonly string[];
};

// The store hands out one analysis object per article content, so its layout is computed once.
const layouts = new WeakMap<Analysis, GraphLayout>();

function layoutOf(analysis: Analysis): GraphLayout {
  let layout = layouts.get(analysis);
  if (!layout) layouts.set(analysis, (layout = layoutGraph(analysis)));
  return layout;
}

/**
 * The dashboard of one article (a server component): lays out the actor graph here, so the first
 * HTML already draws it and the page ships no force simulation, then hands over to the client.
 */
export function Dashboard({ id, analysis, notices }: Props) {
  return <DashboardClient id={id} analysis={analysis} notices={notices} graphLayout={layoutOf(analysis)} />;
}
