import { isPlace } from "../lexicon";
import type { Name, Run } from "./name-rules";
import { ORG_HEADS } from "./name-words";
import { slug } from "./registry";

/** Nouns of kinship after which English gives a relative's name: "his wife Maureen". */
const KIN = new Set(
  "wife husband son daughter brother sister mother father partner widow widower fiancee fiancée fiance fiancé nephew niece cousin uncle aunt grandson granddaughter stepson stepdaughter".split(" "),
);
const POSSESSIVE_DETERMINERS = /^(?:his|her|their)$/;

/**
 * "McDonnell and his wife Maureen were convicted", "her son Tomas": a capitalised name right after a
 * possessive and a noun of kinship is the relative's, a person, even a given name alone. (A full
 * name is the other rules' to read, with its surname.)
 */
export function kinNamed(run: Run, n: Name): boolean {
  const kin = run.tokens[n.from - 1]?.text ?? "";
  const owner = run.tokens[n.from - 2]?.text ?? "";
  if (!(
    n.titleKind === null &&
    n.words.length === 1 &&
    KIN.has(kin) &&
    POSSESSIVE_DETERMINERS.test(owner) &&
    !ORG_HEADS.has(n.head) &&
    !isPlace(n.surface)
  ))
    return false;
  const id = slug(n.surface);
  run.reg.ensure(id, n.surface, "person");
  run.reg.mention(id, n.start, n.end, run.sentence, "ner", n.surface);
  return true;
}
