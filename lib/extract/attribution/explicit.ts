import type { ActorMention } from "../types";
import {
  FRAMING,
  IN_A_STATEMENT,
  QUOTED_AS,
  REPORTING_RE,
  STATEMENT_FROM,
  TELL,
  type FramingKind,
} from "./patterns";
import { reportingSubject } from "./subject";

export type Cue = { start: number; end: number };
/** A sentence's own attribution; `statement` is who owns the statement it names, if it names one. */
export type Found = { chain: string[]; cue: Cue; statement?: string[] };

/** What a sentence's words say about who says it. */
export type SentenceView = {
  text: string;
  start: number;
  end: number;
  /** the actors mentioned outside quotation marks: a name inside a quotation never speaks it */
  mentions: ActorMention[];
  /** whether a position lies inside quotation marks */
  quoted: (at: number) => boolean;
  isMedium: (actor: string) => boolean;
};

/**
 * The sentence's own attribution. A framing phrase and a reporting verb may both name someone:
 * "X reported, citing Y" is Y by way of X; "In an interview with the BBC, Y said" is Y by way of
 * the BBC; "Y said, according to X" is Y by way of X; "In a X statement, Y said" is Y, and the
 * statement X's. A listener ("told Z", "in an interview with Z") is never the speaker, and is a
 * link of the chain only when it is a medium.
 */
export function explicitAttribution(v: SentenceView): Found | null {
  const quoted = quotedAsSaying(v);
  if (quoted) return quoted;
  const framed = framingSource(v);
  const reported = reportingSource(v);
  if (!framed) return reported;
  const named = framed.actor;
  if (framed.kind === "listener") {
    if (!reported) return null;
    const chain = v.isMedium(named.actor) ? [...reported.chain, named.actor] : reported.chain;
    return { ...reported, chain: dedupe(chain) };
  }
  if (framed.kind === "statement") {
    const statement = [named.actor];
    return reported ? { ...reported, statement } : { chain: statement, cue: framed.cue, statement };
  }
  if (!reported || reported.chain.includes(named.actor))
    return { chain: [named.actor], cue: framed.cue };
  const chain =
    framed.kind === "cite" ? [named.actor, ...reported.chain] : [...reported.chain, named.actor];
  return { chain: dedupe(chain), cue: joinCues(framed.cue, reported.cue) };
}

/** Two cues as one span when they are close ("Bloomberg reported, citing people …"), else the verb's. */
function joinCues(a: Cue, b: Cue): Cue {
  const gap = Math.max(a.start, b.start) - Math.min(a.end, b.end);
  if (gap > 60) return b;
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** "According to X", "citing X", "in an interview with X": the first actor named before the phrase ends. */
function framingSource(
  v: SentenceView,
): { actor: ActorMention; kind: FramingKind; cue: Cue } | null {
  const { text, start, end, mentions } = v;
  FRAMING.lastIndex = 0;
  for (const m of text.slice(start, end).matchAll(FRAMING)) {
    const from = start + m.index;
    if (v.quoted(from)) continue;
    const at = from + m[0].length;
    // "according to a tally compiled by X": the source is named before the phrase ends.
    const stop = text.slice(at, end).search(/[,;:]/);
    const limit = stop < 0 ? end : at + stop;
    const first = mentions.find((x) => x.start >= at && x.start < limit);
    if (!first) continue;
    const g = m.groups ?? {};
    const kind: FramingKind = g.cite
      ? "cite"
      : g.listener
        ? "listener"
        : g.statement
          ? "statement"
          : "relay";
    return { actor: first, kind, cue: { start: from, end: first.end } };
  }
  return null;
}

/** "The agency quoted Defence Minister X as saying …": X, by way of the quoting medium. */
function quotedAsSaying(v: SentenceView): Found | null {
  const { text, start, end, mentions } = v;
  QUOTED_AS.lastIndex = 0;
  for (const m of text.slice(start, end).matchAll(QUOTED_AS)) {
    const from = start + m.index;
    if (v.quoted(from)) continue;
    const to = from + m[0].length;
    const inside = mentions.filter((x) => x.start > from && x.end <= to);
    const quoted = inside[inside.length - 1];
    if (!quoted) continue;
    const by = mentions.filter((x) => x.end <= from && !/[.;:]/.test(text.slice(x.end, from)));
    const quoter = by[by.length - 1];
    const relays = quoter && from - quoter.end <= 60 && v.isMedium(quoter.actor);
    const chain = relays ? [quoted.actor, quoter.actor] : [quoted.actor];
    return { chain: dedupe(chain), cue: { start: relays ? quoter.start : from, end: to } };
  }
  return null;
}

/** "X said", "…, said X", "X told the BBC": the reporting verb's subject, and the medium it told. */
function reportingSource(v: SentenceView): Found | null {
  const { text, start, end } = v;
  REPORTING_RE.lastIndex = 0;
  for (const m of text.slice(start, end).matchAll(REPORTING_RE)) {
    const verbStart = start + m.index;
    if (v.quoted(verbStart)) continue;
    const verbEnd = verbStart + m[0].length;
    const found = reportingSubject(v, verbStart, verbEnd);
    if (!found) continue;
    const chain = [...found.chain];
    // "told the BBC": the medium carries the words; a listener who is not one ("told Trump") does not.
    if (TELL.test(m[0])) {
      const medium = toldMedium(v, verbEnd);
      if (medium) chain.push(medium.actor);
    }
    // "X said in a statement", "A statement from X said": X owns the statement named after.
    const owns =
      IN_A_STATEMENT.test(text.slice(verbEnd, end)) ||
      STATEMENT_FROM.test(text.slice(start, found.cue.start));
    return { chain: dedupe(chain), cue: found.cue, ...(owns ? { statement: found.chain } : {}) };
  }
  return null;
}

/** A medium named right after "told": "told the Guardian", "told AFP". */
function toldMedium(v: SentenceView, verbEnd: number): ActorMention | undefined {
  return v.mentions.find(
    (x) =>
      x.start >= verbEnd &&
      x.start <= verbEnd + 6 &&
      /^\s+(?:the\s+)?$/i.test(v.text.slice(verbEnd, x.start)) &&
      v.isMedium(x.actor),
  );
}

export function dedupe(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) === i);
}
