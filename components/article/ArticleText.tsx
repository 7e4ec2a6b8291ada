"use client";

import { useEffect, useMemo, useRef, type CSSProperties } from "react";
import type { Actor, Analysis, Claim, TimeExpression } from "@/lib/model/analysis";
import { actorKindStyle } from "@/lib/graph/style";
import type { Linked } from "@/lib/selection/linked";
import type { Selection } from "@/lib/selection/types";
import { groupByMention, paragraphSpans, segment, type Layer } from "@/lib/text/segments";
import { rowsOf, type Row } from "@/lib/text/rows";
import { SourceChain } from "@/components/common/SourceChain";

type Props = {
  analysis: Analysis;
  selection: Selection;
  linked: Linked;
  /** claims outside the filters are dimmed, not removed: the text stays whole */
  visibleClaims: ReadonlySet<string>;
  filtering: boolean;
  onSelect: (selection: Selection) => void;
  /** when the text is not in a scrolling panel, may the page itself scroll to the evidence? */
  scrollPage?: boolean;
};

type MentionRef = { actor: Actor };

/**
 * The article text as React text nodes (never HTML): actor mentions underlined in their actor's
 * colour and selectable, time expressions marked, and a gutter per claim with its sources.
 * The evidence of the selection is highlighted and scrolled into view.
 */
export function ArticleText({
  analysis,
  selection,
  linked,
  visibleClaims,
  filtering,
  onSelect,
  scrollPage = false,
}: Props) {
  const { text } = analysis.article;
  const container = useRef<HTMLDivElement>(null);
  const names = useMemo(
    () => new Map(analysis.actors.map((a) => [a.id, a.name])),
    [analysis.actors],
  );
  const mentions = useMemo<Layer<MentionRef>[]>(
    () => analysis.actors.flatMap((actor) => actor.mentions.map((m) => ({ ...m, ref: { actor } }))),
    [analysis.actors],
  );
  const timexes = useMemo<Layer<TimeExpression>[]>(
    () => analysis.timeExpressions.map((t) => ({ ...t, ref: t })),
    [analysis.timeExpressions],
  );
  const paragraphs = useMemo(
    () => paragraphSpans(text).map((p) => ({ span: p, rows: rowsOf(text, p, analysis.claims) })),
    [text, analysis.claims],
  );
  const selectionKey = selection ? `${selection.kind}:${selection.id}` : "";

  useEffect(() => {
    if (!selectionKey) return;
    const target = container.current?.querySelector<HTMLElement>(
      "mark.evidence, [data-selected='true']",
    );
    if (target) reveal(target, scrollPage);
  }, [selectionKey, scrollPage]);

  return (
    <div ref={container} className="flex flex-col gap-4" data-testid="article-text">
      {paragraphs.map(({ span, rows }) => (
        <Paragraph
          key={span.start}
          text={text}
          rows={rows}
          names={names}
          mentions={mentions}
          timexes={timexes}
          selection={selection}
          linked={linked}
          visibleClaims={visibleClaims}
          filtering={filtering}
          onSelect={onSelect}
        />
      ))}
    </div>
  );
}

/**
 * Rows are rendered lazily by blocks (content-visibility on each block, not each row): Chromium checks
 * every content-visibility element for visibility on each rendered frame, so thousands of them made
 * every animation frame elsewhere on the page (a timeline zoom) pay tens of milliseconds. Each row
 * stays its own stacking context (`isolate`, as the per-row containment made it): without one, axe's
 * target-size check took a claim's gutter button for one covered by the row before it.
 */
const ROWS_PER_BLOCK = 32;
/** a row's height before it is first rendered (one line of text plus the gap) */
const ROW_ESTIMATE_REM = 3.75;

function blocksOf<T>(rows: readonly T[]): T[][] {
  const blocks: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_BLOCK)
    blocks.push(rows.slice(i, i + ROWS_PER_BLOCK));
  return blocks;
}

type ParagraphProps = Pick<
  Props,
  "selection" | "linked" | "visibleClaims" | "filtering" | "onSelect"
> & {
  text: string;
  rows: Row<Claim>[];
  names: ReadonlyMap<string, string>;
  mentions: readonly Layer<MentionRef>[];
  timexes: readonly Layer<TimeExpression>[];
};

/**
 * One paragraph: its own component so that hydrating (and re-rendering) a long article is many
 * short pieces of work React can pause between, not one long one.
 */
function Paragraph({
  text,
  rows,
  names,
  mentions,
  timexes,
  selection,
  linked,
  visibleClaims,
  filtering,
  onSelect,
}: ParagraphProps) {
  return (
    <div className="flex flex-col gap-1">
      {blocksOf(rows).map((block) => (
        <div
          key={block[0]!.start}
          className="flex flex-col gap-1 [content-visibility:auto]"
          style={{ containIntrinsicSize: `auto ${block.length * ROW_ESTIMATE_REM}rem` }}
        >
          {block.map((row) => {
            const claim: Claim | null = row.claim;
            const selected =
              claim !== null && selection?.kind === "claim" && selection.id === claim.id;
            const isLinked = claim !== null && linked.claims.has(claim.id);
            const dimmed = filtering && claim !== null && !visibleClaims.has(claim.id);
            const pieces = segment(row, mentions, timexes, linked.spans);
            return (
              <div
                key={row.start}
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
                      {claim.evaluative && " "}
                      {claim.evaluative && (
                        <span
                          className="ml-1 inline-block rounded border border-evaluative px-1 text-[0.7rem] font-semibold uppercase tracking-wide text-evaluative"
                          title={
                            claim.cues?.length
                              ? `evaluative: ${claim.cues.join(", ")}`
                              : "evaluative"
                          }
                        >
                          evaluative
                        </span>
                      )}
                    </button>
                  )}
                </div>
                <p className="leading-7">
                  {groupByMention(pieces).map((group) => {
                    const inner = group.pieces.map((p) => {
                      const content = text.slice(p.start, p.end);
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
                        style={
                          {
                            "--mention-light": color.light,
                            "--mention-dark": color.dark,
                          } as CSSProperties
                        }
                        onClick={() => onSelect(active ? null : { kind: "actor", id: actor.id })}
                      >
                        {inner}
                      </button>
                    );
                  })}
                </p>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

/**
 * Brings the evidence into view inside the text's own scrolling panel; the page itself scrolls only
 * when allowed, so selecting on the timeline never carries the reader away from it.
 */
function reveal(target: HTMLElement, scrollPage: boolean) {
  for (let el = target.parentElement; el && el !== document.body; el = el.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight) {
      const t = target.getBoundingClientRect();
      const c = el.getBoundingClientRect();
      if (t.top < c.top || t.bottom > c.bottom) el.scrollTop += t.top - c.top - c.height / 3;
      return;
    }
  }
  if (scrollPage && typeof target.scrollIntoView === "function")
    target.scrollIntoView({ block: "nearest" });
}
