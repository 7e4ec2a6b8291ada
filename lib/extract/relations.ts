import type { Relation } from "../model/analysis";
import type { RelationKind } from "../model/vocabulary";
import { certaintyAt } from "./modality";
import type { WithEvents } from "./events";
import type { ActorMention, Clause } from "./types";
import { groupBySentence } from "./by-sentence";

export type WithRelations = WithEvents & { relations: Relation[] };

/** Cue words of each relation kind, most specific first; symmetric kinds relate coordinated subjects. */
const CUES: { kind: RelationKind; re: RegExp; symmetric?: true }[] = [
  {
    kind: "attacks",
    re: /\b(?:attack(?:s|ed|ing)?|strik(?:e|es|ing)|struck|bomb(?:s|ed|ing)?|shell(?:s|ed|ing)|invad(?:e|es|ed|ing)|invasion of|fired? (?:on|at)|fired? [\w-]+(?: [\w-]+)? (?:on|at)|rammed|blockaded|kill(?:s|ed|ing)?)\b/gi,
  },
  // Punitive acts are sanctions, never support: "suspended the committee", "fined the bank".
  {
    kind: "sanctions",
    re: /\b(?:sanction(?:s|ed|ing)?|embargo(?:es)? on|tariffs? on|suspend(?:s|ed|ing)?|fin(?:es|ed|ing)|ban(?:s|ned|ning)|expel(?:s|led|ling)|blacklist(?:s|ed|ing)?|penalis(?:e|es|ed|ing)|penaliz(?:e|es|ed|ing))\b/gi,
  },
  {
    kind: "demands",
    re: /\b(?:demand(?:s|ed|ing)?|calls? on|called on|urg(?:e|es|ed|ing)|press(?:es|ed|ing)? for|insist(?:s|ed|ing)? on)\b/gi,
  },
  {
    kind: "opposes",
    re: /\b(?:oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|against|den(?:y|ies|ied|ying)|disregard(?:s|ed|ing)?|threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?|anti-)/gi,
  },
  {
    kind: "provides",
    re: /\b(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|sen(?:d|ds|t|ding)|giv(?:e|es|en|ing)|gave|arm(?:s|ed|ing)|fund(?:s|ed|ing)?|guarantees? for|aid (?:to|for)|weapons (?:to|for))\b/gi,
  },
  {
    kind: "supports",
    re: /\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|assist(?:s|ed|ing)?|help(?:s|ed|ing)?|defend(?:s|ed|ing)?|protect(?:s|ed|ing)?|stand(?:s)? with|recogni[sz](?:e|es|ed|ing))\b/gi,
  },
  {
    kind: "negotiates",
    re: /\b(?:negotiat(?:e|es|ed|ing|ions?)|talks? (?:with|between)|settlement with|deal with|agreement with|discuss(?:es|ed|ing)?|mediat(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|take over|takeover of|merg(?:e|es|ed|ing|er) with)\b/gi,
    symmetric: true,
  },
  {
    kind: "meets",
    re: /\b(?:meet|meets|met|visit(?:s|ed|ing)?|host(?:s|ed|ing)?|receiv(?:e|es|ed))\b/gi,
    symmetric: true,
  },
  {
    kind: "cooperates",
    re: /\b(?:cooperat(?:e|es|ed|ing|ion)|co-operat\w*|work(?:s|ed|ing)? (?:with|together|to)|join(?:s|ed|ing)?|jointly|together|common position|alongside|partner(?:s|ed|ing)? with|folded into|align(?:s|ed|ing)? with|allied with)\b/gi,
    symmetric: true,
  },
];

const EXCLUDED_KINDS = new Set(["media", "source"]);

// "X and Y", "X, Y", "X and his Belarusian counterpart, Y": actors joined as one subject.
const COORDINATION =
  /^(?:\s+[a-z]+)?\s*(?:,|,?\s*and)\s+(?:the\s+)?$|^,?\s+and\s+(?:his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:counterparts?|colleagues?|partners?|opposite numbers?),?\s+$/u;

/** Actors right after a cue and joined by "and" or commas: "talks between Oman, Yemen and the UN". */
function coordinatedAfter(text: string, mentions: ActorMention[], after: number): string[] {
  const run = mentions.filter((m) => m.start >= after);
  const first = run[0];
  if (
    !first ||
    !/^\s+(?:between|among|of|with)?\s*(?:the\s+)?$/.test(text.slice(after, first.start))
  )
    return [];
  const group = [first];
  for (let i = 1; i < run.length; i++) {
    if (
      !/^(?:\s+[a-z]+)?\s*(?:,|,?\s*and)\s+(?:the\s+)?$/.test(
        text.slice(run[i - 1]!.end, run[i]!.start),
      )
    )
      break;
    group.push(run[i]!);
  }
  return unique(group.map((m) => m.actor));
}

