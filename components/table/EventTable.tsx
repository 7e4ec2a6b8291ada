"use client";

import { useMemo } from "react";
import type { Analysis } from "@/lib/model";
import type { Selection } from "@/lib/selection";
import { describeEventTime, eventsInTimeOrder } from "@/lib/text";
import { SourceChain } from "@/components/common/SourceChain";
import { TableShell } from "./TableShell";
import { usePage } from "@/components/common/usePage";

type Props = {
  analysis: Analysis;
  visible: ReadonlySet<string>;
  highlighted: ReadonlySet<string>;
  selection: Selection;
  onSelect: (selection: Selection) => void;
};

/** The events as a table: the non-visual alternative to the timeline. */
export function EventTable({ analysis, visible, highlighted, selection, onSelect }: Props) {
  const names = useMemo(() => new Map(analysis.actors.map((a) => [a.id, a.name])), [analysis.actors]);
  const labels = useMemo(() => new Map(analysis.events.map((e) => [e.id, e.label])), [analysis.events]);
  const labelOf = (id: string) => labels.get(id);
  const events = useMemo(
    () =>
      eventsInTimeOrder(
        analysis.events.filter((e) => visible.has(e.id)),
        analysis.events,
      ),
    [analysis.events, visible],
  );
  const selectedId = selection?.kind === "event" ? selection.id : null;
  const page = usePage(events, (e) => e.id === selectedId);
  return (
    <TableShell
      caption={`Events (${events.length} of ${analysis.events.length})`}
      columns={["Date", "Event", "Certainty", "Actors", "Sources"]}
      page={page}
      renderRow={(e) => {
        const selected = selectedId === e.id;
        return (
          <tr
            key={e.id}
            data-event-id={e.id}
            className={`border-b border-border align-top ${selected ? "bg-highlight text-highlight-fg" : highlighted.has(e.id) ? "bg-linked" : ""}`}
          >
            <td className="min-w-[8rem] py-1 pr-3">{describeEventTime(e, labelOf)}</td>
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              <button
                type="button"
                aria-pressed={selected}
                className="text-left text-accent hover:underline"
                onClick={() => onSelect(selected ? null : { kind: "event", id: e.id })}
              >
                {e.label}
              </button>
              {e.hypothetical && <span className="ml-1 text-xs text-fg-muted">(hypothetical)</span>}
              {e.alleged && <span className="ml-1 text-xs text-fg-muted">(alleged)</span>}
            </th>
            <td className="py-1 pr-3">{e.certainty}</td>
            <td className="py-1 pr-3">
              {e.actors.map((id) => names.get(id) ?? id).join(", ") || "—"}
            </td>
            <td className="py-1">
              <SourceChain ids={e.sources} names={names} />
            </td>
          </tr>
        );
      }}
    />
  );
}
