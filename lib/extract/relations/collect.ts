import { Certainty as CertaintyOrder, type Relation, type RelationKind } from "../../model";
import type { WithEvents } from "../events";
import { certaintyAt } from "../modality";
import type { Clause } from "../types";
import { asLabourStrike } from "./labour-strike";

/** What a found link says, apart from its two actors: the cue's kind and words, where it stands. */
export type Link = {
  kind: RelationKind;
  label: string;
  clause: Clause;
  at: number;
  sentence: number;
  symmetric: boolean;
  /** how far a hedge after the cue still bears on it: a noun's predicate ("Sanctions on X are under discussion") */
  hedgedUntil?: number;
  /** the words whose hedges bear on the link, when not its clause's: a report's own cue ("told Reuters") */
  hedgeSpan?: { start: number; end: number };
};

/** The relations found so far: one per (source, target, kind), each sentence it is read in as evidence. */
export type RelationSet = {
  add: (source: string, target: string, link: Link) => void;
  /** every relation, in text order, numbered r1, r2, … */
  numbered: () => Relation[];
};

// Labels of a symmetric kind that read the same either way round.
const EITHER_WAY = /(?:\bwith|^meets)$/;
const NEUTRAL: Partial<Record<RelationKind, string>> = { negotiates: "negotiates with", meets: "meets", cooperates: "works with" };

/** A symmetric relation's label as it reads from either end: "buys" → "negotiates with", "hosts" → "meets". */
function neutralLabel(kind: RelationKind, label: string): string {
  return EITHER_WAY.test(label) ? label : (NEUTRAL[kind] ?? label);
}

export function relationSet(doc: WithEvents): RelationSet {
  const found = new Map<string, Relation>();
  const pairsIn = new Map<Clause, Map<string, { kind: RelationKind; source: string; symmetric: boolean }>>();
  const add = (source: string, target: string, cue: Link) => {
    const link = asLabourStrike(doc, source, cue);
    const { kind, clause } = link;
    if (source === target) return;
    // One relation per pair and clause: the first verb ("discussed … cooperation") sets its kind;
    // an act done back by the first act's patient is another ("X appealed the decision of Y to fine X").
    const pair = [source, target].sort().join("|");
    const claimed = pairsIn.get(clause);
    const first = claimed?.get(pair);
    const back = !!first && !first.symmetric && !link.symmetric && first.source === target;
    if (first && first.kind !== kind && !back) return;
    if (!first) {
      if (claimed) claimed.set(pair, { kind, source, symmetric: link.symmetric });
      else pairsIn.set(clause, new Map([[pair, { kind, source, symmetric: link.symmetric }]]));
    }
    const swapped = link.symmetric && source > target;
    const [a, b] = swapped ? [target, source] : [source, target];
    const key = `${a}|${b}|${kind}`;
    const s = doc.sentences[link.sentence]!;
    const existing = found.get(key);
    const { certainty } = certaintyAt(doc.text, link.hedgeSpan ?? clause, link.at, link.at + 1, link.hedgedUntil ?? link.at + 1);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === s.start))
        existing.evidence.push({ start: s.start, end: s.end });
      // Drawn as certain as the sentence that states it most firmly: one plain report makes it a fact.
      if (CertaintyOrder.indexOf(certainty) < CertaintyOrder.indexOf(existing.certainty))
        existing.certainty = certainty;
      return;
    }
    found.set(key, {
      id: "",
      source: a,
      target: b,
      kind,
      // Drawn from a to b, a label that reads one way ("buys", "hosts") must not turn round.
      label: swapped ? neutralLabel(kind, link.label) : link.label,
      certainty,
      sources: doc.attributions[link.sentence]?.chain ?? [doc.outlet.id],
      evidence: [{ start: s.start, end: s.end }],
    });
  };
  const numbered = () => {
    const relations = [...found.values()].sort(
      (a, b) =>
        a.evidence[0]!.start - b.evidence[0]!.start ||
        a.source.localeCompare(b.source) ||
        a.target.localeCompare(b.target),
    );
    relations.forEach((r, i) => (r.id = `r${i + 1}`));
    return relations;
  };
  return { add, numbered };
}
