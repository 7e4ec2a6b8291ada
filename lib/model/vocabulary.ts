/**
 * Closed sets of the analysis. Each is one constant from which both the
 * TypeScript type and the runtime check (zod enum) are derived.
 */

export const ActorKind = [
  "state",
  "leader",
  "person",
  "official",
  "bloc",
  "alliance",
  "coalition",
  "organization",
  "media",
  "source",
  "group",
] as const;
export type ActorKind = (typeof ActorKind)[number];

/** Each actor kind as readers see it named, in filters, legends and hover cards alike. */
export const actorKindLabel: Record<ActorKind, string> = {
  state: "State",
  leader: "Leader",
  person: "Person",
  official: "Official",
  bloc: "Bloc",
  alliance: "Alliance",
  coalition: "Coalition",
  organization: "Organisation",
  media: "Media",
  source: "Source",
  group: "Group",
};

export const EventKind = [
  "summit",
  "meeting",
  "talks",
  "press_conference",
  "statement",
  "agreement",
  "proposal",
  "deployment",
  "monitoring",
  "ceasefire",
  "sanctions",
  "election",
  "visit",
  "attack",
  "withdrawal",
  "aid",
  "legal",
  "economic",
  "other",
] as const;
export type EventKind = (typeof EventKind)[number];

/**
 * Ordered from most to least certain; the timeline and filters rely on this order. `proposed`:
 * demanded, proposed, offered or under discussion, not agreed: someone has put it on the table,
 * which says more than that it may happen (`possible`), less than that it is expected (`probable`).
 */
export const Certainty = ["fact", "scheduled", "probable", "proposed", "possible", "conditional", "unclear"] as const;
export type Certainty = (typeof Certainty)[number];

export const RelationKind = [
  "cooperates",
  "negotiates",
  "supports",
  "provides",
  "demands",
  "opposes",
  "reports",
  "attacks",
  "sanctions",
  "meets",
] as const;
export type RelationKind = (typeof RelationKind)[number];

export const TimeType = ["date", "range", "relative", "unknown"] as const;
export type TimeType = (typeof TimeType)[number];

export const AnchorRelation = ["before", "after", "during"] as const;
export type AnchorRelation = (typeof AnchorRelation)[number];

/** TIMEX3 types (ISO-TimeML). */
export const TimexType = ["DATE", "TIME", "DURATION", "SET"] as const;
export type TimexType = (typeof TimexType)[number];

/** `inferred`: read from the article's own text (a date written in full), with its evidence. */
export const ReferenceBasis = ["published", "assumed", "inferred"] as const;
export type ReferenceBasis = (typeof ReferenceBasis)[number];
