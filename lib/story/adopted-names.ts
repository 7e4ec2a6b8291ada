import type { Analysis } from "../model";
import { isPerson } from "./names";
import type { UnionFind } from "./union-find";

/**
 * "Cardinal Anton Reyes was elected. He chose the papal name Clement XV." "His regnal name is King
 * Edmund IV." "She took the name Sister Agnes." A person who takes a new name is one actor under
 * both: the new name's actor and the person the sentence's opening pronoun refers to, the last
 * person its article named before the sentence. Only a sentence that opens with the pronoun, and
 * only within its article: another article's "he" is no evidence.
 */
// the name's own qualifier only: "his lawyer's name is …" names another person
const QUALIFIER = "(?:(?:papal|regnal|religious|stage|new|chosen)\\s+)?";
const ADOPTED = new RegExp(
  `^(?:(?:he|she)\\s+(?:has\\s+|had\\s+|will\\s+)?(?:chose|chosen|took|taken|take|takes|adopted|adopts|assumed|assumes|picked)\\s+the\\s+${QUALIFIER}name\\s+(?:of\\s+)?|(?:his|her)\\s+${QUALIFIER}name\\s+(?:is|was|will\\s+be)\\s+)`,
  "i",
);
const SENTENCE_START = /(?:^|[.!?]["”’]?\s+)(?=(?:He|She|His|Her)\b)/g;
/** Characters a title may take before the new name ("Pope", "King", "Sister"). */
const TITLE_REACH = 12;
/** How far back the person the pronoun refers to may have been named. */
const ANTECEDENT_REACH = 300;

/** Joins, in `sets` over `nodes` (each article's actors in order), each new name to its bearer. */
export function mergeAdoptedNames(
  analyses: readonly Analysis[],
  nodeOf: (article: string, actor: string) => number | undefined,
  sets: UnionFind,
): void {
  for (const { article, actors } of analyses) {
    const people = actors.filter((a) => isPerson(a.kind));
    if (people.length < 2) continue;
    for (const m of article.text.matchAll(SENTENCE_START)) {
      const start = m.index + m[0].length;
      const adopted = ADOPTED.exec(article.text.slice(start, start + 120));
      if (!adopted) continue;
      const nameAt = start + adopted[0].length;
      const named = people.find((p) =>
        p.mentions.some((s) => s.start >= nameAt && s.start <= nameAt + TITLE_REACH),
      );
      if (!named) continue;
      let bearer: { id: string; end: number } | null = null;
      for (const p of people) {
        if (p.id === named.id) continue;
        for (const s of p.mentions)
          if (
            s.end <= start &&
            s.end >= start - ANTECEDENT_REACH &&
            (!bearer || s.end > bearer.end)
          )
            bearer = { id: p.id, end: s.end };
      }
      const a = nodeOf(article.id, named.id);
      const b = bearer ? nodeOf(article.id, bearer.id) : undefined;
      if (a !== undefined && b !== undefined) sets.union(a, b);
    }
  }
}
