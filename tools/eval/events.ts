import type { Analysis, Event } from "../../lib/model";
import { accuracy, type Accuracy, type Counts } from "./counts";
import { excerpt, type Finding } from "./findings";
import type { GoldEvent } from "./gold";
import { normalizeText } from "../../lib/text";
import { tally } from "./tally";

export type EventScore = {
  counts: Counts;
  date: Accuracy;
  yearInferred: Accuracy;
  certainty: Accuracy;
  anchor: Accuracy;
  findings: Finding[];
};

const labelHas = (e: Event, keywords: readonly string[]) => {
  const label = normalizeText(e.label);
  return keywords.some((k) => label.includes(normalizeText(k)) || e.kind === k);
};

/**
 * Scores events. A gold event matches a predicted one whose evidence contains the gold sentence
 * substring and whose label contains a keyword (or whose kind is one of the gold kinds); dates,
 * year inference, certainty and anchors are then checked on the matched pairs.
 */
export function scoreEvents(analysis: Analysis, gold: readonly GoldEvent[]): EventScore {
  const text = analysis.article.text;
  const evidence = analysis.events.map((e) =>
    e.evidence.map((s) => normalizeText(text.slice(s.start, s.end))),
  );
  const candidates = gold.map((g) => {
    const needle = normalizeText(g.sentence);
    const scored = analysis.events.flatMap((e, p) => {
      if (!evidence[p]!.some((t) => t.includes(needle))) return [];
      const byLabel = labelHas(e, g.keywords);
      const byKind = g.kinds?.includes(e.kind) ?? false;
      return byLabel || byKind ? [{ p, rank: 2 * Number(byLabel) + Number(byKind) }] : [];
    });
    return scored.sort((a, b) => b.rank - a.rank);
  });
  const describeGold = (g: number) => `${gold[g]!.keywords[0]} — "${gold[g]!.sentence}"`;
  const describePredicted = (p: number) => {
    const e = analysis.events[p]!;
    return `${e.label} [${e.kind}, ${e.certainty}] — "${excerpt(analysis, e.evidence[0]!)}"`;
  };
  const result = tally(
    "events",
    gold,
    analysis.events.length,
    candidates,
    describeGold,
    describePredicted,
  );

  const findings = [...result.findings];
  const tallies = { date: [0, 0], yearInferred: [0, 0], certainty: [0, 0], anchor: [0, 0] };
  const check = (
    key: keyof typeof tallies,
    attribute: "eventDate" | "eventYearInferred" | "eventCertainty" | "eventAnchor",
    g: number,
    ok: boolean,
    expected: string,
    got: string,
  ) => {
    tallies[key][1]!++;
    if (ok) tallies[key][0]!++;
    else findings.push({ type: "attribute", attribute, item: describeGold(g), expected, got });
  };
  const byId = new Map(analysis.events.map((e) => [e.id, e]));
  result.match.forEach((p, g) => {
    if (p < 0) return;
    const ge = gold[g]!;
    const e = analysis.events[p]!;
    const t = e.time;
    if (ge.date !== undefined || ge.end !== undefined) {
      const expected = [ge.date, ge.end].filter(Boolean).join("…");
      const ok =
        (ge.date === undefined || t.start === ge.date) &&
        (ge.end === undefined || t.end === ge.end);
      check(
        "date",
        "eventDate",
        g,
        ok,
        expected,
        `${t.type} ${[t.start, t.end].filter(Boolean).join("…") || "(none)"}`,
      );
    }
    if (ge.yearInferred !== undefined)
      check(
        "yearInferred",
        "eventYearInferred",
        g,
        (t.yearInferred ?? false) === ge.yearInferred,
        String(ge.yearInferred),
        String(t.yearInferred ?? false),
      );
    if (ge.certainty !== undefined) {
      const allowed = Array.isArray(ge.certainty) ? ge.certainty : [ge.certainty];
      check(
        "certainty",
        "eventCertainty",
        g,
        allowed.includes(e.certainty),
        allowed.join("|"),
        e.certainty,
      );
    }
    if (ge.anchor) {
      const anchorEvent = t.anchor ? byId.get(t.anchor.event) : undefined;
      const ok =
        t.anchor?.relation === ge.anchor.relation &&
        anchorEvent !== undefined &&
        labelHas(anchorEvent, ge.anchor.keywords);
      const got = t.anchor
        ? `${t.anchor.relation} "${anchorEvent?.label ?? t.anchor.event}"`
        : "(no anchor)";
      check(
        "anchor",
        "eventAnchor",
        g,
        ok,
        `${ge.anchor.relation} ${ge.anchor.keywords.join("|")}`,
        got,
      );
    }
  });
  const acc = (k: keyof typeof tallies) => accuracy(tallies[k][0]!, tallies[k][1]!);
  return {
    counts: result.counts,
    date: acc("date"),
    yearInferred: acc("yearInferred"),
    certainty: acc("certainty"),
    anchor: acc("anchor"),
    findings,
  };
}
