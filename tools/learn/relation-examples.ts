/**
 * The examples of the learned relation stages, from the dev split only: every relation the rules
 * draw (a veto: is it a gold relation?) and every pair of actors named in one sentence that the
 * rules leave unrelated while a cue of the lexicon stands between or after them (a proposal: is
 * the pair related that way?). Labels are scored as `tools/eval/relations.ts` scores.
 */
import path from "node:path";
import { analyzeArticle, cueHits, segment, type CueHit as Hit } from "../../lib/extract";
import type { Analysis, Relation, RelationKind } from "../../lib/model";
import { drawnFeatures, pairFeatures, type MentionSpan, type TextSpan } from "./relation-features";
import { readRealCorpus, withSurnames, looseName, type RealGold } from "../eval";
import { alignActors, type ActorAlignment } from "../eval/actors";
import { scoreRelations } from "../eval/relations";
import type { Counts } from "../eval/counts";

export const REAL_DIR = path.join(__dirname, "../../__tests__/fixtures/real");

export type Proposal = { relation: Relation; features: string[]; label: 0 | 1 };
export type ProposalSet = "narrow" | "wide";

export type ArticleCase = {
  id: string;
  analysis: Analysis;
  gold: RealGold;
  actors: ActorAlignment;
  /** per rule relation: its features, whether it is no extra (label) and whether it is a required gold one (hit) */
  drawn: { features: string[]; label: 0 | 1; hit: 0 | 1 }[];
  proposals: Proposal[];
  /** every cue of the sentence, both directions */
  wide: Proposal[];
  /** gold relations (required), and how many have both ends found as actors, and both named in one sentence */
  ceiling: { gold: number; bothFound: number };
  /** why each required gold relation the rules miss is missed */
  misses: string[];
};

/** Relation counts of an analysis whose relations are replaced by these. */
export function countWith(c: ArticleCase, relations: Relation[]): Counts {
  return scoreRelations({ ...c.analysis, relations }, c.gold.relations, c.actors).counts;
}

// A relation that only an optional gold relation accepts is no extra (harmless); a hit is a required one.
const harmless = (c: ArticleCase, r: Relation) => (countWith(c, [r]).fp === 0 ? 1 : 0);
const accepted = (c: ArticleCase, r: Relation) => (countWith(c, [r]).tp > 0 ? 1 : 0);

type Proposed = { relation: Relation; features: string[] };

/**
 * Pairs of actors of one sentence left unrelated by the rules, with a cue between or after them
 * (the nearest: its kind, its direction from the earlier name to the later, turned round by a
 * reversed frame). `wide`: every cue of the sentence, before, between or after, both directions.
 */
