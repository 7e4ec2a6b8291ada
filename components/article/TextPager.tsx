"use client";

import { useEffect, useRef } from "react";
import { messages } from "@/lib/messages";

const button = "rounded border border-border px-2 py-0.5 hover:bg-bg";

/**
 * Where a long article's rendered text stops: how many passages are shown, and buttons that render
 * more, in the style of the tables. When the last rows come in, the buttons go and focus moves to
 * the count, so a keyboard user is not dropped to the top of the page.
 */
export function TextPager({
  shown,
  total,
  more,
  onMore,
  onAll,
}: {
  shown: number;
  total: number;
  /** rows the next "show more" adds */
  more: number;
  onMore: () => void;
  onAll: () => void;
}) {
  const status = useRef<HTMLSpanElement>(null);
  const pressed = useRef(false);
  const done = more === 0;
  useEffect(() => {
    if (done && pressed.current) status.current?.focus();
  }, [done]);
  const press = (action: () => void) => () => {
    pressed.current = true;
    action();
  };
  return (
    <div className="flex flex-wrap items-center gap-2 border-t border-border pt-2 text-sm" data-testid="text-pager">
      <span ref={status} role="status" tabIndex={-1} className="text-fg-muted">
        {messages.textPassagesShown(shown, total)}
      </span>
      {!done && (
        <>
          <button type="button" className={button} onClick={press(onMore)}>
            {messages.textShowMore(more)}
          </button>
          <button type="button" className={button} onClick={press(onAll)}>
            {messages.textShowAll(total)}
          </button>
        </>
      )}
    </div>
  );
}
