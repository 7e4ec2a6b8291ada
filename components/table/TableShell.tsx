import type { ReactNode } from "react";
import { messages } from "@/lib/messages";
import { PAGE_SIZE, type Page } from "@/components/common/usePage";

/**
 * The frame every data table shares: caption with counts, column headers, a row saying when nothing
 * matches, and, for long tables, the row count with buttons that render more rows.
 */
export function TableShell<T>({
  caption,
  columns,
  page,
  renderRow,
}: {
  caption: string;
  columns: readonly string[];
  page: Page<T>;
  renderRow: (row: T) => ReactNode;
}) {
  const rendered = page.total - page.hidden;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-border text-left">
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i < columns.length - 1 ? "py-1 pr-3" : "py-1"}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.total === 0 && (
            <tr>
              <td colSpan={columns.length} className="py-2 text-fg-muted">
                {messages.noMatches}
              </td>
            </tr>
          )}
          {page.rows.map(renderRow)}
        </tbody>
        {page.pinned !== null && (
          <tbody data-pinned="">
            <tr>
              <td colSpan={columns.length} className="pt-3 pb-1 text-xs text-fg-muted">
                {messages.tableSelectedBelow}
              </td>
            </tr>
            {renderRow(page.pinned)}
          </tbody>
        )}
      </table>
      {page.total > PAGE_SIZE && (
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span role="status" className="text-fg-muted">
            {messages.tableRowsShown(rendered, page.total)}
          </span>
          {page.hidden > 0 && (
            <>
              <button type="button" className="rounded border border-border px-2 py-0.5 hover:bg-bg" onClick={page.showMore}>
                {messages.tableShowMore(Math.min(PAGE_SIZE, page.hidden))}
              </button>
              <button type="button" className="rounded border border-border px-2 py-0.5 hover:bg-bg" onClick={page.showAll}>
                {messages.tableShowAll(page.total)}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
