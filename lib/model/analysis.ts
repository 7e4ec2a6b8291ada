import { z } from "zod";
import {
  ActorKind,
  AnchorRelation,
  Certainty,
  EventKind,
  ReferenceBasis,
  RelationKind,
  TimeType,
  TimexType,
} from "./vocabulary";

/** The analysis format version; bump on any breaking change to the schemas below. */
export const SCHEMA_VERSION = 1 as const;

const isoDate = z.iso.date().describe("ISO calendar date, YYYY-MM-DD");
const id = z.string().min(1).max(200);

/** A half-open range of JavaScript string offsets into `article.text`. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end > s.start, { message: "a span must be non-empty (end > start)" })
  .describe("text.slice(start, end) is the evidence");
export type Span = z.infer<typeof Span>;

export const ArticleMeta = z.object({
  id,
  title: z.string(),
  dek: z.string().optional(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  published: isoDate.nullable(),
  referenceDate: z.object({
    date: isoDate,
    basis: z.enum(ReferenceBasis),
    evidence: Span.optional().describe("where the text states the inferred date"),
  }),
  language: z.string(),
  text: z.string(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Actor = z.object({
  id,
  name: z.string(),
  kind: z.enum(ActorKind),
  aliases: z.array(z.string()),
  mentions: z.array(Span),
});
export type Actor = z.infer<typeof Actor>;

export const EventTime = z.object({
  type: z.enum(TimeType),
  start: isoDate.optional(),
  end: isoDate.optional(),
  anchor: z.object({ event: id, relation: z.enum(AnchorRelation) }).optional(),
  text: z.string().optional(),
  yearInferred: z.boolean().optional().describe("the year is not in the text: it was taken from the reference date"),
  fuzzy: z.boolean().optional().describe("a vague window such as 'in the coming days': start/end are its plausible bounds"),
});
export type EventTime = z.infer<typeof EventTime>;

export const Event = z.object({
  id,
  label: z.string(),
  kind: z.enum(EventKind),
  time: EventTime,
  certainty: z.enum(Certainty),
  hypothetical: z.boolean().optional().describe("only mentioned as a condition, e.g. 'after a peace agreement is reached'"),
  alleged: z.boolean().optional().describe("only alleged or hearsay: 'allegedly', 'reportedly', 'accused of'; its sources start with the accuser when named"),
  actors: z.array(id),
  sources: z.array(id).describe("attribution chain, nearest source first, the outlet last"),
  evidence: z.array(Span).min(1),
});
export type Event = z.infer<typeof Event>;

export const Relation = z.object({
  id,
  source: id,
  target: id,
  kind: z.enum(RelationKind),
  label: z.string(),
  certainty: z.enum(Certainty),
  sources: z.array(id),
  evidence: z.array(Span).min(1),
});
export type Relation = z.infer<typeof Relation>;

export const Claim = z.object({
  id,
  evidence: Span,
  sources: z.array(id).describe("attribution chain, nearest source first, the outlet last"),
  evaluative: z.boolean().describe("opinion or loaded framing rather than reported fact"),
  cues: z.array(z.string()).optional().describe("the words that made the claim evaluative"),
});
export type Claim = z.infer<typeof Claim>;

export const TimeExpression = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: z.enum(TimexType),
  value: z.string().describe("ISO-TimeML normalised value, e.g. 2026-01-06, 2026-W02, P3D, FUTURE_REF"),
});
export type TimeExpression = z.infer<typeof TimeExpression>;

export const Analysis = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: ArticleMeta,
  actors: z.array(Actor),
  events: z.array(Event),
  relations: z.array(Relation),
  claims: z.array(Claim),
  timeExpressions: z.array(TimeExpression),
  warnings: z.array(z.string()).optional(),
});
export type Analysis = z.infer<typeof Analysis>;
