import type { ActorKind, Certainty } from "../model";

/** What can be selected in any view; one selection is shared by the timeline, the graph and the text. */
export const SelectionKind = ["event", "actor", "relation", "claim"] as const;
export type SelectionKind = (typeof SelectionKind)[number];
export type Selection = { kind: SelectionKind; id: string } | null;

/** Filters narrow what every view shows. Empty arrays mean "no constraint". */
export type Filters = {
  actors: string[];
  kinds: ActorKind[];
  certainty: Certainty[];
  /** actor ids of sources; the outlet's own unattributed framing is the outlet actor's id */
  sources: string[];
  q: string;
};

export const noFilters: Filters = { actors: [], kinds: [], certainty: [], sources: [], q: "" };

/** Ids of the items each view should show (after filters) or emphasise (linked to the selection). */
export type ItemSets = {
  events: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  claims: ReadonlySet<string>;
};
