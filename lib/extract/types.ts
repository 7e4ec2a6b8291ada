import type { Span, ActorKind, AnchorRelation, Certainty } from "../model";
import type { TimeMention } from "./time";

/** A sentence of the article body, with its offsets and the paragraph it belongs to. */
export type Sentence = Span & { index: number; paragraph: number };

/** Stage 1 (segment): the text cut into paragraphs and sentences. */
export type Segmented = {
  text: string;
  referenceDate: string;
  /** the outlet, the source of every sentence nobody else is said to have said */
  outlet: { id: string; name: string };
  paragraphs: Span[];
  sentences: Sentence[];
};

export type ActorDraft = { id: string; name: string; kind: ActorKind; aliases: string[] };
export type ActorMention = Span & {
  actor: string;
  sentence: number;
  via: "gazetteer" | "ner" | "coref" | "pattern";
};

/** Stage 2 (actors): who is mentioned where. */
export type WithActors = Segmented & { actors: ActorDraft[]; mentions: ActorMention[] };

/** Stage 3 (time): every temporal expression. */
export type WithTime = WithActors & { times: TimeMention[] };

/** A clause of a sentence with the certainty its wording gives it. */
export type Clause = Span & { sentence: number; certainty: Certainty; cues: string[] };

/** Stage 4 (modality): clauses and their certainty. */
export type WithModality = WithTime & { clauses: Clause[] };

/**
 * Who a sentence is attributed to: actor ids, nearest source first, the outlet last. `told` is
 * whom the source spoke to ("X told Reuters"), a link of the chain only when the article cites it
 * as a source of its own.
 */
export type Attribution = { sentence: number; chain: string[]; cue?: Span; told?: string };

/** Stage 5 (attribution). */
export type WithAttribution = WithModality & { attributions: Attribution[] };

export type EventAnchorDraft = { event: string; relation: AnchorRelation };
