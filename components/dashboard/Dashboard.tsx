import type { ReactNode } from "react";
import { type GraphLayout, seededGraphLayout } from "@/lib/graph";
import type { Analysis } from "@/lib/model";
import { filterOptions, type FilterOptions } from "@/lib/selection";
import { DashboardClient } from "./DashboardClient";

type Props = {
  id: string;
  analysis: Analysis;
  /** what the server ignored in the URL it was opened with */
  notices: readonly string[];
  /** more controls for the header, rendered on the server (the "Make a story" picker) */
  actions?: ReactNode;
};

type Prepared = { graphLayout: GraphLayout; filterOptions: FilterOptions };

// The store hands out one analysis object per article content, so this is computed once per content.
const prepared = new WeakMap<Analysis, Prepared>();

function prepare(analysis: Analysis): Prepared {
  let done = prepared.get(analysis);
  if (!done) prepared.set(analysis, (done = { graphLayout: seededGraphLayout(analysis), filterOptions: filterOptions(analysis) }));
  return done;
}

/**
 * The dashboard of one article (a server component): lays out the actor graph and lists the filter
 * values here, so the first HTML already draws them and hydration repeats neither (no force
 * simulation on the page, no collator while hydrating), then hands over to the client.
 */
export function Dashboard({ id, analysis, notices, actions }: Props) {
  const { graphLayout, filterOptions } = prepare(analysis);
  return <DashboardClient id={id} analysis={analysis} notices={notices} actions={actions} graphLayout={graphLayout} filterOptions={filterOptions} />;
}
