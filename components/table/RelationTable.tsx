"use client";

import type { Analysis } from "@/lib/model/analysis";
import type { Selection } from "@/lib/selection/types";
import { SourceChain } from "@/components/common/SourceChain";
import { TableShell } from "./TableShell";

type Props = {
  analysis: Analysis;
  visible: ReadonlySet<string>;
  highlighted: ReadonlySet<string>;
  selection: Selection;
  onSelect: (selection: Selection) => void;
};

/** The relations as a table: the non-visual alternative to the actor graph. */
export function RelationTable({ analysis, visible, highlighted, selection, onSelect }: Props) {
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const relations = analysis.relations.filter((r) => visible.has(r.id));
  return (
    <TableShell
      caption={`Relations (${relations.length} of ${analysis.relations.length})`}
      columns={["From", "Relation", "To", "Certainty", "Sources"]}
      empty={relations.length === 0}
    >
      {relations.map((r) => {
        const selected = selection?.kind === "relation" && selection.id === r.id;
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
      })}
    </TableShell>
  );
}
