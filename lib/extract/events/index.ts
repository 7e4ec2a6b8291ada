import type { Event, EventTime, Span } from "../../model/analysis";
import type { AnchorRelation, Certainty, EventKind } from "../../model/vocabulary";
import { certaintyAt, weakest } from "../modality";
import type { TimeMention } from "../time";
import { tokenize, type Token } from "../tokens";
import type { Clause, WithAttribution } from "../types";
import { findAnchorCues, isPosited } from "./anchors";
import { leftEdge, objectEdge, phrase, rightEdge, type Words } from "./phrases";
import { findTriggers, type Trigger } from "./triggers";
import { groupBySentence, spansBySentence } from "../by-sentence";

export type WithEvents = WithAttribution & { events: Event[] };

/** An event while the stage builds it; ids and times are settled at the end. */
type Draft = {
  key: number;
  sentence: number;
  clause: Clause;
  kind: EventKind;
  label: string;
  trigger: Span;
  labelTokens: [number, number];
  certainty: Certainty;
  /** the hedges that set the certainty */
  cues: string[];
  hypothetical: boolean;
  /** alleged or hearsay; the accuser when one is named ("X accused Y of …") */
  alleged?: { by?: string };
  anchor?: { key: number; relation: AnchorRelation };
  timeMention?: TimeMention;
  evidence: Span[];
  actors: string[];
};

const GATHERINGS: EventKind[] = ["summit", "meeting", "talks"];
const DEFINITE = new Set(["the", "this", "that", "these", "those"]);
const PASSIVE_AUX = new Set(["be", "been", "being", "is", "are", "was", "were"]);
const CHAIN_LINKS = new Set(["in", "by", "to", "for", "of"]);
const DAY = 86_400_000;

/**
 * Stage 6: events. Triggers (strong event nouns, event verbs, light verbs with an event noun)
 * become events labelled by their phrase; definite mentions ("the meeting") corefer with earlier
 * events; anchor phrases ("following the meeting", "after a peace agreement is reached") link
 * events, creating hypothetical ones where only posited; times attach within the clause.
 */
