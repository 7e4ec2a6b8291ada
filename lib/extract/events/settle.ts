import type { Event, EventTime } from "../../model";
import type { WithAttribution } from "../types";
import type { Draft } from "./draft";
import { unique } from "./scope";

const DAY = 86_400_000;

/** Final ids, times and certainty; anchors resolved now that every event exists. */
export function settle(doc: WithAttribution, drafts: Draft[]): Event[] {
  const order = drafts.filter((d) => !d.negated).sort((a, b) => a.trigger.start - b.trigger.start);
  const ids = new Map(order.map((d, i) => [d.key, `e${i + 1}`]));
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const times = new Map<number, EventTime>();
  const timeOf = (d: Draft, depth = 0): EventTime => {
    const known = times.get(d.key);
    if (known) return known;
    const t = resolveTime(
      doc,
      d,
      (k) => (depth > 8 ? undefined : timeOf(byKey.get(k)!, depth + 1)),
      ids,
    );
    times.set(d.key, t);
    return t;
  };
  return order.map((d) => {
    const time = timeOf(d);
    let certainty = d.certainty;
    // A dated future event stated plainly, or with a bare "will", is on the calendar; with "will",
    // one dated the day of writing too ("will be held on January 6" in a paper of January 6).
    const willOnly = certainty === "probable" && d.cues.every((c) => /^(?:will|shall|is to|are to)$/i.test(c));
    const ahead = time.start !== undefined && (time.start > doc.referenceDate || (willOnly && d.cues.length > 0 && time.start === doc.referenceDate));
    if ((certainty === "fact" || willOnly) && ahead) certainty = "scheduled";
    const anchorDraft = d.anchor ? byKey.get(d.anchor.key) : undefined;
    const actors = d.actors.length > 0 ? d.actors : (anchorDraft?.actors ?? []);
    const event: Event = {
      id: ids.get(d.key)!,
      label: d.label,
      kind: d.kind,
      time,
      certainty,
      actors,
      sources: doc.attributions[d.sentence]?.chain ?? [doc.outlet.id],
      evidence: d.evidence,
    };
    if (d.hypothetical) event.hypothetical = true;
    if (d.alleged) {
      event.alleged = true;
      if (d.alleged.by) event.sources = unique([d.alleged.by, ...event.sources]);
    }
    return event;
  });
}

function resolveTime(
  doc: WithAttribution,
  d: Draft,
  anchorTime: (key: number) => EventTime | undefined,
  ids: Map<number, string>,
): EventTime {
  // An anchor said not to happen was dropped: the event keeps no link to it.
  const anchor =
    d.anchor && ids.has(d.anchor.key)
      ? { event: ids.get(d.anchor.key)!, relation: d.anchor.relation }
      : undefined;
  const at = anchor && d.anchor ? anchorTime(d.anchor.key) : undefined;
  // "will deliver from 2009 to 2011": a point of a written range dates its event with the range.
  const tm = d.timeMention?.within ?? d.timeMention;
  if (tm?.date) {
    if (tm.date.fuzzy && anchor && at?.start) {
      const length = tm.date.end ? Date.parse(tm.date.end) - Date.parse(tm.date.start) : 7 * DAY;
      const from = at.end ?? at.start;
      return {
        type: "range",
        start: from,
        end: iso(Date.parse(from) + length),
        anchor,
        text: tm.text,
        fuzzy: true,
        yearInferred: at.yearInferred ?? false,
      };
    }
    const base: EventTime = {
      type: tm.date.end ? "range" : "date",
      start: tm.date.start,
      text: tm.text,
      yearInferred: tm.date.yearInferred,
    };
    if (tm.date.end) base.end = tm.date.end;
    if (tm.date.fuzzy) base.fuzzy = true;
    if (anchor) base.anchor = anchor;
    return base;
  }
  if (anchor) {
    // Something going on now "ahead of" a dated event runs from the reference date up to it.
    if (
      anchor.relation === "before" &&
      at?.start &&
      at.start > doc.referenceDate &&
      !d.hypothetical
    )
      return {
        type: "range",
        start: doc.referenceDate,
        end: at.start,
        anchor,
        yearInferred: at.yearInferred ?? false,
      };
    return { type: "relative", anchor, ...(tm ? { text: tm.text } : {}) };
  }
  return { type: "unknown", ...(tm ? { text: tm.text } : {}) };
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