export function proposalsOf(
  text: string,
  sentences: readonly TextSpan[],
  mentions: readonly MentionSpan[],
  rules: readonly Relation[],
  kindOf: (actor: string) => string | undefined,
  wide = false,
): Proposed[] {
  const related = new Set(rules.flatMap((r) => [`${r.source}|${r.target}`, `${r.target}|${r.source}`]));
  const out: Proposed[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end && !/^(?:media|source)$/.test(kindOf(m.actor) ?? ""));
    if (new Set(inSentence.map((m) => m.actor)).size < 2) continue;
    const hits = cueHits(text, { ...s, sentence: 0, certainty: "fact", cues: [] });
    for (let i = 0; i < inSentence.length; i++)
      for (let j = i + 1; j < inSentence.length; j++) {
        const a = inSentence[i]!;
        const b = inSentence[j]!;
        if (a.actor === b.actor || related.has(`${a.actor}|${b.actor}`)) continue;
        const pos = (h: Hit) => (h.at >= a.end && h.end <= b.start ? "between" : h.at >= b.end ? "after" : "before");
        const nearest = hits.find((h) => pos(h) === "between") ?? hits.find((h) => pos(h) === "after");
        const chosen = wide ? hits : nearest ? [nearest] : [];
        for (const hit of chosen)
          for (const [src, tgt] of wide ? [[a, b], [b, a]] : [hit.reversed ? [b, a] : [a, b]]) {
            const key = `${src!.actor}|${tgt!.actor}|${hit.kind}|${s.start}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push(proposal(text, s, inSentence, src!, tgt!, hit, pos(hit), kindOf));
          }
      }
  }
  return out;
}

function proposal(
  text: string,
  s: TextSpan,
  inSentence: MentionSpan[],
  src: MentionSpan,
  tgt: MentionSpan,
  hit: Hit,
  pos: string,
  kindOf: (actor: string) => string | undefined,
): Proposed {
  const features = [
    ...pairFeatures(text, s, inSentence, src, tgt, hit.kind, kindOf),
    `pos=${pos}`,
    `k|pos=${hit.kind}|${pos}`,
    `cue=${hit.words}`,
    ...(hit.symmetric ? ["sym"] : []),
    ...(hit.joint ? ["joint"] : []),
    ...(hit.framed ? ["framed"] : []),
    ...(hit.reversed ? ["reversed"] : []),
  ];
  const relation: Relation = {
    id: "p",
    source: src.actor,
    target: tgt.actor,
    kind: hit.kind as RelationKind,
    label: hit.label,
    certainty: "fact",
    sources: [],
    evidence: [{ start: s.start, end: s.end }],
  };
  return { relation, features };
}

/** Every dev article with its examples; progress on stderr. */
export async function devCases(): Promise<ArticleCase[]> {
  const cases = (await readRealCorpus(REAL_DIR)).filter((c) => c.ok && c.gold.split === "dev");
  const out: ArticleCase[] = [];
  for (const c of cases) {
    if (!c.ok) continue;
    process.stderr.write(`reading ${c.id}\n`);
    const analysis = analyzeArticle(c.article);
    const text = analysis.article.text;
    const outlet = { id: "outlet", name: "outlet" };
    const sentences = segment(text, analysis.article.referenceDate.date, outlet).sentences;
    const mentions = analysis.actors
      .flatMap((a) => a.mentions.map((m) => ({ actor: a.id, start: m.start, end: m.end })))
      .sort((x, y) => x.start - y.start);
    const kinds = new Map(analysis.actors.map((a) => [a.id, a.kind as string]));
    const kindOf = (id: string) => kinds.get(id);
    const actors = alignActors(analysis, withSurnames(c.gold.actors), looseName);
    const base: ArticleCase = { id: c.id, analysis, gold: c.gold, actors, drawn: [], proposals: [], wide: [], ceiling: { gold: 0, bothFound: 0 }, misses: [] };
    base.drawn = analysis.relations.map((r) => ({ features: drawnFeatures(text, mentions, r, kindOf), label: harmless(base, r) as 0 | 1, hit: accepted(base, r) as 0 | 1 }));
    base.proposals = proposalsOf(text, sentences, mentions, analysis.relations, kindOf).map((p) => ({ ...p, label: accepted(base, p.relation) as 0 | 1 }));
    base.wide = proposalsOf(text, sentences, mentions, analysis.relations, kindOf, true).map((p) => ({ ...p, label: accepted(base, p.relation) as 0 | 1 }));
    const found = new Set(actors.goldOf.values());
    const required = c.gold.relations.filter((r) => !r.optional);
    base.ceiling = {
      gold: required.length,
      bothFound: required.filter((r) => {
        const s = actors.goldIndexOfName(r.source);
        const t = actors.goldIndexOfName(r.target);
        return s !== undefined && t !== undefined && found.has(s) && found.has(t);
      }).length,
    };
    base.misses = required.flatMap((g) => {
      if (scoreRelations(analysis, [g], actors).counts.tp > 0) return [];
      const ids = (name: string) => {
        const gi = actors.goldIndexOfName(name);
        return new Set([...actors.goldOf].filter(([, v]) => v === gi).map(([k]) => k));
      };
      const [src, tgt] = [ids(g.source), ids(g.target)];
      if (src.size === 0 || tgt.size === 0) return ["end not found"];
      if (analysis.relations.some((r) => (src.has(r.source) && tgt.has(r.target)) || (src.has(r.target) && tgt.has(r.source))))
        return ["rules relate the pair with another kind or direction"];
      const together = sentences.some((s) => mentions.some((m) => src.has(m.actor) && m.start >= s.start && m.end <= s.end) && mentions.some((m) => tgt.has(m.actor) && m.start >= s.start && m.end <= s.end));
      if (!together) return ["never named in one sentence"];
      return [base.proposals.some((p) => (src.has(p.relation.source) && tgt.has(p.relation.target)) || (src.has(p.relation.target) && tgt.has(p.relation.source))) ? "named together, a cue proposes the pair" : "named together, no cue between or after"];
    });
    out.push(base);
  }
  return out;
}
