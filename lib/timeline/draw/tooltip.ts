import type { Analysis, Event, Span } from "../../model";
import { certaintyStyle } from "../certainty";

export type TooltipContent = { title: string; meta: string; sentence: string; chain: string | null };

const MAX_SENTENCE = 400;

/** Widens a span to the sentence around it: back to the previous terminator or line break, on to the next. */
export function sentenceAround(text: string, span: Span): string {
  let start = Math.max(0, Math.min(span.start, text.length));
  while (start > 0 && !/[.!?…]\s|\n/.test(text.slice(start - 2, start)) && text[start - 1] !== "\n") start--;
  let end = Math.max(start, Math.min(span.end, text.length));
  while (end < text.length && !/[.!?…]/.test(text[end - 1] ?? "") && text[end] !== "\n") end++;
  while (end < text.length && /[»"”’)]/.test(text[end]!)) end++;
  const sentence = text.slice(start, end).trim();
  return sentence.length > MAX_SENTENCE ? sentence.slice(0, MAX_SENTENCE - 1).trimEnd() + "…" : sentence;
}

/** Who said it, nearest source first and the outlet last: "European official → Bloomberg → Voennoe Delo". */
export function attributionChain(analysis: Pick<Analysis, "actors">, sources: readonly string[]): string | null {
  if (sources.length === 0) return null;
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  return sources.map((id) => names.get(id) ?? id).join(" → ");
}

/** What hovering or focusing an event shows: plain strings, to be set as textContent. */
export function eventTooltip(analysis: Analysis, event: Event, dateText: string): TooltipContent {
  const span = event.evidence[0];
  return {
    title: event.label,
    meta: `${dateText} · ${certaintyStyle[event.certainty].label}`,
    sentence: span ? sentenceAround(analysis.article.text, span) : "",
    chain: attributionChain(analysis, event.sources),
  };
}
