"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import type { Analysis, Claim, TimeExpression } from "@/lib/model";
import { messages } from "@/lib/messages";
import type { Linked, Selection } from "@/lib/selection";
import { paragraphSpans, type Layer, paragraphRows, type Row, textWindow, framingOf } from "@/lib/text";
import { ArticleRow, type MentionRef, type RowContext } from "./ArticleRow";
import { TextPager } from "./TextPager";

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

/**
 * Rows (claim sentences and the text between them) rendered at first and added per "show more": a
 * news article of a few hundred sentences is always whole, an article of thousands stays a small
 * page that hydrates quickly.
 */
export const TEXT_PAGE = 250;
/** rows beyond the rendered ones shown for the selection (an actor may be mentioned thousands of times) */
const MAX_PINNED = 20;

/**
 * The article text as React text nodes (never HTML): actor mentions underlined in their actor's
 * colour and selectable, time expressions marked, and a gutter per claim with its sources.
 * A long article renders its first rows, with buttons for more; the selection's evidence beyond
 * them is shown after them, so it is highlighted and scrolled into view wherever it is.
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
  const [limit, setLimit] = useState(TEXT_PAGE);
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
    () => paragraphRows(text, paragraphSpans(text), analysis.claims),
    [text, analysis.claims],
  );
  const selectedClaim = selection?.kind === "claim" ? selection.id : null;
  const view = useMemo(
    () => textWindow(paragraphs, limit, linked.spans, (row) => row.claim !== null && row.claim.id === selectedClaim, MAX_PINNED),
    [paragraphs, limit, linked.spans, selectedClaim],
  );
  const selectionKey = selection ? `${selection.kind}:${selection.id}` : "";

  useEffect(() => {
    if (!selectionKey) return;
    const target = container.current?.querySelector<HTMLElement>(
      "mark.evidence, [data-selected='true']",
    );
    if (target) reveal(target, scrollPage);
  }, [selectionKey, scrollPage]);

  const framings = useMemo(
    () => new Map(analysis.claims.filter((c) => c.evaluative).map((c) => [c.id, framingOf(analysis, c)])),
    [analysis],
  );
  const ctx: RowContext = { text, names, mentions, timexes, framings, selection, linked, visibleClaims, filtering, onSelect };
  const windowRows = Math.min(limit, view.total);
  return (
    <div ref={container} className="flex flex-col gap-4" data-testid="article-text">
      {view.paragraphs.map(({ span, rows }) => (
        <Paragraph key={span.start} rows={rows} ctx={ctx} />
      ))}
      {view.total > TEXT_PAGE && (
        <TextPager
          shown={view.total - view.hidden}
          total={view.total}
          more={Math.min(TEXT_PAGE, view.total - windowRows)}
          onMore={() => setLimit((l) => l + TEXT_PAGE)}
          onAll={() => setLimit(Infinity)}
        />
      )}
      {view.pinned.length > 0 && (
        <div className="flex flex-col gap-1" data-pinned="">
          <p className="text-xs text-fg-muted">{messages.textSelectedBelow(view.pinned.length, view.evidenceBeyond)}</p>
          {view.pinned.map((row) => (
            <ArticleRow key={row.start} row={row} ctx={ctx} />
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * Rows are rendered lazily by blocks (content-visibility on each block, not each row): Chromium checks
 * every content-visibility element for visibility on each rendered frame, so thousands of them made
 * every animation frame elsewhere on the page (a timeline zoom) pay tens of milliseconds.
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

/**
 * One paragraph: its own component so that hydrating (and re-rendering) a long article is many
 * short pieces of work React can pause between, not one long one.
 */
function Paragraph({ rows, ctx }: { rows: readonly Row<Claim>[]; ctx: RowContext }) {
  return (
    <div className="flex flex-col gap-1">
      {blocksOf(rows).map((block) => (
        <div
          key={block[0]!.start}
          className="flex flex-col gap-1 [content-visibility:auto]"
          style={{ containIntrinsicSize: `auto ${block.length * ROW_ESTIMATE_REM}rem` }}
        >
          {block.map((row) => (
            <ArticleRow key={row.start} row={row} ctx={ctx} />
          ))}
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