/** The subject of a cue: the nearest actor before it, with any actors coordinated with it ("X and Y agreed"). */
function nearestSubjects(text: string, mentions: ActorMention[], at: number): string[] {
  const before = mentions.filter((m) => m.end <= at);
  const last = before.at(-1);
  if (!last) return [];
  const group = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const gap = text.slice(before[i]!.end, group[0]!.start);
    if (!COORDINATION.test(gap)) break;
    group.unshift(before[i]!);
  }
  return unique(group.map((m) => m.actor));
}

/**
 * Stage 7: typed relations between actors, clause by clause: actors before a cue are its
 * subjects, the first actor after it its object; coordinated subjects of a joint action
 * cooperate. A clause with no subject of its own borrows its sentence's previous subjects
 * ("a framework that would provide Ukraine…"). Attribution chains add "reports" links.
 */
export function findRelations(doc: WithEvents): WithRelations {
  const found = new Map<string, Relation>();
  const kindOf = new Map(doc.actors.map((a) => [a.id, a.kind]));
  const pairsIn = new Map<Clause, Map<string, RelationKind>>();
  const add = (
    source: string,
    target: string,
    kind: RelationKind,
    label: string,
    clause: Clause,
    at: number,
    sentence: number,
    symmetric: boolean,
  ) => {
    if (source === target) return;
    // One relation per pair and clause: the first verb ("discussed … cooperation") sets its kind.
    const pair = [source, target].sort().join("|");
    const claimed = pairsIn.get(clause);
    if (claimed?.has(pair) && claimed.get(pair) !== kind) return;
    if (claimed) claimed.set(pair, kind);
    else pairsIn.set(clause, new Map([[pair, kind]]));
    const [a, b] = symmetric && source > target ? [target, source] : [source, target];
    const key = `${a}|${b}|${kind}`;
    const s = doc.sentences[sentence]!;
    const existing = found.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === s.start))
        existing.evidence.push({ start: s.start, end: s.end });
      return;
    }
    const { certainty } = certaintyAt(doc.text, clause, at, at + 1, at + 1);
    found.set(key, {
      id: "",
      source: a,
      target: b,
      kind,
      label,
      certainty,
      sources: doc.attributions[sentence]?.chain ?? [doc.outlet.id],
      evidence: [{ start: s.start, end: s.end }],
    });
  };

  const mentionsBy = groupBySentence(doc.mentions);
  const firstClause = new Map<number, (typeof doc.clauses)[number]>();
  for (const c of doc.clauses) if (!firstClause.has(c.sentence)) firstClause.set(c.sentence, c);
  let previousSubjects: string[] = [];
  let previousSentence = -1;
  for (const clause of doc.clauses) {
    if (clause.sentence !== previousSentence) previousSubjects = [];
    previousSentence = clause.sentence;
    const cue = doc.attributions[clause.sentence]?.cue;
    const mentions = (mentionsBy.get(clause.sentence) ?? []).filter(
      (m) =>
        m.start >= clause.start &&
        m.end <= clause.end &&
        !EXCLUDED_KINDS.has(kindOf.get(m.actor) ?? "") &&
        !(cue && m.start >= cue.start && m.end <= cue.end),
    );
    const text = doc.text.slice(clause.start, clause.end);
    const hits: {
      kind: RelationKind;
      at: number;
      end: number;
      label: string;
      symmetric: boolean;
    }[] = [];
    for (const c of CUES) {
      c.re.lastIndex = 0;
      for (const m of text.matchAll(c.re))
        hits.push({
          kind: c.kind,
          at: clause.start + m.index,
          end: clause.start + m.index + m[0].length,
          label: m[0].toLowerCase(),
          symmetric: !!c.symmetric,
        });
    }
    hits.sort((x, y) => x.at - y.at);
    const leading = coordinated(doc.text, mentions, hits[0]?.at ?? clause.end);
    for (const h of hits) {
      // "the attack", "its support": a noun, not a verb with a subject.
      if (
        /\b(?:the|a|an|its|their|this|that)\s+$/i.test(
          doc.text.slice(Math.max(clause.start, h.at - 7), h.at),
        )
      )
        continue;
      // A passive names its agent after "by": "X was sanctioned by Y" is Y acting on X.
      const agent = /ed$/.test(h.label)
        ? mentions.find((m) => /^\s+by\s+(?:the\s+)?$/i.test(doc.text.slice(h.end, m.start)))
        : undefined;
      if (agent) {
        const patient = mentions.filter((m) => m.end <= h.at).at(-1);
        if (patient && patient.actor !== agent.actor)
          add(
            agent.actor,
            patient.actor,
            h.kind,
            h.label,
            clause,
            h.at,
            clause.sentence,
            h.symmetric,
          );
        continue;
      }
      const before = nearestSubjects(doc.text, mentions, h.at);
      const subjects = before.length > 0 ? before : previousSubjects;
      const objects = objectsOf(doc.text, mentions, h.end, subjects);
      // "talks between X and Y", "a meeting of X and Y": both parties follow the cue.
      const following = coordinatedAfter(doc.text, mentions, h.end);
      if (h.symmetric && before.length === 0 && following.length >= 2) {
        for (let i = 0; i < following.length; i++)
          for (let j = i + 1; j < following.length; j++)
            add(following[i]!, following[j]!, h.kind, h.label, clause, h.at, clause.sentence, true);
        continue;
      }
      if (h.symmetric && subjects.length >= 2) {
        for (let i = 0; i < subjects.length; i++)
          for (let j = i + 1; j < subjects.length; j++)
            add(subjects[i]!, subjects[j]!, h.kind, h.label, clause, h.at, clause.sentence, true);
      } else {
        for (const s of subjects)
          for (const o of objects)
            add(s, o, h.kind, h.label, clause, h.at, clause.sentence, h.symmetric);
      }
    }
    // "X and Y aim to …": coordinated subjects acting together.
    if (leading.length >= 2 && hits.length === 0)
      for (let i = 1; i < leading.length; i++)
        add(
          leading[0]!,
          leading[i]!,
          "cooperates",
          "together with",
          clause,
          clause.start,
          clause.sentence,
          true,
        );
    if (leading.length > 0) previousSubjects = leading;
  }

  for (const att of doc.attributions) {
    const chain = att.chain.filter((id) => id !== doc.outlet.id);
    const clause = firstClause.get(att.sentence);
    if (!clause || !att.cue) continue;
    // A source reports to the medium that carries it, not to the body it belongs to.
    for (let i = 0; i + 1 < chain.length; i++)
      if (kindOf.get(chain[i + 1]!) === "media")
        add(
          chain[i]!,
          chain[i + 1]!,
          "reports",
          "reports to",
          clause,
          att.cue.start,
          att.sentence,
          false,
        );
  }

  const relations = [...found.values()].sort(
    (a, b) =>
      a.evidence[0]!.start - b.evidence[0]!.start ||
      a.source.localeCompare(b.source) ||
      a.target.localeCompare(b.target),
  );
  relations.forEach((r, i) => (r.id = `r${i + 1}`));
  return { ...doc, relations };
}

