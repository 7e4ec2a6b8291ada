import type { WithAttribution } from "../types";
import type { Drafting } from "./draft";
import { unique } from "./scope";

/** Times: a dated expression belongs to the nearest event before it in its clause, else after it. */
export function attachTimes(st: Drafting): void {
  const { doc } = st.scope;
  const times = st.scope.times.filter((t) => t.date || t.value.endsWith("_REF"));
  for (const tm of times) {
    const inClause = st.drafts.filter(
      (d) => d.clause.start <= tm.start && tm.start < d.clause.end && !d.timeMention,
    );
    // "Thursday's general election": a date directly before an event's phrase is its date.
    const modifies = inClause.find((d) => {
      if (d.trigger.start < tm.end) return false;
      const gap = doc.text.slice(tm.end, d.trigger.start);
      return gap.length <= 24 && /^(?:['’]s(?:\s+[\p{Ll}-]+){0,2})?\s*$/u.test(gap);
    });
    const before = inClause.filter((d) => d.trigger.end <= tm.start).at(-1);
    const target = modifies ?? before ?? inClause.find((d) => d.trigger.start >= tm.end);
    if (target) target.timeMention = tm;
  }
}

/** Actors: those named in the event's clause, else in its sentence; never the attribution cue's, nor sources. */
export function attachActors(st: Drafting): void {
  const { doc, cue } = st.scope;
  const mentions = st.scope.mentions.filter(
    (m) => !(cue && m.start >= cue.start && m.end <= cue.end),
  );
  for (const d of st.drafts) {
    const local = mentions
      .filter((m) => m.start >= d.clause.start && m.end <= d.clause.end)
      .map((m) => m.actor);
    d.actors = unique(local.length > 0 ? local : mentions.map((m) => m.actor)).filter(
      (id) => !isSourceKind(doc, id),
    );
  }
}

function isSourceKind(doc: WithAttribution, id: string): boolean {
  const kind = doc.actors.find((a) => a.id === id)?.kind;
  return kind === "media" || kind === "source";
}
