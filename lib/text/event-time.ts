import type { Event } from "../model/analysis";
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

/** A sort key that puts dated events first in time order, then anchored and undated ones. */
export function eventSortKey(event: Event): string {
  return event.time.start ?? "9999-99-99";
}