// How far an object may stand from its verb, and what may stand between: "sanctioned Russian
// President Vladimir Putin", "met with his Chinese counterpart Wang Yi", not a name two clauses on.
const MAX_OBJECT_GAP = 60;
// A list the cue's phrase goes on into ("demands, including the withdrawal of Ukrainian troops") is the same phrase.
const OBJECT_GAP = /^(?:,\s*(?:including|such as|notably|namely)\s+)?[^,;:.!?()"“”]*$/;

/**
 * The objects of a cue: the first actor after it, near and in the same phrase, and the actors
 * coordinated with it ("sanctioned Putin, Foreign Minister Sergei Lavrov, and members of Russia's
 * Security Council"); a nationality or an institution that only modifies the next name gives way
 * to it ("Russian President Putin").
 */
function objectsOf(
  text: string,
  mentions: ActorMention[],
  after: number,
  subjects: string[],
): string[] {
  const run = mentions.filter((m) => m.start >= after && !subjects.includes(m.actor));
  if (!run[0]) return [];
  const gap = text.slice(after, run[0].start);
  if (gap.length > MAX_OBJECT_GAP || !OBJECT_GAP.test(gap)) return [];
  const heads = [run[0]];
  for (const m of run.slice(1)) {
    const between = text.slice(heads.at(-1)!.end, m.start);
    if (MODIFIES_NEXT.test(between)) heads[heads.length - 1] = m;
    else if (COORDINATED_OBJECT.test(between)) heads.push(m);
    else break;
  }
  return unique(heads.map((m) => m.actor));
}
const MODIFIES_NEXT = /^(?:['’]s)?\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
const COORDINATED_OBJECT =
  /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:\p{Lu}[\p{L}.’'-]*|members?|officials?|leaders?|heads?|of|the|its|his|her|their)\s+){0,4}$/u;

/** Actors named before the first cue and joined only by "and" or commas ("X and Y officials"): joint subjects. */
function coordinated(text: string, mentions: ActorMention[], before: number): string[] {
  const run = mentions.filter((m) => m.end <= before);
  const out: ActorMention[] = run.slice(0, 1);
  for (let i = 1; i < run.length; i++) {
    const gap = text.slice(run[i - 1]!.end, run[i]!.start);
    if (!COORDINATION.test(gap)) break;
    out.push(run[i]!);
  }
  return out.length >= 2
    ? unique(out.map((m) => m.actor))
    : unique(run.map((m) => m.actor)).slice(0, 1);
}

const unique = <T>(xs: T[]) => xs.filter((x, i) => xs.indexOf(x) === i);
