"use client";

import type { Analysis } from "@/lib/model/analysis";
import { messages } from "@/lib/messages";
import type { Selection } from "@/lib/selection/types";
import { SourceChain } from "@/components/common/SourceChain";

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
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold">
          Relations ({relations.length} of {analysis.relations.length})
        </caption>
        <thead>
          <tr className="border-b border-border text-left">
            <th scope="col" className="py-1 pr-3">From</th>
            <th scope="col" className="py-1 pr-3">Relation</th>
            <th scope="col" className="py-1 pr-3">To</th>
            <th scope="col" className="py-1 pr-3">Certainty</th>
            <th scope="col" className="py-1">Sources</th>
          </tr>
        </thead>
        <tbody>
          {relations.length === 0 && (
            <tr>
              <td colSpan={5} className="py-2 text-fg-muted">
                {messages.noMatches}
              </td>
            </tr>
          )}
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
                  <button type="button" aria-pressed={selected} className="text-left text-accent hover:underline" onClick={() => onSelect(selected ? null : { kind: "relation", id: r.id })}>
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
        </tbody>
      </table>
    </div>
  );
}
