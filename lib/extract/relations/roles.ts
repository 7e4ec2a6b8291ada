/**
 * A person taken up by a role noun: "The PCB chairman agreed to impose sanctions on Y" after
 * "chairman Najam Sethi", "the coach" after "head coach Ana Ruiz". The role stands for the last
 * person named with it as a title ("chairman X", "X, the chairman of …") in its sentence or the
 * two before; a role with a name after it is that name's title, not a mention of its own.
 */
import type { ActorKind } from "../../model";
import { PERSON_ROLES } from "../speaker-roles";
import type { ActorMention, Clause } from "../types";

const PERSONAL: ReadonlySet<ActorKind> = new Set(["person", "official", "leader"]);
const WINDOW = 2;
// The role words, capitalised or not ("The PCB Chairman").
const ROLE_WORD = PERSON_ROLES.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);
// "The PCB Chairman", "the bank's chief executive", "the head coach": a definite role, no name after it.
const ROLE_PHRASE = new RegExp(
  `\\b[Tt]he\\s+(?:\\p{Lu}[\\p{L}.&-]*(?:['’]s)?\\s+){0,3}(?:[\\p{Ll}-]+\\s+){0,2}(${ROLE_WORD})\\b(?!['’]|\\s+(?:of\\b|\\p{Lu}))`,
  "gu",
);

/** The clause's definite role nouns that stand for one person named before, as mentions of that person. */
export function roleMentions(
  text: string,
  clause: Clause,
  window: readonly ActorMention[],
  kindOf: Map<string, ActorKind>,
): ActorMention[] {
  const out: ActorMention[] = [];
  ROLE_PHRASE.lastIndex = 0;
  for (const m of text.slice(clause.start, clause.end).matchAll(ROLE_PHRASE)) {
    const start = clause.start + m.index;
    const end = start + m[0].length;
    const role = m[1]!.toLowerCase();
    const titled = new RegExp(`\\b${role}\\s*,?\\s+$`, "iu");
    const appositive = new RegExp(`^(?:,\\s+|\\s+as\\s+)(?:(?:the|a|an|its|his|her)\\s+)?(?:[\\p{L}&’'-]+\\s+){0,3}${role}\\b`, "iu");
    const holder = window
      .filter(
        (x) =>
          x.end <= start &&
          x.sentence >= clause.sentence - WINDOW &&
          PERSONAL.has(kindOf.get(x.actor) ?? "source") &&
          (titled.test(text.slice(Math.max(0, x.start - role.length - 30), x.start)) || appositive.test(text.slice(x.end, x.end + role.length + 40))),
      )
      .at(-1);
    if (holder) out.push({ actor: holder.actor, start, end, sentence: clause.sentence, via: "coref" });
  }
  return out;
}
