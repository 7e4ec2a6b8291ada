import type { ReactNode } from "react";
import { messages } from "@/lib/messages";

/** The frame every data table shares: caption with counts, column headers, and a row saying when nothing matches. */
export function TableShell({
  caption,
  columns,
  empty,
  children,
}: {
  caption: string;
  columns: readonly string[];
  empty: boolean;
  children: ReactNode;
}) {
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
          {empty && (
            <tr>
              <td colSpan={columns.length} className="py-2 text-fg-muted">
                {messages.noMatches}
              </td>
            </tr>
          )}
          {children}
        </tbody>
      </table>
    </div>
  );
}
