import { type Actor, type Event, Certainty } from "../../model";
import { certaintyStyle } from "../certainty";
import { strings } from "../strings";
import type { LaneMode } from "../types";

export type LaneAssignment = { lanes: { key: string; label: string }[]; laneOf: Map<string, string> };

export const OTHER_LANE = "other";
/** The lane of conditional marks when their area is stacked under the lanes (narrow layouts). */
export const CONDITIONAL_STRIP = "conditional";
const DEFAULT_MAX_LANES = 8;

/**
 * Splits events into lanes. By actor: an event goes to the lane of its first known actor; actors
 * with events get a lane each, ordered by first appearance in the text; when there are more than
 * `maxLanes`, the busiest keep theirs and the rest share "other". By certainty: the Certainty order.
 * Only lanes that receive an event are returned.
 */
export function assignLanes(
  events: readonly Event[],
  actors: readonly Actor[],
  mode: LaneMode,
  maxLanes = DEFAULT_MAX_LANES,
): LaneAssignment {
  const laneOf = new Map<string, string>();
  if (mode === "certainty") {
    for (const e of events) laneOf.set(e.id, `certainty:${e.certainty}`);
    const used = new Set(laneOf.values());
    const lanes = Certainty.filter((c) => used.has(`certainty:${c}`)).map((c) => ({
      key: `certainty:${c}`,
      label: certaintyStyle[c].label,
    }));
    return { lanes, laneOf };
  }

  const actorById = new Map(actors.map((a, i) => [a.id, { actor: a, index: i }]));
  const primary = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const e of events) {
    const first = e.actors.find((id) => actorById.has(id));
    if (first === undefined) continue;
    primary.set(e.id, first);
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const kept = new Set(
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || actorById.get(a[0])!.index - actorById.get(b[0])!.index)
      .slice(0, Math.max(1, maxLanes))
      .map(([id]) => id),
  );
  const firstSeen = (id: string) => {
    const { actor, index } = actorById.get(id)!;
    const start = actor.mentions.reduce((min, m) => Math.min(min, m.start), Number.MAX_SAFE_INTEGER);
    return [start, index] as const;
  };
  const ordered = [...kept].sort((a, b) => {
    const [sa, ia] = firstSeen(a);
    const [sb, ib] = firstSeen(b);
    return sa - sb || ia - ib;
  });
  let other = false;
  for (const e of events) {
    const p = primary.get(e.id);
    if (p !== undefined && kept.has(p)) laneOf.set(e.id, `actor:${p}`);
    else {
      laneOf.set(e.id, OTHER_LANE);
      other = true;
    }
  }
  const lanes = ordered.map((id) => ({ key: `actor:${id}`, label: actorById.get(id)!.actor.name }));
  if (other) lanes.push({ key: OTHER_LANE, label: strings.otherLane });
  return { lanes, laneOf };
}

/** Above this share of the dated events in one actor's lane, lanes by actor would say nothing. */
const ONE_ACTOR_SHARE = 0.5;

/**
 * The lanes that answer the article's question by default: by actor, unless one actor's lane would
 * hold most of the events (or there would be a single lane), where lanes by certainty tell more.
 * The `lanes` URL parameter overrides it; a URL naming the default says nothing and drops it.
 */
export function defaultLaneMode(events: readonly Event[], actors: readonly Actor[]): LaneMode {
  const { lanes, laneOf } = assignLanes(events, actors, "actor");
  if (laneOf.size === 0) return "actor";
  const counts = new Map<string, number>();
  for (const lane of laneOf.values()) counts.set(lane, (counts.get(lane) ?? 0) + 1);
  const busiest = Math.max(...[...counts.entries()].filter(([key]) => key !== OTHER_LANE).map(([, n]) => n), 0);
  return lanes.length <= 1 || busiest / laneOf.size > ONE_ACTOR_SHARE ? "certainty" : "actor";
}

/** The lanes a view shows: the one it names, else the article's default. */
export function laneModeOf(chosen: LaneMode | null, analysis: { events: readonly Event[]; actors: readonly Actor[] }): LaneMode {
  return chosen ?? defaultLaneMode(analysis.events, analysis.actors);
}
