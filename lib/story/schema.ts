import { z } from "zod";
import { Analysis, EventTime, Span, ActorKind, Certainty, EventKind, RelationKind } from "../model";

/** The story format version; bump on any breaking change to the schemas below. */
export const STORY_SCHEMA_VERSION = 1 as const;

const id = z.string().min(1).max(200);
const isoDate = z.iso.date();

/**
 * How a story actor was found in one article: the pipeline's own actor, a role phrase ("the
 * French president"), or a name another article gave that this article's analysis missed.
 */
export const MentionVia = ["actor", "role", "name"] as const;

export const StoryActorMention = z.object({
  article: id,
  actor: id
    .nullable()
    .describe("the article's own actor id; null for a role phrase or a name the story found"),
  name: z.string().describe("the name as this article gives it"),
  via: z.enum(MentionVia),
  spans: z.array(Span),
});
export type StoryActorMention = z.infer<typeof StoryActorMention>;

export const StoryActor = z.object({
  id,
  name: z.string(),
  kind: z.enum(ActorKind),
  aliases: z.array(z.string()),
  roles: z.array(z.string()).describe("titles the articles give, e.g. 'French President'"),
  mentions: z.array(StoryActorMention).min(1),
});
export type StoryActor = z.infer<typeof StoryActor>;

/** One article's report of a story event: as that article dated it, qualified it and attributed it. */
export const EventReport = z.object({
  article: id,
  event: id.describe("the article's own event id"),
  label: z.string(),
  kind: z.enum(EventKind),
  time: EventTime.describe("as the article resolved it against its own reference date"),
  certainty: z.enum(Certainty),
  hypothetical: z.boolean().optional(),
  actors: z.array(id).describe("story actor ids"),
  sources: z
    .array(id)
    .describe(
      "story actor ids: the article's attribution chain, nearest source first, the outlet last",
    ),
  evidence: z.array(Span).min(1),
  sentence: z.string().describe("the evidence sentence"),
});
export type EventReport = z.infer<typeof EventReport>;

/** One article's status for an event, in order of publication. */
export const HistoryEntry = z.object({
  article: id,
  outlet: z.string().nullable(),
  date: isoDate.describe("the article's reference date (its publication date when known)"),
  certainty: z.enum(Certainty),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** A date some articles give the event; several are kept side by side, never averaged. */
export const ReportedDate = z.object({
  start: isoDate,
  end: isoDate,
  articles: z.array(id),
});
export type ReportedDate = z.infer<typeof ReportedDate>;

export const StoryEvent = z.object({
  id,
  label: z.string(),
  kind: z.enum(EventKind),
  reports: z.array(EventReport).min(1),
  history: z.array(HistoryEntry).min(1),
  dates: z.array(ReportedDate),
  dateConflict: z.boolean().describe("articles give dates that do not overlap"),
  articles: z.array(id),
});
export type StoryEvent = z.infer<typeof StoryEvent>;

export const RelationReport = z.object({
  article: id,
  relation: id,
  certainty: z.enum(Certainty),
  sources: z.array(id),
  evidence: z.array(Span).min(1),
});

export const StoryRelation = z.object({
  id,
  source: id,
  target: id,
  kind: z.enum(RelationKind),
  support: z.number().int().positive().describe("how many articles report it"),
  articles: z.array(id),
  reports: z.array(RelationReport).min(1),
});
export type StoryRelation = z.infer<typeof StoryRelation>;

/** What a cited source is: a news agency or outlet, a leader or official, another named person, an unnamed source, a state or organisation. */
export const SourceRole = [
  "agency",
  "official",
  "person",
  "unnamed",
  "institution",
  "other",
] as const;

export const OutletSource = z.object({
  actor: id.describe("story actor id"),
  name: z.string(),
  role: z.enum(SourceRole),
  claims: z.number().int().nonnegative(),
});

export const OutletFraming = z.object({
  claim: id.describe("the article's own claim id"),
  evidence: Span.describe("its sentence, in the article's text"),
  words: z
    .array(z.string())
    .describe("the loaded words and phrases that make it evaluative ('portrayed', 'so-called')"),
  quoted: z
    .array(z.string())
    .describe("the short phrases it sets in quotation marks with no speaker (distancing quotes)"),
});
export type OutletFraming = z.infer<typeof OutletFraming>;

export const OutletProfile = z.object({
  article: id,
  outlet: z.string().nullable(),
  published: isoDate.nullable(),
  sources: z.array(OutletSource),
  claims: z.number().int().nonnegative(),
  unattributedEvaluative: z
    .number()
    .int()
    .nonnegative()
    .describe("evaluative claims attributed to the outlet alone"),
  unattributedEvaluativeShare: z.number().min(0).max(1),
  framing: z
    .array(OutletFraming)
    .describe("those evaluative claims, each with its sentence and cues, in the order of the text"),
  exclusiveEvents: z.array(id).describe("story events only this article reports"),
});
export type OutletProfile = z.infer<typeof OutletProfile>;

export const StoryArticle = z.object({
  id,
  title: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  published: isoDate.nullable(),
  referenceDate: isoDate,
});

export const StoryAnalysis = z.object({
  schemaVersion: z.literal(STORY_SCHEMA_VERSION),
  kind: z.literal("story"),
  articles: z.array(StoryArticle).min(1).describe("in order of publication"),
  actors: z.array(StoryActor),
  events: z.array(StoryEvent),
  relations: z.array(StoryRelation),
  outlets: z.array(OutletProfile),
  analyses: z
    .array(Analysis)
    .describe("each article's own analysis: every span above slices its article's text"),
});
export type StoryAnalysis = z.infer<typeof StoryAnalysis>;
