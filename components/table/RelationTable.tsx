"use client";

import { useMemo } from "react";
import type { Analysis } from "@/lib/model";
import type { Selection } from "@/lib/selection";
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

/** The relations as a table: the non-visual alternative to the actor graph. */
export function RelationTable({ analysis, visible, highlighted, selection, onSelect }: Props) {
  const names = useMemo(() => new Map(analysis.actors.map((a) => [a.id, a.name])), [analysis.actors]);
  const relations = useMemo(() => analysis.relations.filter((r) => visible.has(r.id)), [analysis.relations, visible]);
  const selectedId = selection?.kind === "relation" ? selection.id : null;
  const page = usePage(relations, (r) => r.id === selectedId);
  return (
    <TableShell
      caption={`Relations (${relations.length} of ${analysis.relations.length})`}
      columns={["From", "Relation", "To", "Certainty", "Sources"]}
      page={page}
      renderRow={(r) => {
        const selected = selectedId === r.id;
        return (
          <tr
            key={r.id}
            data-relation-id={r.id}
            className={`border-b border-border align-top ${selected ? "bg-highlight text-highlight-fg" : highlighted.has(r.id) ? "bg-linked" : ""}`}
          >
            <td className="py-1 pr-3">{names.get(r.source) ?? r.source}</td>
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              <button
                type="button"
                aria-pressed={selected}
                className="text-left text-accent hover:underline"
                onClick={() => onSelect(selected ? null : { kind: "relation", id: r.id })}
              >
                {r.label}
              </button>
            </th>
            <td className="py-1 pr-3">{names.get(r.target) ?? r.target}</td>
            <td className="py-1 pr-3">{r.certainty}</td>
            <td className="py-1">
              <SourceChain ids={r.sources} names={names} />
            </td>
          </tr>
        );
      }}
    />
  );
}
