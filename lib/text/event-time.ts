import type { Event } from "../model";
import { formatIsoDate, formatIsoRange } from "./dates";

/**
 * How an event's time reads in tables and panels: "6 Jan 2026", "1–6 Jan 2026", "after 6 Jan 2026
 * (in the coming days)", "after: peace agreement", with the year-inferred mark when the text has no year.
 */
export function describeEventTime(event: Event, labelOf: (eventId: string) => string | undefined): string {
  const t = event.time;
  let when: string;
  if (t.start && (t.type === "range" || t.fuzzy)) when = formatIsoRange(t.start, t.end);
  else if (t.start) when = formatIsoDate(t.start);
  else if (t.anchor) when = `${t.anchor.relation} ${labelOf(t.anchor.event) ?? "another event"}`;
  else when = "undated";
  if (t.start && t.anchor) when = `${when} (${t.anchor.relation} ${labelOf(t.anchor.event) ?? "another event"})`;
  const notes = [t.fuzzy ? "approximate" : null, t.yearInferred ? "year inferred" : null].filter(Boolean);
  return notes.length > 0 ? `${when} · ${notes.join(", ")}` : when;
}

/** `root`: where the anchor chain's first event is told, so a chain stays together among events of the same dates (or none). */
type OrderKey = { start: string; end: string; root: number; offset: number; at: number };

/**
 * Events in the order a reader follows them: by start date, a single day before a span that starts on
 * it ("6 Jan" before "6–13 Jan"), and an event dated only by another one beside it ("before Summit in
 * Paris" just above the summit, "after" just below); then undated events as the article tells them,
 * each followed by what is dated only by it ("after a peace agreement" under the peace agreement).
 */
export function eventsInTimeOrder<E extends Event>(events: readonly E[], all: readonly Event[] = events): E[] {
  const byId = new Map(all.map((e) => [e.id, e]));
  const keys = new Map<string, OrderKey>();
  const keyOf = (e: Event, depth = 0): OrderKey => {
    const known = keys.get(e.id);
    if (known) return known;
    const at = e.evidence[0]?.start ?? 0;
    const t = e.time;
    const anchor = t.anchor ? byId.get(t.anchor.event) : undefined;
    let key: OrderKey;
    if (t.start) key = { start: t.start, end: t.end ?? t.start, root: at, offset: 0, at };
    else if (anchor && t.anchor && anchor.id !== e.id && depth < all.length) {
      const parent = keyOf(anchor, depth + 1);
      // nested anchors step half as far, so a chain stays beside its root
      const step = (t.anchor.relation === "before" ? -1 : 1) / 2 ** depth;
      key = { ...parent, offset: parent.offset + step, at };
    } else key = { start: "9999-99-99", end: "9999-99-99", root: at, offset: 0, at };
    keys.set(e.id, key);
    return key;
  };
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...events]
    .map((e) => ({ e, k: keyOf(e) }))
    .sort((p, q) => cmp(p.k.start, q.k.start) || cmp(p.k.end, q.k.end) || p.k.root - q.k.root || p.k.offset - q.k.offset || p.k.at - q.k.at)
    .map(({ e }) => e);
}
