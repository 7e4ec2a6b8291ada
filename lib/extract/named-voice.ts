import type { ActorKind } from "../model";
import type { ActorMention } from "./types";
import type { RoleContext } from "./speaker-roles";

/**
 * "EC spokesperson informed that …" after "EC spokesperson Shaligram Paudel said …": an
 * institution's name modifying a person's role, with no name after it, stands for the person the
 * article named before with that same institution and role. Unnamed, the institution speaks.
 */
const VOICE_ROLE =
  "spokes(?:man|woman|person)|official|representative|chief|head|director|chairman|chairwoman|chair|president|secretary|commissioner|minister|governor|lawyer|attorney|manager|executive|officer";
// " spokesperson " between the institution's name and the verb (an adverb of sequence may follow).
const ROLE_BETWEEN = new RegExp(
  `^\\s+(?:[\\p{Ll}-]+\\s+){0,2}(${VOICE_ROLE})\\s+(?:(?:also|later|then|further|has|had|have)\\s+)?$`,
  "u",
);
const PERSONS = new Set<ActorKind>(["person", "official", "leader"]);

/** The person an "<institution> <role>" before a reporting verb stands for, or undefined. */
export function namedVoice(
  institution: ActorMention,
  verbStart: number,
  ctx: RoleContext,
): string | undefined {
  const { text } = ctx;
  const m = ROLE_BETWEEN.exec(text.slice(institution.end, verbStart));
  if (!m) return undefined;
  const role = m[1]!;
  const kindOf = new Map(ctx.actors.map((a) => [a.id, a.kind]));
  const titled = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}${role}\\s+$`, "u");
  const earlier = ctx.mentions.filter((x) => x.end <= institution.start);
  // An earlier "<same institution> <role> <person>": the person that role was given to.
  const people = earlier.filter(
    (x) =>
      PERSONS.has(kindOf.get(x.actor)!) &&
      earlier.some(
        (y) =>
          y.actor === institution.actor &&
          y.end <= x.start &&
          titled.test(text.slice(y.end, x.start)),
      ),
  );
  return people.at(-1)?.actor;
}
