"use client";

import { Activity, useMemo, type ReactNode } from "react";
import { SWRConfig } from "swr";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { GraphLayout } from "@/lib/graph";
import type { Analysis } from "@/lib/model";
import type { FilterOptions } from "@/lib/selection";
import { canonicalParams, type ViewState } from "@/lib/view";
import { ArticleText } from "@/components/article/ArticleText";
import { DetailsPanel } from "@/components/details/DetailsPanel";
import { GraphLazy } from "@/components/graph/GraphLazy";
import { EventTable } from "@/components/table/EventTable";
import { RelationTable } from "@/components/table/RelationTable";
import { Timeline } from "@/components/timeline/Timeline";
import { DashboardHeader } from "./DashboardHeader";
import { Panel } from "./Panel";
import { useEscapeClears } from "./useEscapeClears";
import { useColorScheme } from "./useColorScheme";
import { useLinkedView } from "./useLinkedView";
import { analysisKey, useServedAnalysis } from "./useServedAnalysis";

type Props = {
  id: string;
  /** the analysis rendered on the server: SWR's fallback, so the first paint is complete */
  analysis: Analysis;
  /** what the server ignored in the URL it was opened with */
  notices: readonly string[];
  /** the graph's seeded layout of `analysis`, computed on the server so d3-force stays off the page */
  graphLayout?: GraphLayout;
  /** filterOptions(analysis), computed on the server */
  filterOptions?: FilterOptions;
  /** more header controls rendered on the server */
  actions?: ReactNode;
};

/** The dashboard of one article: linked timeline, actor graph, text, tables and details. */
export function DashboardClient({ id, analysis, notices, graphLayout, filterOptions, actions }: Props) {
  return (
    <NuqsAdapter processUrlSearchParams={canonicalParams}>
      <SWRConfig value={{ fallback: { [analysisKey(id)]: analysis } }}>
        <DashboardView id={id} notices={notices} actions={actions} served={analysis} servedLayout={graphLayout} servedOptions={filterOptions} />
      </SWRConfig>
    </NuqsAdapter>
  );
}

/**
 * A part of the page that hydrates on its own. React leaves the server HTML of an (always visible)
 * Activity boundary in place and hydrates it after the rest, at low priority and in slices that let
 * the browser respond in between, instead of the whole dashboard in one long task. Not a Suspense
 * boundary: the server streams a large Suspense boundary's HTML after the page around it and reveals
 * it later from a script, which would delay the panels' first paint and shift the page.
 */
function Island({ children }: { children: ReactNode }) {
  return <Activity mode="visible">{children}</Activity>;
}

type ViewProps = { id: string; notices: readonly string[]; actions?: ReactNode; served: Analysis; servedLayout?: GraphLayout; servedOptions?: FilterOptions };

function DashboardView({ id, notices, actions, served, servedLayout, servedOptions }: ViewProps) {
  const { analysis, graphLayout, options } = useServedAnalysis(id, served, servedLayout, servedOptions);
  const { state, update, filters, visible, filtering, highlighted, select, timeWindow, lanes, onLanesChange, onWindowChange, onFocusChange } =
    useLinkedView(analysis);
  const theme = useColorScheme();
  useEscapeClears(Boolean(state.select), update);

  const show = (v: ViewState["view"]) => state.view === "split" || state.view === v;

  const { view, select: selection, focus } = state;
  // Each panel is its own island, memoised on what it shows: a re-render of the page that does not
  // concern a panel leaves its boundary untouched (an update reaching a boundary still hydrating
  // would make React hydrate it at once, in one task).
  const timeline = useMemo(
    () => (
      <Island>
        <Panel id="timeline" title="Timeline" className={view === "split" ? "col-span-full" : ""}>
          <Timeline
            analysis={analysis}
            visible={visible.events}
            highlighted={highlighted.events}
            selection={selection}
            onSelect={select}
            lanes={lanes}
            onLanesChange={onLanesChange}
            window={timeWindow}
            onWindowChange={onWindowChange}
            theme={theme}
          />
        </Panel>
      </Island>
    ),
    [view, analysis, visible.events, highlighted.events, selection, select, lanes, onLanesChange, timeWindow, onWindowChange, theme],
  );
  const graph = useMemo(
    () => (
      <Island>
        <Panel id="graph" title="Actors">
          <GraphLazy
            analysis={analysis}
            layout={graphLayout}
            visibleActors={visible.actors}
            visibleRelations={visible.relations}
            highlighted={highlighted}
            selection={selection}
            onSelect={select}
            focus={focus}
            onFocusChange={onFocusChange}
            theme={theme}
          />
        </Panel>
      </Island>
    ),
    [analysis, graphLayout, visible.actors, visible.relations, highlighted, selection, select, focus, onFocusChange, theme],
  );
  const text = useMemo(
    () => (
      <Island>
        <Panel id="text" title="Article" className={view === "split" ? "lg:max-h-[80vh] lg:overflow-y-auto" : ""}>
          <ArticleText
            analysis={analysis}
            selection={selection}
            linked={highlighted}
            visibleClaims={visible.claims}
            filtering={filtering}
            onSelect={select}
            scrollPage={view === "text"}
          />
        </Panel>
      </Island>
    ),
    [view, analysis, selection, highlighted, visible.claims, filtering, select],
  );
  const tables = useMemo(
    () => (
      <Island>
        <Panel id="tables" title="Tables">
          <EventTable analysis={analysis} visible={visible.events} highlighted={highlighted.events} selection={selection} onSelect={select} />
          <RelationTable analysis={analysis} visible={visible.relations} highlighted={highlighted.relations} selection={selection} onSelect={select} />
        </Panel>
      </Island>
    ),
    [analysis, visible.events, visible.relations, highlighted.events, highlighted.relations, selection, select],
  );
  const details = useMemo(
    () => (
      <Island>
        <Panel id="details" title="Selection" className={detailsClass(Boolean(selection))}>
          <DetailsPanel analysis={analysis} selection={selection} onSelect={select} visible={filtering ? visible : null} />
        </Panel>
      </Island>
    ),
    [analysis, selection, select, filtering, visible],
  );

  return (
    <div className="mx-auto flex max-w-[1800px] flex-col gap-3 px-3 py-3 sm:px-4">
      <DashboardHeader
        id={id}
        analysis={analysis}
        state={state}
        update={update}
        filters={filters}
        options={options}
        notices={notices}
        actions={actions}
      />
      <main id="main" className={`grid grid-cols-1 gap-3 ${layoutClass(state.view)}`}>
        {show("timeline") && timeline}
        {show("graph") && graph}
        {show("text") && text}
        {state.view === "table" && tables}
        {details}
      </main>
    </div>
  );
}

function layoutClass(view: ViewState["view"]): string {
  if (view === "split") return "lg:grid-cols-2 xl:grid-cols-[minmax(0,1fr)_minmax(0,1.25fr)_20rem]";
  return "lg:grid-cols-[minmax(0,1fr)_20rem]";
}

/**
 * On a phone a selection opens as a sheet at the bottom of the screen, beside what was tapped, not
 * below the whole article.
 */
function detailsClass(selected: boolean): string {
  const sheet = "max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-40 max-lg:max-h-[50vh] max-lg:overflow-y-auto max-lg:rounded-b-none max-lg:border-t-2 max-lg:border-accent max-lg:shadow-2xl";
  return `lg:sticky lg:top-3 lg:self-start ${selected ? sheet : ""}`;
}
