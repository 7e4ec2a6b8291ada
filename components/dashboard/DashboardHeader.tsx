"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import type { Analysis } from "@/lib/model";
import type { FilterOptions, Filters as FilterSet } from "@/lib/selection";
import { formatIsoDate } from "@/lib/text";
import { type ViewState, serializeViewState, MAX_Q_LENGTH } from "@/lib/view";
import { EmbedDialog } from "@/components/embed/EmbedDialog";
import { Filters } from "@/components/filters/Filters";
import { ShareButton } from "@/components/share/ShareButton";
import { Notices } from "./Notices";
import { ViewSwitcher } from "./ViewSwitcher";

type Props = {
  id: string;
  analysis: Analysis;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
  filters: FilterSet;
  options?: FilterOptions;
  notices: readonly string[];
  actions?: ReactNode;
};

/** The dashboard's header: the article's title and provenance, share and embed, the view switcher and filters. */
export function DashboardHeader({ id, analysis, state, update, filters, options, notices, actions }: Props) {
  const { article } = analysis;
  const viewQuery = serializeViewState(state);
  const selectionQuery = state.select ? serializeViewState(state, { only: ["select"] }) : null;
  return (
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
  );
}
