import type { TimeMention } from "../time";
import type { WithAttribution } from "../types";
import type { Drafting } from "./draft";
import { unique } from "./scope";

/**
 * Times: a dated expression belongs to the event it modifies ("Thursday's election"), else to the
 * nearest event before it in its clause (when that one is dated already, to no earlier one); only
 * a time left over goes to the first event after it. A time right after a verb of saying dates
 * the saying, which is no event here.
 * "On December 26, the paper reported that they plan to hold talks next month": the talks are
 * next month; the date before them is the report's.
 */
export function attachTimes(st: Drafting): void {
  const { doc } = st.scope;
  const times = st.scope.times.filter((t) => t.date || t.value.endsWith("_REF"));
  const inClause = (tm: TimeMention) =>
    st.drafts.filter(
      (d) => d.clause.start <= tm.start && tm.start < d.clause.end && !d.timeMention,
    );
  const left: TimeMention[] = [];
  for (const tm of times) {
    if (datesTheSaying(doc.text.slice(st.scope.s.start, tm.start))) continue;
    const drafts = inClause(tm);
    // "Thursday's general election": a date directly before an event's phrase is its date.
    const modifies = drafts.find((d) => {
      if (d.trigger.start < tm.end) return false;
      const gap = doc.text.slice(tm.end, d.trigger.start);
      return gap.length <= 24 && /^(?:['’]s(?:\s+[\p{Ll}-]+){0,2})?\s*$/u.test(gap);
    });
    // "arrested on Saturday evening (Oct 25)": a second time for the event just dated never hops
    // back over it to an earlier one ("suspects in the heist … were arrested").
    const before = st.drafts
      .filter(
        (d) =>
          d.clause.start <= tm.start &&
          tm.start < d.clause.end &&
          d.trigger.end <= tm.start &&
          !aside(doc.text.slice(d.trigger.end, tm.start)),
      )
      .at(-1);
    const target = modifies ?? (before && !before.timeMention ? before : undefined);
    if (target) target.timeMention = tm;
    else left.push(tm);
  }
  for (const tm of left) {
    const target = inClause(tm).find((d) => d.trigger.start >= tm.end);
    if (target) target.timeMention = tm;
  }
}

// "the suspects were arrested, the prosecutor said on Sunday", "X said Sunday that …": a time
// right after a verb of saying dates the saying, not the act it reports.
const SAID_THEN =
  /\b(?:said|says|told\s+(?:\p{L}+\s+){0,2}?|stated|added|wrote|posted|tweeted|confirmed|reported)\s+(?:(?:on|late|early|last|this)\s+)?$/iu;
const datesTheSaying = (before: string) => SAID_THEN.test(before);

// "the meeting of the coalition, launched in the spring", "the talks in Brussels, whose host was
// elected in 2019": a clause set off by a comma after a noun that is not the event, opened by a
// participle, says when that noun began, not when the event is; unless it schedules, holds or
// runs the event ("the summit in Paris, scheduled for Friday", "the talks, which ended Sunday").
const ASIDE =
  /^\s*[^\s,].*?,\s*(?:(?:which|who|whose|that)\s+(?:\p{L}+\s+){0,2})?(\p{Ll}+(?:ed|en|wn))\b/su;
const OF_THE_EVENT =
  /^(?:scheduled|rescheduled|planned|slated|timed|convened|postponed|delayed|moved|pushed|called|organi[sz]ed|hosted|chaired|attended|started|opened|ended|closed|concluded|finished|wrapped|resumed|continued|lasted|extended|cancel+ed)$/;
const aside = (between: string) => {
  const m = ASIDE.exec(between);
  return !!m && !OF_THE_EVENT.test(m[1]!);
};

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
