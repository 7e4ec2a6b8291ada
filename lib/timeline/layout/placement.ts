import type { Event } from "../../model";
import type { Placement } from "../types";

export const DAY = 86_400_000;
/** How far (px) an event "after"/"before" an undated-by-itself anchor sits from it. */
export const RELATIVE_OFFSET = 28;
/** A "before" range whose start is not given begins this long before its anchor when the reference date is no earlier. */
const OPEN_START_SPAN = 3 * DAY;
const MAX_CONDITIONAL_DEPTH = 3;

/** Milliseconds at UTC midnight of an ISO calendar date, or null. */
export function parseIsoDate(s: string | undefined | null): number | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? t : null;
}

/** The time span a placement covers, or null when it has no time (conditional, undated). */
export function placementSpan(p: Placement): [number, number] | null {
  switch (p.kind) {
    case "point":
    case "relative":
      return [p.t, p.t];
    case "range":
    case "fuzzy":
      return [p.t0, p.t1];
    default:
      return null;
  }
}

/**
 * Places every event in time. Dates given on the event win; otherwise the event hangs off its anchor:
 * "before" a dated anchor becomes a range with an open start ending at the anchor (talks ahead of a
 * summit), "after"/"during" sit a fixed pixel offset from it. An event that is hypothetical, or whose
 * anchor chain reaches one, is conditional; one with neither dates nor a usable anchor is undated.
 */
export function placeEvents(events: readonly Event[], referenceT: number): Map<string, Placement> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const placed = new Map<string, Placement>();
  const hypo = new Map<string, boolean>();
  const visiting = new Set<string>();
  const checking = new Set<string>();

  const isHypothetical = (e: Event): boolean => {
    const known = hypo.get(e.id);
    if (known !== undefined) return known;
    if (checking.has(e.id)) return false;
    checking.add(e.id);
    const anchor = e.time.anchor ? byId.get(e.time.anchor.event) : undefined;
    const result = e.hypothetical === true || (anchor !== undefined && isHypothetical(anchor));
    checking.delete(e.id);
    hypo.set(e.id, result);
    return result;
  };

  const place = (e: Event, depth: number): Placement => {
    const known = placed.get(e.id);
    if (known) return known;
    if (visiting.has(e.id) || depth > events.length) return { kind: "undated" };
    visiting.add(e.id);
    const result = compute(e, depth);
    visiting.delete(e.id);
    placed.set(e.id, result);
    return result;
  };

  const compute = (e: Event, depth: number): Placement => {
    const anchor = e.time.anchor ? byId.get(e.time.anchor.event) : undefined;
    if (isHypothetical(e)) {
      const parent = anchor && isHypothetical(anchor) ? place(anchor, depth + 1) : null;
      const d = parent?.kind === "conditional" ? Math.min(parent.depth + 1, MAX_CONDITIONAL_DEPTH) : 0;
      return { kind: "conditional", depth: d };
    }
    const own = ownPlacement(e);
    if (own) return own;
    if (!anchor || !e.time.anchor) return { kind: "undated" };
    const at = place(anchor, depth + 1);
    const relation = e.time.anchor.relation;
    if (at.kind === "conditional" || at.kind === "undated") return { kind: "undated" };
    if (at.kind === "relative") {
      const dx = relation === "after" ? RELATIVE_OFFSET : relation === "before" ? -RELATIVE_OFFSET : 0;
      return { kind: "relative", t: at.t, dx: at.dx + dx };
    }
    const [start, end] = placementSpan(at)!;
    if (relation === "before") {
      const t0 = referenceT < start ? referenceT : start - OPEN_START_SPAN;
      return { kind: "range", t0, t1: start, openStart: true };
    }
    if (relation === "after") return { kind: "relative", t: end, dx: RELATIVE_OFFSET };
    return { kind: "relative", t: start, dx: 0 };
  };

  for (const e of events) place(e, 0);
  return placed;
}

function ownPlacement(e: Event): Placement | null {
  const start = parseIsoDate(e.time.start);
  const end = parseIsoDate(e.time.end);
  if (start !== null && end !== null && end > start) {
    return e.time.fuzzy ? { kind: "fuzzy", t0: start, t1: end } : { kind: "range", t0: start, t1: end, openStart: false };
  }
  if (start !== null) return { kind: "point", t: start };
  if (end !== null) return { kind: "point", t: end };
  return null;
}
