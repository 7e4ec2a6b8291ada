import type { Analysis, Relation, RelationKind } from "../../lib/model";

/**
 * Relations whose kind contradicts the sentence they come from: a friendly kind (`supports`,
 * `cooperates`, `provides`) out of a sentence whose only acts are hostile ("FIFA suspended
 * Pakistan"), or a hostile kind (`attacks`, `sanctions`, `opposes`) out of one whose only acts are
 * friendly. The acts are read with a word list of their own, apart from the pipeline's cues, so
 * that the check does not grade the pipeline by its own rules.
 */
export type Contradiction = { relation: string; sentence: string };

const FRIENDLY_KINDS: RelationKind[] = ["supports", "cooperates", "provides"];
const HOSTILE_KINDS: RelationKind[] = ["attacks", "sanctions", "opposes"];

const stems = (list: string) => list.split(" ").map((w) => new RegExp(`\\b${w}`, "i"));
const HOSTILE_ACTS = stems(
  "suspend ban(?:s|ned|ning)?\\b guilty\\b fine(?:s|d)?\\b fining sue(?:s|d)?\\b suing sanction expel arrest sentenc convict accus condemn attack bomb shell(?:s|ed|ing)\\b kill(?:s|ed|ing)?\\b criticis critici[sz] denounc reject oppos strip(?:s|ped)?\\b punish penalis penaliz disqualif indict prosecut charg(?:e|ed|es|ing)\\b against",
);
const FRIENDLY_ACTS = stems(
  "support back(?:s|ed|ing)?\\b help aid(?:s|ed)?\\b assist welcom prais cooperat collaborat partner sign agree(?:d|s)?\\b ally allied endors donat provid suppl(?:y|ied|ies)\\b deliver(?:s|ed)?\\b sen[dt]\\b sends fund(?:s|ed|ing)?\\b evacuat rescu(?:e|ed|es)\\b host(?:s|ed)?\\b join(?:s|ed)?\\b",
);

const has = (text: string, acts: RegExp[]) => acts.some((re) => re.test(text));

export function contradictions(analysis: Analysis): Contradiction[] {
  const name = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const out: Contradiction[] = [];
  for (const r of analysis.relations) {
    for (const ev of r.evidence) {
      const sentence = analysis.article.text.slice(ev.start, ev.end);
      if (contradicts(r, sentence))
        out.push({ relation: `${name.get(r.source)} ${r.kind} ${name.get(r.target)}`, sentence });
    }
  }
  return out;
}

function contradicts(r: Relation, sentence: string): boolean {
  const hostile = has(sentence, HOSTILE_ACTS);
  const friendly = has(sentence, FRIENDLY_ACTS);
  if (FRIENDLY_KINDS.includes(r.kind)) return hostile && !friendly;
  if (HOSTILE_KINDS.includes(r.kind)) return friendly && !hostile;
  return false;
}
