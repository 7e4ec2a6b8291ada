import type { Analysis, Span } from "../model";
import { relationSentence } from "../text";
import { actorKindStyle, relationKindStyle } from "./style";

/** Plain strings for a hover card; the caller puts each into the DOM with `textContent`. */
export type TooltipContent = { heading: string; detail: string; evidence: string | null; attribution: string | null };

const MAX_EVIDENCE = 280;

/** The hover card of an actor or a relation, or null if the id is unknown. */
export function tooltipContent(analysis: Analysis, item: { kind: "actor" | "relation"; id: string }): TooltipContent | null {
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  if (item.kind === "actor") {
    const actor = analysis.actors.find((a) => a.id === item.id);
    if (!actor) return null;
    const n = actor.mentions.length;
    const first = actor.mentions[0];
    return {
      heading: actor.name,
      detail: `${actorKindStyle[actor.kind].label} · ${n} ${n === 1 ? "mention" : "mentions"}`,
      evidence: first ? sentenceAround(analysis.article.text, first) : null,
      attribution: null,
    };
  }
  const relation = analysis.relations.find((r) => r.id === item.id);
  if (!relation) return null;
  const from = names.get(relation.source) ?? relation.source;
  const to = names.get(relation.target) ?? relation.target;
  const first = relation.evidence[0];
  return {
    heading: relationSentence(from, relationKindStyle[relation.kind].label, to),
    detail: relation.label === relation.kind ? relation.certainty : `${relation.label} · ${relation.certainty}`,
    evidence: first ? sentenceAround(analysis.article.text, first) : null,
    attribution: attributionChain(relation.sources.map((id) => names.get(id) ?? id)),
  };
}

/** "according to A, via B" — nearest source first, the outlet last, as in the analysis. */
export function attributionChain(sourceNames: readonly string[]): string | null {
  if (sourceNames.length === 0) return null;
  const [nearest, ...rest] = sourceNames;
  return rest.length === 0 ? `according to ${nearest}` : `according to ${nearest}, via ${rest.join(", via ")}`;
}

/** The sentence that holds a span (a mention is only a name), trimmed and capped in length. */
export function sentenceAround(text: string, span: Span): string {
  let start = span.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = span.end;
  while (end < text.length && !/[.!?\n]/.test(text[end - 1]!)) end++;
  const sentence = text.slice(start, end).trim();
  return sentence.length > MAX_EVIDENCE ? sentence.slice(0, MAX_EVIDENCE - 1).trimEnd() + "…" : sentence;
}
