"use client";

import { Activity, useCallback, useEffect, useMemo, type ReactNode } from "react";
import Link from "next/link";
import useSWR, { SWRConfig } from "swr";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { GraphLayout } from "@/lib/graph/layout";
import type { Analysis } from "@/lib/model/analysis";
import type { FilterOptions } from "@/lib/selection/filter-options";
import { applyFilters, isFiltering } from "@/lib/selection/filters";
import { linked as linkedTo } from "@/lib/selection/linked";
import type { Selection } from "@/lib/selection/types";
import { defaultLaneMode, type LaneMode, type TimeWindow } from "@/lib/timeline";
import { formatIsoDate } from "@/lib/text/dates";
import { filtersOf } from "@/lib/view/filters";
import { canonicalParams } from "@/lib/view/order";
import type { ViewState } from "@/lib/view/schema";
import { serializeViewState } from "@/lib/view/serialize";
import { MAX_Q_LENGTH } from "@/lib/view/state";
import { ArticleText } from "@/components/article/ArticleText";
import { DetailsPanel } from "@/components/details/DetailsPanel";
import { EmbedDialog } from "@/components/embed/EmbedDialog";
import { Filters } from "@/components/filters/Filters";
import { GraphLazy } from "@/components/graph/GraphLazy";
import { ShareButton } from "@/components/share/ShareButton";
import { EventTable } from "@/components/table/EventTable";
import { RelationTable } from "@/components/table/RelationTable";
import { Timeline } from "@/components/timeline/Timeline";
import { Notices } from "./Notices";
import { Panel } from "./Panel";
import { useColorScheme } from "./useColorScheme";
import { useViewState } from "./useViewState";
import { ViewSwitcher } from "./ViewSwitcher";

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

export const analysisKey = (id: string) => `/api/articles/${encodeURIComponent(id)}`;

async function fetchAnalysis(url: string): Promise<Analysis> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as Analysis;
}

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
  // The server already sent this analysis: no refetch on mount; focus and reconnect revalidate (ETag → 304).
  const { data } = useSWR<Analysis>(analysisKey(id), fetchAnalysis, { revalidateIfStale: false, revalidateOnFocus: true });
  const analysis = data!;
  // SWR keeps the served object while revalidation finds it unchanged; a new analysis is laid out in the browser
  const graphLayout = analysis === served ? servedLayout : undefined;
  const options = analysis === served ? servedOptions : undefined;
  const { state, update } = useViewState(analysis);
  const theme = useColorScheme();
  const filters = useMemo(() => filtersOf(state), [state]);
  const visible = useMemo(() => applyFilters(analysis, filters), [analysis, filters]);
  const filtering = isFiltering(filters);
  const highlighted = useMemo(() => linkedTo(analysis, state.select), [analysis, state.select]);
  const select = useCallback((selection: Selection) => update({ select: selection }), [update]);
  const timeWindow = useMemo(() => (state.from && state.to ? { from: state.from, to: state.to } : null), [state.from, state.to]);
  const defaultLanes = useMemo(() => defaultLaneMode(analysis.events, analysis.actors), [analysis]);
  // choosing the article's default lanes leaves the URL without the parameter
  const onLanesChange = useCallback((lanes: LaneMode) => update({ lanes: lanes === defaultLanes ? null : lanes }), [update, defaultLanes]);
  const onWindowChange = useCallback((w: TimeWindow | null) => update(windowPatch(w)), [update]);
  const onFocusChange = useCallback((focus: string | null) => update({ focus }), [update]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      const open = target?.closest("details[open]");
      if (open) {
        open.removeAttribute("open");
        open.querySelector("summary")?.focus();
        return;
      }
      if (target?.closest("input, textarea, select")) return;
      if (state.select) update({ select: null });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [state.select, update]);

  const { article } = analysis;
  const show = (v: ViewState["view"]) => state.view === "split" || state.view === v;

  const { view, select: selection, focus } = state;
  const lanes = state.lanes ?? defaultLanes;
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
        <Panel
          id="details"
          title="Selection"
          // on a phone a selection opens as a sheet at the bottom of the screen, beside what was tapped,
          // not below the whole article
          className={`lg:sticky lg:top-3 lg:self-start ${selection ? "max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-40 max-lg:max-h-[50vh] max-lg:overflow-y-auto max-lg:rounded-b-none max-lg:border-t-2 max-lg:border-accent max-lg:shadow-2xl" : ""}`}
        >
          <DetailsPanel analysis={analysis} selection={selection} onSelect={select} visible={filtering ? visible : null} />
        </Panel>
      </Island>
    ),
    [analysis, selection, select, filtering, visible],
  );

  const viewQuery = serializeViewState(state);
  const selectionQuery = state.select ? serializeViewState(state, { only: ["select"] }) : null;

  return (
    <div className="mx-auto flex max-w-[1800px] flex-col gap-3 px-3 py-3 sm:px-4">
      <header className="flex flex-col gap-2">
        <nav aria-label="Breadcrumb" className="text-sm">
          {/* not prefetched: the route cache work would compete with hydration, and the list loads fast */}
          <Link href="/" prefetch={false} className="text-accent hover:underline">
            ← All articles
          </Link>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-xl font-bold leading-snug sm:text-2xl">{article.title}</h1>
            <p className="text-sm text-fg-muted">
              {article.source ?? "Unknown outlet"} ·{" "}
              {article.published ? (
                <time dateTime={article.published}>{formatIsoDate(article.published)}</time>
              ) : (
                <>
                  date unknown, read as of <time dateTime={article.referenceDate.date}>{formatIsoDate(article.referenceDate.date)}</time>
                </>
              )}
              {article.url && (
                <>
                  {" · "}
                  <a href={article.url} className="text-accent underline" rel="noopener noreferrer">
                    original
                  </a>
                </>
              )}
            </p>
          </div>
          <div className="flex flex-wrap items-start gap-2">
            <ShareButton viewQuery={viewQuery} selectionQuery={selectionQuery} />
            <EmbedDialog articleId={id} query={viewQuery} articleTitle={article.title} />
          </div>
        </div>
        <Notices notices={notices} />
        {actions}
        <div className="flex flex-wrap items-center gap-3">
          <ViewSwitcher value={state.view} onChange={(view) => update({ view })} />
          <Filters analysis={analysis} options={options} filters={filters} onChange={update} maxSearchLength={MAX_Q_LENGTH} />
        </div>
      </header>
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

/** The timeline reports windows as ISO dates or date-times; the URL keeps whole days, in order. */
function windowPatch(w: TimeWindow | null): Pick<ViewState, "from" | "to"> {
  if (!w) return { from: null, to: null };
  const from = w.from.slice(0, 10);
  const to = w.to.slice(0, 10);
  return from <= to ? { from, to } : { from: to, to: from };
}
