"use client";

import { useId, useImperativeHandle, useRef, type Ref, type RefObject } from "react";
import type { Analysis } from "@/lib/model";
import { eventTooltip, type TimelineLayout } from "@/lib/timeline";

export type TooltipHandle = { show(id: string, anchor: Element): void; hide(): void };

type Props = {
  ref: Ref<TooltipHandle>;
  analysis: Analysis;
  /** null until the live chart is drawn (the static drawing shows no tooltips) */
  layout: TimelineLayout | null;
  hostRef: RefObject<HTMLElement | null>;
};

/**
 * The hover/focus card: evidence sentence and attribution chain. Filled with textContent only
 * (article text is untrusted) and positioned imperatively, so hovering never re-renders React.
 */
export function TimelineTooltip({ ref, analysis, layout, hostRef }: Props) {
  const id = `nl-tip-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const box = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLElement>(null);
  const meta = useRef<HTMLDivElement>(null);
  const sentence = useRef<HTMLQuoteElement>(null);
  const chain = useRef<HTMLDivElement>(null);
  const described = useRef<Element | null>(null);

  useImperativeHandle(
    ref,
    () => ({
      show(eventId, anchor) {
        const event = analysis.events.find((e) => e.id === eventId);
        const mark = layout?.marks.find((m) => m.id === eventId);
        const el = box.current;
        const host = hostRef.current;
        if (!event || !mark || !el || !host) return;
        const content = eventTooltip(analysis, event, mark.dateText);
        title.current!.textContent = content.title;
        meta.current!.textContent = content.meta;
        sentence.current!.textContent = content.sentence;
        chain.current!.textContent = content.chain ? `Source: ${content.chain}` : "";
        chain.current!.hidden = !content.chain;
        const a = anchor.getBoundingClientRect();
        const h = host.getBoundingClientRect();
        const left = Math.max(0, Math.min(a.left - h.left, h.width - 320));
        el.style.left = `${Math.round(left)}px`;
        el.style.top = `${Math.round(a.bottom - h.top + 8)}px`;
        el.hidden = false;
        described.current?.removeAttribute("aria-describedby");
        anchor.setAttribute("aria-describedby", id);
        described.current = anchor;
      },
      hide() {
        if (box.current) box.current.hidden = true;
        described.current?.removeAttribute("aria-describedby");
        described.current = null;
      },
    }),
    [analysis, layout, hostRef, id],
  );

  return (
    <div
      ref={box}
      id={id}
      role="tooltip"
      hidden
      className="pointer-events-none absolute z-10 w-[min(20rem,100%)] rounded-md border border-neutral-300 bg-white p-2 text-xs text-neutral-900 shadow-lg dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <strong ref={title} className="block text-sm" />
      <div ref={meta} className="text-neutral-600 dark:text-neutral-400" />
      <blockquote ref={sentence} className="my-1 border-l-2 border-neutral-300 pl-2 italic dark:border-neutral-600" />
      <div ref={chain} className="text-neutral-600 dark:text-neutral-400" />
    </div>
  );
}
