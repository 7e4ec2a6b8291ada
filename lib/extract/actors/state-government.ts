/** A state's government named in lower case with the state: "Kenya's government", "the Venezuelan government". */
import type { ActorRegistry } from "./registry";

// The government of the state itself, not a province's or a town's ("the local government").
const NATIONAL_GOVERNMENT = /^(?:(?:federal|national|central)\s+)?government$/;

/**
 * The state a lower-case "government" names, or undefined: the state whose demonym or possessive
 * qualifies it ("the Nigerian government", "Kenya's cash-strapped government"). News English names
 * a country's executive by its state and means the state acting; a reader takes the two for one
 * actor. A bare "the government" is left as it was read: annotators (and readers) split on
 * whether it is the state or an institution of its own.
 */
export function governedState(
  reg: ActorRegistry,
  head: string,
  qualifier: { start: number; end: number } | undefined,
  possessor: { actor: string } | undefined,
): string | undefined {
  if (!NATIONAL_GOVERNMENT.test(head)) return undefined;
  const isState = (id: string) => reg.actors.get(id)?.kind === "state";
  if (possessor) return isState(possessor.actor) ? possessor.actor : undefined;
  if (qualifier)
    return reg.mentions.find((m) => m.start === qualifier.start && m.end === qualifier.end && isState(m.actor))?.actor;
  return undefined;
}
