"use client";

import { useCallback, useEffect, useMemo } from "react";
import Link from "next/link";
import useSWR, { SWRConfig } from "swr";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { GraphLayout } from "@/lib/graph/layout";
import type { Analysis } from "@/lib/model/analysis";
import { applyFilters, isFiltering } from "@/lib/selection/filters";
import { linked as linkedTo } from "@/lib/selection/linked";
import type { Selection } from "@/lib/selection/types";
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
};

export const analysisKey = (id: string) => `/api/articles/${encodeURIComponent(id)}`;

async function fetchAnalysis(url: string): Promise<Analysis> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as Analysis;
}

/** The dashboard of one article: linked timeline, actor graph, text, tables and details. */
export function DashboardClient({ id, analysis, notices, graphLayout }: Props) {
  return (
    <NuqsAdapter processUrlSearchParams={canonicalParams}>
      <SWRConfig value={{ fallback: { [analysisKey(id)]: analysis } }}>
        <DashboardView id={id} notices={notices} served={analysis} servedLayout={graphLayout} />
      </SWRConfig>
    </NuqsAdapter>
  );
}

type ViewProps = { id: string; notices: readonly string[]; served: Analysis; servedLayout?: GraphLayout };

function DashboardView({ id, notices, served, servedLayout }: ViewProps) {
  // The server already sent this analysis: no refetch on mount; focus and reconnect revalidate (ETag → 304).
  const { data } = useSWR<Analysis>(analysisKey(id), fetchAnalysis, { revalidateIfStale: false, revalidateOnFocus: true });
  const analysis = data!;
  // SWR keeps the served object while revalidation finds it unchanged; a new analysis is laid out in the browser
  const graphLayout = analysis === served ? servedLayout : undefined;
  const { state, update } = useViewState(analysis);
  const theme = useColorScheme();
  const filters = useMemo(() => filtersOf(state), [state]);
  const visible = useMemo(() => applyFilters(analysis, filters), [analysis, filters]);
  const filtering = isFiltering(filters);
  const highlighted = useMemo(() => linkedTo(analysis, state.select), [analysis, state.select]);
  const select = useCallback((selection: Selection) => update({ select: selection }), [update]);
  const timeWindow = useMemo(() => (state.from && state.to ? { from: state.from, to: state.to } : null), [state.from, state.to]);

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

  const timeline = (
    <Panel id="timeline" title="Timeline" className={state.view === "split" ? "col-span-full" : ""}>
      <Timeline
        analysis={analysis}
        visible={visible.events}
        highlighted={highlighted.events}
        selection={state.select}
        onSelect={select}
        lanes={state.lanes}
        onLanesChange={(lanes) => update({ lanes })}
        window={timeWindow}
        onWindowChange={(w) => update(windowPatch(w))}
        theme={theme}
      />
    </Panel>
  );
  const graph = (
    <Panel id="graph" title="Actors">
      <GraphLazy
        analysis={analysis}
        layout={graphLayout}
        visibleActors={visible.actors}
        visibleRelations={visible.relations}
        highlighted={highlighted}
        selection={state.select}
        onSelect={select}
        focus={state.focus}
        onFocusChange={(focus) => update({ focus })}
        theme={theme}
      />
    </Panel>
  );
  const text = (
    <Panel id="text" title="Article" className={state.view === "split" ? "lg:max-h-[80vh] lg:overflow-y-auto" : ""}>
      <ArticleText
        analysis={analysis}
        selection={state.select}
        linked={highlighted}
        visibleClaims={visible.claims}
        filtering={filtering}
        onSelect={select}
        scrollPage={state.view === "text"}
      />
    </Panel>
  );
  const tables = (
    <Panel id="tables" title="Tables">
      <EventTable analysis={analysis} visible={visible.events} highlighted={highlighted.events} selection={state.select} onSelect={select} />
      <RelationTable analysis={analysis} visible={visible.relations} highlighted={highlighted.relations} selection={state.select} onSelect={select} />
    </Panel>
  );
  const details = (
    <Panel id="details" title="Selection" className="lg:sticky lg:top-3 lg:self-start">
      <DetailsPanel analysis={analysis} selection={state.select} onSelect={select} />
    </Panel>
  );

  const viewQuery = serializeViewState(state);
  const selectionQuery = state.select ? serializeViewState(state, { only: ["select"] }) : null;

  return (
    <div className="mx-auto flex max-w-[1800px] flex-col gap-3 px-3 py-3 sm:px-4">
      <header className="flex flex-col gap-2">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/" className="text-accent hover:underline">
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
        <div className="flex flex-wrap items-center gap-3">
          <ViewSwitcher value={state.view} onChange={(view) => update({ view })} />
          <Filters analysis={analysis} filters={filters} onChange={update} maxSearchLength={MAX_Q_LENGTH} />
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
function windowPatch(w: { from: string; to: string } | null): Pick<ViewState, "from" | "to"> {
  if (!w) return { from: null, to: null };
  const from = w.from.slice(0, 10);
  const to = w.to.slice(0, 10);
  return from <= to ? { from, to } : { from: to, to: from };
}
