"use client";

import type { CSSProperties } from "react";
import type { Actor, Claim, TimeExpression } from "@/lib/model";
import { actorKindStyle } from "@/lib/graph";
import type { Linked, Selection } from "@/lib/selection";
import { cueSpans, type Framing, groupByMention, segment, type Layer, type Row } from "@/lib/text";
import { SourceChain } from "@/components/common/SourceChain";

export type MentionRef = { actor: Actor };

export type RowContext = {
  text: string;
  names: ReadonlyMap<string, string>;
  mentions: readonly Layer<MentionRef>[];
  timexes: readonly Layer<TimeExpression>[];
  /** whose framing each evaluative claim's cue words are */
  framings: ReadonlyMap<string, Framing>;
  selection: Selection;
  linked: Linked;
  /** claims outside the filters are dimmed, not removed: the text stays whole */
  visibleClaims: ReadonlySet<string>;
  filtering: boolean;
  onSelect: (selection: Selection) => void;
};

/**
 * One row of the article: a claim's sentence with its sources in the gutter, or the text between
 * claims. Mentions are buttons that select their actor, time expressions are marked, and the
 * selection's evidence is a <mark>. Each row stays its own stacking context (`isolate`): without
 * one, axe's target-size check took a claim's gutter button for one covered by the row before it.
 */
export function ArticleRow({ row, ctx }: { row: Row<Claim>; ctx: RowContext }) {
  const { text, names, mentions, timexes, framings, selection, linked, visibleClaims, filtering, onSelect } = ctx;
  const claim: Claim | null = row.claim;
  const selected = claim !== null && selection?.kind === "claim" && selection.id === claim.id;
  const isLinked = claim !== null && linked.claims.has(claim.id);
  const dimmed = filtering && claim !== null && !visibleClaims.has(claim.id);
  const cues = claim?.evaluative ? cueSpans(text, claim) : [];
  const framing = claim ? framings.get(claim.id) : undefined;
  const framedBy = framing?.by ? (names.get(framing.by) ?? framing.by) : null;
  const cueWords = cues.map((c) => text.slice(c.start, c.end));
  // whose words they are differs from who is cited first ("According to Bloomberg, … so-called …")
  const nearest = claim?.sources[0] ?? null;
  const framedApart = framedBy !== null && nearest !== null && framing?.by !== nearest;
  const nearestName = nearest ? (names.get(nearest) ?? nearest) : "";
  const pieces = segment(row, mentions, timexes, linked.spans, cues);
  return (
    <div
      data-claim-id={claim?.id}
      data-selected={selected ? "true" : undefined}
      className={`isolate grid grid-cols-1 gap-x-3 rounded px-1 sm:grid-cols-[7rem_1fr] ${isLinked ? "row-linked" : ""} ${
        selected ? "ring-2 ring-accent" : ""
      } ${dimmed ? "opacity-45" : ""}`}
    >
      <div className="text-xs leading-6 text-fg-muted">
        {claim && (
          <button
            type="button"
            onClick={() => onSelect(selected ? null : { kind: "claim", id: claim.id })}
            aria-pressed={selected}
            className="w-full text-left hover:text-fg"
          >
            <span className="sr-only">Claim by </span>
            <SourceChain ids={claim.sources} names={names} compact />
            {claim.evaluative && !framedApart && " "}
            {claim.evaluative && !framedApart && <EvaluativeBadge cueWords={cueWords} owner={framedBy} note={framedBy ? (framing?.quoted ? `quoted words of ${framedBy}` : `${framedBy}’s own framing`) : null} />}
          </button>
        )}
        {claim?.evaluative && framedApart && (
          // the loaded words are not the named source's: the badge stands apart from it, headed by whose words they are
          <div className="mt-1 border-t border-dashed border-evaluative pt-1" data-testid="evaluative-framing">
            <span className="block font-semibold text-fg">{framedBy}</span>
            <EvaluativeBadge cueWords={cueWords} owner={framedBy} note={`its own wording, not ${nearestName}’s`} />
          </div>
        )}
      </div>
      <p className="leading-7">
        {groupByMention(pieces).map((group) => {
          const inner = group.pieces.map((p) => {
            const words = text.slice(p.start, p.end);
            const content = p.cue ? (
              <span className="cue" title={framedBy ? `evaluative wording (${framing?.quoted ? `quoted words of ${framedBy}` : `${framedBy}’s own framing`})` : "evaluative wording"}>
                {words}
              </span>
            ) : (
              words
            );
            const marked = p.timex ? (
              <span className="timex" title={`${p.timex.type} ${p.timex.value}`}>
                {content}
              </span>
            ) : (
              content
            );
            return p.highlight ? (
              <mark key={p.start} className="evidence">
                {marked}
              </mark>
            ) : (
              <span key={p.start}>{marked}</span>
            );
          });
          if (!group.mention) return inner;
          const actor = group.mention.actor;
          const active = selection?.kind === "actor" && selection.id === actor.id;
          const color = actorKindStyle[actor.kind].color;
          return (
            <button
              key={`m${group.pieces[0]!.start}`}
              type="button"
              className="mention"
              data-actor-id={actor.id}
              aria-pressed={active}
              title={`${actor.name} (${actorKindStyle[actor.kind].label})`}
              style={{ "--mention-light": color.light, "--mention-dark": color.dark } as CSSProperties}
              onClick={() => onSelect(active ? null : { kind: "actor", id: actor.id })}
            >
              {inner}
            </button>
          );
        })}
      </p>
    </div>
  );
}

/** The evaluative mark: the word, the cue words that made it so, and whose words they are. */
function EvaluativeBadge({ cueWords, owner, note }: { cueWords: readonly string[]; owner: string | null; note: string | null }) {
  return (
    <span className="mt-0.5 block rounded border border-evaluative px-1 text-[0.7rem] leading-4 text-evaluative" data-testid="evaluative-badge" data-framing={owner ?? undefined}>
      <span className="font-semibold uppercase tracking-wide">evaluative</span>
      {cueWords.length > 0 && <span> “{cueWords.join("”, “")}”</span>}
      {note && " "}
      {note && <span className="block text-fg-muted">{note}</span>}
    </span>
  );
}