export function findEvents(doc: WithAttribution): WithEvents {
  const drafts: Draft[] = [];
  let nextKey = 0;
  const mentionsBy = groupBySentence(doc.mentions);
  const clausesBy = groupBySentence(doc.clauses);
  const timesBy = spansBySentence(doc.times, doc.sentences);
  for (const s of doc.sentences) {
    const tokens = tokenize(doc.text.slice(s.start, s.end), s.start);
    if (tokens.length === 0) continue;
    const sentenceTimes = timesBy.get(s.index) ?? [];
    const words: Words = {
      text: tokens.map((t) => t.text),
      lower: tokens.map((t) => t.text.toLowerCase()),
      timed: tokens.map((t) => sentenceTimes.some((x) => t.start >= x.start && t.end <= x.end)),
    };
    const clauses = clausesBy.get(s.index) ?? [];
    const clauseOf = (ti: number) =>
      clauses.find((c) => tokens[ti]!.start >= c.start && tokens[ti]!.start < c.end) ?? clauses[0]!;
    const attributionCue = doc.attributions[s.index]?.cue;
    const inCue = (ti: number) =>
      !!attributionCue &&
      tokens[ti]!.start >= attributionCue.start &&
      tokens[ti]!.end <= attributionCue.end;
    const named = (mentionsBy.get(s.index) ?? []).filter((m) => m.end - m.start > 3);
    const inName = (ti: number) =>
      named.some((m) => tokens[ti]!.start >= m.start && tokens[ti]!.end <= m.end);
    const triggers = findTriggers(words.lower).filter((t) => !inCue(t.start) && !inName(t.start));
    const anchors = findAnchorCues(words.lower);
    const sentenceDrafts: Draft[] = [];
    const consumed = new Set<Trigger>();

    const make = (t: Trigger, from: number, to: number, kind: EventKind): Draft => {
      const clause = clauseOf(t.start);
      const next = triggers.find((o) => o.start > t.end - 1 && o !== t);
      const hedged = certaintyAt(
        doc.text,
        clause,
        tokens[t.start]!.start,
        tokens[t.end - 1]!.end,
        next ? tokens[next.start]!.start : clause.end,
      );
      const alleged = allegation(doc, s, clause, tokens[from]!.start, tokens[t.end - 1]!.end);
      const certainty = weakest(
        infinitiveCertainty(words, from, hedged.certainty),
        alleged ? "possible" : "fact",
      );
      return {
        ...(alleged ? { alleged } : {}),
        key: nextKey++,
        sentence: s.index,
        clause,
        kind,
        label: phrase(doc.text, tokens, from, to),
        trigger: { start: tokens[t.start]!.start, end: tokens[t.end - 1]!.end },
        labelTokens: [from, to],
        certainty,
        cues: hedged.cues,
        hypothetical: false,
        evidence: [{ start: s.start, end: s.end }],
        actors: [],
      };
    };

    for (const t of triggers) {
      if (consumed.has(t)) continue;
      const clause = clauseOf(t.start);
      const limit = tokenIndexBefore(tokens, clause.end);
      if (t.pos === "light") {
        // "a run-off would be held", "the exchange could take place": the subject is the event.
        const passive =
          PASSIVE_AUX.has(words.lower[t.start - 1] ?? "") ||
          (/^(?:take|takes|took|taken|taking)$/.test(words.lower[t.start]!) &&
            words.lower[t.end] === "place");
        if (passive) {
          const subject = [...triggers]
            .reverse()
            .find(
              (n) =>
                n.pos === "noun" &&
                n.end <= t.start &&
                t.start - n.end <= 4 &&
                !consumed.has(n) &&
                noPunct(words, n.end, t.start),
            );
          if (subject) {
            // The event keeps its noun's label ("Peace agreement"); the verb brings its hedges, and tells whether it is only posited.
            let draft = sentenceDrafts.find(
              (d) => d.trigger.start === tokens[subject.start]!.start,
            );
            if (!draft) {
              consumed.add(subject);
              const nounEnd = Math.max(subject.end, rightEdge(words, subject.end, t.start));
              draft = make(
                subject,
                leftEdge(words, subject.start, clauseStartToken(tokens, clause)),
                nounEnd,
                subject.kind,
              );
              sentenceDrafts.push(draft);
            }
            const onVerb = certaintyAt(
              doc.text,
              clause,
              tokens[t.start]!.start,
              tokens[t.end - 1]!.end,
              clause.end,
            );
            draft.certainty = weakest(draft.certainty, onVerb.certainty);
            draft.cues = [...draft.cues, ...onVerb.cues];
            const opener = draft.labelTokens[0];
            if (
              CONDITIONS.has(words.lower[opener - 1] ?? "") ||
              CONDITIONS.has(words.lower[opener - 2] ?? "")
            ) {
              draft.hypothetical = true;
              draft.certainty = "conditional";
            }
            continue;
          }
        }
        const noun = triggers.find(
          (n) =>
            n.pos === "noun" &&
            n.start > t.end - 1 &&
            n.start - t.end <= 3 &&
            !consumed.has(n) &&
            noPunct(words, t.end, n.start),
        );
        if (!noun) continue;
        consumed.add(noun);
        const end = Math.max(noun.end, rightEdge(words, noun.end, limit));
        sentenceDrafts.push(make(noun, t.start, end, noun.kind));
        continue;
      }
      const gerund =
        t.pos === "noun" &&
        /ing$/.test(words.lower[t.end - 1]!) &&
        DEFINITE_OR_INDEFINITE.has(words.lower[t.end] ?? "");
      // "a supply boat", "the Philippine supply": a verb's form used as a noun modifier.
      if (
        t.pos === "verb" &&
        /^(?:a|an|the|this|its|their)$/.test(words.lower[t.start - 1] ?? "") &&
        !/(?:ed|ing)$/.test(words.lower[t.start]!)
      )
        continue;
      if (t.pos === "verb" || gerund) {
        const end = Math.max(t.end, objectEdge(words, t.end, limit));
        for (const n of triggers) if (n !== t && n.start >= t.end && n.end <= end) consumed.add(n);
        const draft = make(t, t.start, end, t.kind);
        // A passive keeps its subject, without the auxiliaries: "Washington’s proposals … folded into a broader plan".
        if (t.pos === "verb" && PASSIVE_AUX.has(words.lower[t.start - 1] ?? "")) {
          const subject = passiveSubject(doc, words, tokens, t.start, clause);
          if (subject)
            draft.label = `${subject.text} ${draft.label.charAt(0).toLowerCase()}${draft.label.slice(1)}`;
          // "Sanctions were imposed": the subject is itself the event.
          const same =
            subject &&
            sentenceDrafts.find(
              (d) =>
                d.clause === clause &&
                d.trigger.start >= subject.start &&
                d.trigger.end <= tokens[t.start]!.start,
            );
          if (same) {
            same.label = draft.label;
            same.labelTokens = [same.labelTokens[0], draft.labelTokens[1]];
            continue;
          }
        }
        sentenceDrafts.push(draft);
        continue;
      }
      if (t.pos === "noun" && t.strong) {
        const from = leftEdge(words, t.start, clauseStartToken(tokens, clause));
        sentenceDrafts.push(make(t, from, Math.max(t.end, rightEdge(words, t.end, limit)), t.kind));
      }
    }

    // Chains such as "assist in monitoring a ceasefire by supplying intelligence" are one event.
    for (let i = sentenceDrafts.length - 1; i > 0; i--) {
      const a = sentenceDrafts[i - 1]!;
      const b = sentenceDrafts[i]!;
      const gap = b.labelTokens[0] - a.labelTokens[1];
      if (
        a.clause === b.clause &&
        gap >= 0 &&
        gap <= 1 &&
        (gap === 0 || CHAIN_LINKS.has(words.lower[a.labelTokens[1]]!))
      ) {
        a.labelTokens = [a.labelTokens[0], b.labelTokens[1]];
        a.label = phrase(doc.text, tokens, a.labelTokens[0], a.labelTokens[1]);
        if (a.kind === "aid" || a.kind === "other") a.kind = b.kind;
        sentenceDrafts.splice(i, 1);
      }
    }

    // Anchors: the event a cue points at becomes the anchor of the events it governs.
    for (const cue of anchors) {
      const target = triggers.find(
        (t) => t.start >= cue.end && t.start - cue.end <= 4 && noPunct(words, cue.end, t.start),
      );
      if (!target) continue;
      const after = doc.text.slice(tokens[target.end - 1]!.end, s.end);
      const posited =
        isPosited(after) || (cue.conditionalHint && !DEFINITE.has(words.lower[cue.end] ?? ""));
      const definite = DEFINITE.has(words.lower[cue.end] ?? "");
      let anchor = sentenceDrafts.find((d) => d.trigger.start === tokens[target.start]!.start);
      const earlier = definite ? corefer(drafts, target.kind, words, tokens, target) : undefined;
      if (earlier) {
        if (anchor) sentenceDrafts.splice(sentenceDrafts.indexOf(anchor), 1);
        anchor = earlier;
        addEvidence(anchor, s);
      } else if (!anchor) {
        const limit = tokenIndexBefore(tokens, clauseOf(target.start).end);
        anchor = make(
          target,
          leftEdge(words, target.start, cue.end),
          Math.max(target.end, rightEdge(words, target.end, limit)),
          target.kind,
        );
        sentenceDrafts.push(anchor);
      }
      if (posited) {
        anchor.hypothetical = true;
        anchor.certainty = "conditional";
      }
      const cueClause = clauseOf(cue.start);
      const fronted =
        cue.start <= tokenIndexAt(tokens, cueClause.start) + 3 ||
        cue.start <= 3 ||
        /^(?:,|that)$/.test(words.lower[cue.start - 1] ?? "");
      const governed = sentenceDrafts.filter(
        (d) =>
          d !== anchor &&
          !d.anchor &&
          (fronted
            ? tokens[d.labelTokens[0]]!.start > tokens[cue.start]!.start || d.clause !== cueClause
            : d.clause === cueClause && d.labelTokens[0] < cue.start),
      );
      for (const d of fronted ? governed : governed.slice(-1))
        d.anchor = { key: anchor.key, relation: cue.relation };
    }

    // Definite mentions of a gathering already introduced ("the Paris talks") are the same event.
    for (const d of [...sentenceDrafts]) {
      const first = words.lower[d.labelTokens[0] - 1];
      if (!first || !DEFINITE.has(first) || !GATHERINGS.includes(d.kind) || d.anchor) continue;
      const earlier = corefer(drafts, d.kind, words, tokens, {
        start: d.labelTokens[0],
        end: d.labelTokens[1],
      } as Trigger);
      if (!earlier) continue;
      addEvidence(earlier, s);
      sentenceDrafts.splice(sentenceDrafts.indexOf(d), 1);
      for (const o of sentenceDrafts) if (o.anchor?.key === d.key) o.anchor.key = earlier.key;
    }

    // Times: a dated expression belongs to the nearest event before it in its clause, else after it.
    const times = sentenceTimes.filter((t) => t.date || t.value.endsWith("_REF"));
    for (const tm of times) {
      const inClause = sentenceDrafts.filter(
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

    const mentions = (mentionsBy.get(s.index) ?? []).filter(
      (m) => !(attributionCue && m.start >= attributionCue.start && m.end <= attributionCue.end),
    );
    for (const d of sentenceDrafts) {
      const local = mentions
        .filter((m) => m.start >= d.clause.start && m.end <= d.clause.end)
        .map((m) => m.actor);
      d.actors = unique(local.length > 0 ? local : mentions.map((m) => m.actor)).filter(
        (id) => !isSourceKind(doc, id),
      );
    }
    drafts.push(...sentenceDrafts);
  }
  return { ...doc, events: settle(doc, drafts) };
}

// "a proposal to provide", "agreed to send": an event in the infinitive has not happened yet.
const INTENT_NOUNS = new Set(
  "proposal proposals plan plans offer offers bid attempt effort efforts idea option options readiness willingness intention call calls".split(
    " ",
  ),
);
function infinitiveCertainty(words: Words, from: number, certainty: Certainty): Certainty {
  if (words.lower[from - 1] !== "to") return certainty;
  const floor: Certainty = INTENT_NOUNS.has(words.lower[from - 2] ?? "") ? "possible" : "probable";
  return weakest(certainty, floor);
}

const CONDITIONS = new Set(["if", "unless", "once", "until"]);

// Hearsay and allegation: the event is claimed, not established.
const ALLEGED_BEFORE =
  /\b(?:allegedly|reportedly|purportedly|supposedly|alleged|accus(?:e|es|ed|ing)\b[^,;:]*?\bof|(?:is|are|was|were) (?:said|claimed|alleged|reported) to(?: have)?|claim(?:s|ed)? (?:to have|that))\b[^,;:]*$/i;
const ALLEGED_AFTER = /^[^,;:]{0,12}\b(?:allegedly|reportedly)\b/i;
const ACCUSER = /\baccus(?:e|es|ed|ing)\b[^,;:]*?\bof\b[^,;:]*$/i;

/** Whether the words before an event's phrase in its clause, or just after its head, allege it; and who does. */
function allegation(
  doc: WithAttribution,
  s: { start: number; index: number },
  clause: Clause,
  from: number,
  headEnd: number,
): { by?: string } | undefined {
  const before = doc.text.slice(clause.start, from);
  if (!ALLEGED_BEFORE.test(before) && !ALLEGED_AFTER.test(doc.text.slice(headEnd, clause.end)))
    return undefined;
  const accusation = ACCUSER.exec(before);
  if (!accusation) return {};
  const at = clause.start + accusation.index;
  const accuser = doc.mentions.filter((m) => m.sentence === s.index && m.end <= at).at(-1);
  return accuser ? { by: accuser.actor } : {};
}

const DEFINITE_OR_INDEFINITE = new Set(["a", "an", "the", "this", "that", "its", "their"]);

function isSourceKind(doc: WithAttribution, id: string): boolean {
  const kind = doc.actors.find((a) => a.id === id)?.kind;
  return kind === "media" || kind === "source";
}

function corefer(
  drafts: Draft[],
  kind: EventKind,
  words: Words,
  tokens: readonly Token[],
  t: { start: number; end: number },
): Draft | undefined {
  const compatible = drafts.filter(
    (d) => d.kind === kind || (GATHERINGS.includes(d.kind) && GATHERINGS.includes(kind)),
  );
  if (compatible.length === 0) return undefined;
  const names = words.text.slice(Math.max(0, t.start - 3), t.end).filter((w) => /^\p{Lu}/u.test(w));
  return (
    compatible.filter((d) => names.some((n) => d.label.includes(n))).at(-1) ?? compatible.at(-1)
  );
}

function addEvidence(d: Draft, s: Span): void {
  if (!d.evidence.some((e) => e.start === s.start)) d.evidence.push({ start: s.start, end: s.end });
}

const SUBJECT_STOPS = new Set(
  "that which who where what when whether or and but if once they it he she we them this these those".split(
    " ",
  ),
);
const AUX_CHAIN =
  /^(?:be|been|being|is|are|was|were|to|expected|likely|set|going|will|would|could|may|might|can|has|have|had|not|also|still)$/;

/** The subject of a passive verb: the words before its auxiliaries, back to the clause start; for a pronoun, the last actor named. */
function passiveSubject(
  doc: WithAttribution,
  words: Words,
  tokens: readonly Token[],
  verb: number,
  clause: Clause,
): { text: string; start: number } | null {
  let i = verb;
  while (i > 0 && AUX_CHAIN.test(words.lower[i - 1]!)) i--;
  const floor = tokenIndexAt(tokens, clause.start);
  let j = i;
  while (
    j - 1 >= floor &&
    !/^[,;:]$/.test(words.text[j - 1]!) &&
    !SUBJECT_STOPS.has(words.lower[j - 1]!) &&
    i - j < 5
  )
    j--;
  if (j < i) return { text: phrase(doc.text, tokens, j, i), start: tokens[j]!.start };
  const named = doc.mentions
    .filter((m) => m.start >= clause.start && m.end <= tokens[i]!.start)
    .at(-1);
  if (!named) return null;
  const after = tokenIndexAt(tokens, named.end);
  const head =
    words.lower[after] && /^[a-z]+s$/.test(words.text[after]!) ? ` ${words.text[after]}` : "";
  return { text: doc.text.slice(named.start, named.end) + head, start: named.start };
}

function noPunct(words: Words, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/^[,;:.!?()]$/.test(words.text[i]!)) return false;
  return true;
}

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? tokens.length : i;
}
const clauseStartToken = (tokens: readonly Token[], c: Clause) => tokenIndexAt(tokens, c.start);
function tokenIndexBefore(tokens: readonly Token[], offset: number): number {
  let i = tokens.length;
  while (i > 0 && tokens[i - 1]!.end > offset) i--;
  return i;
}

const unique = <T>(xs: T[]) => xs.filter((x, i) => xs.indexOf(x) === i);

/** Final ids, times and certainty; anchors resolved now that every event exists. */
function settle(doc: WithAttribution, drafts: Draft[]): Event[] {
  const order = [...drafts].sort((a, b) => a.trigger.start - b.trigger.start);
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
    // A dated future event stated plainly, or with a bare "will", is on the calendar.
    if (
      (certainty === "fact" ||
        (certainty === "probable" &&
          d.cues.every((c) => /^(?:will|shall|is to|are to)$/i.test(c)))) &&
      time.start &&
      time.start > doc.referenceDate
    )
      certainty = "scheduled";
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
  const anchor = d.anchor
    ? { event: ids.get(d.anchor.key)!, relation: d.anchor.relation }
    : undefined;
  const at = d.anchor ? anchorTime(d.anchor.key) : undefined;
  const tm = d.timeMention;
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
