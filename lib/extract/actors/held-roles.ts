import { isPlace } from "../lexicon";
import { ACRONYM } from "./name-words";
import type { Name, Run } from "./name-rules";
import { slug } from "./registry";
import { isTitle } from "./titles";

/** Lower-case words that qualify a role held in a body: "national officer", "regional organiser". */
const QUALIFIERS = new Set("national regional general deputy assistant senior chief executive area branch local lead acting interim".split(" "));
/** Roles a person holds in a body (union officers, club players), beyond a president or spokesman. */
const ROLES = new Set(
  "officer official organiser organizer secretary negotiator representative convenor convener player striker goalkeeper midfielder defender forward winger coach manager captain spokesman spokeswoman spokesperson president director chairman chairwoman leader".split(" "),
);

/**
 * "Unite national officer Linda Moss said", "a fan abused Young Boys player Jean Okoro": a name
 * mid-sentence before a role, qualified or not, and the capitalised name of its holder is the
 * body the role is held in, whatever ordinary words it is made of ("Unite", "Young Boys").
 */
export function nameBeforeQualifiedRole(run: Run, n: Name): boolean {
  let k = n.to;
  while (k < n.to + 2 && QUALIFIERS.has(run.tokens[k]?.text ?? "")) k++;
  const role = run.tokens[k]?.text ?? "";
  const holder = run.tokens[k + 1]?.text ?? "";
  if (!(
    ROLES.has(role) &&
    /^\p{Lu}\p{Ll}/u.test(holder) &&
    n.titleKind === null &&
    n.words.length <= 3 &&
    (n.titleStart > 0 || ACRONYM.test(n.words[0]!)) &&
    !isPlace(n.surface) &&
    !n.words.some((w) => isPlace(w) || isTitle(w))
  ))
    return false;
  const id = slug(n.surface);
  run.reg.ensure(id, n.surface, "organization");
  return run.reg.mention(id, n.start, n.end, run.sentence, "ner", n.surface);
}
