import { isFirstName, isLastName, isPlace } from "../lexicon";
import type { Name, Run } from "./name-rules";
import { ORG_HEADS } from "./name-words";
import { slug } from "./registry";

const PEOPLE = new Set(["person", "leader", "official"]);
const WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * "Carroll Carman, Ray Russell, Teresa Turner and Amy Thomas": in a list of people, two words
 * between commas after a person's name are a person's too, when one of them is a given name or a
 * surname the dictionary knows ("Ray" is a common noun, "Russell" a given name).
 */
export function listedPerson(run: Run, n: Name): boolean {
  const { tokens, reg } = run;
  if (n.titleKind !== null || n.words.length !== 2 || n.from < 2 || n.titleStart !== n.from) return false;
  if (tokens[n.from - 1]!.text !== "," || !/^(?:,|and)$/.test(n.next)) return false;
  if (!n.words.every((w) => WORD.test(w) && !isPlace(w) && !ORG_HEADS.has(w.toLowerCase())) || isPlace(n.surface)) return false;
  if (!n.words.some((w) => isFirstName(w) || isLastName(w))) return false;
  const before = tokens[n.from - 2]!;
  const listed = reg.mentions.find((m) => m.end === before.end && m.sentence === run.sentence);
  if (!listed || !PEOPLE.has(reg.actors.get(listed.actor)?.kind ?? "")) return false;
  const id = slug(n.surface);
  reg.ensure(id, n.surface, "person");
  return reg.mention(id, n.start, n.end, run.sentence, "ner", n.surface);
}
