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

/** Each mention's index, and the mentions sorted by where they start: built once per article. */
type Index = { at: Map<ActorMention, number>; byStart: ActorMention[]; kindOf: Map<string, ActorKind> };
const indexes = new WeakMap<readonly ActorMention[], Index>();
function indexOf(ctx: RoleContext): Index {
  let index = indexes.get(ctx.mentions);
  if (!index) {
    index = {
      at: new Map(ctx.mentions.map((x, n) => [x, n])),
      byStart: [...ctx.mentions].sort((a, b) => a.start - b.start),
      kindOf: new Map(ctx.actors.map((a) => [a.id, a.kind])),
    };
    indexes.set(ctx.mentions, index);
  }
  return index;
}
// What may stand between "<institution>" and "<role> <person>": blanks, lower-case words, hyphens.
const BETWEEN_CHAR = /[\s\p{Ll}-]/u;

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
  const { at, byStart, kindOf } = indexOf(ctx);
  const titled = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}${role}\\s+$`, "u");
  // An earlier "<same institution> <role> <person>": the person that role was given to, the last
  // one in the article's order of mentions. Only blanks and lower-case words can separate the
  // institution from the person, so each institution mention is looked at up to the first other
  // character after it.
  let best: ActorMention | undefined;
  for (const y of ctx.mentions) {
    if (y.actor !== institution.actor || y.end > institution.start) continue;
    let stop = y.end;
    while (stop < text.length && BETWEEN_CHAR.test(text[stop]!)) stop++;
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < y.end) lo = mid + 1;
      else hi = mid;
    }
    for (let n = lo; n < byStart.length && byStart[n]!.start <= stop; n++) {
      const x = byStart[n]!;
      if (x.end > institution.start || !PERSONS.has(kindOf.get(x.actor)!)) continue;
      if (!titled.test(text.slice(y.end, x.start))) continue;
      if (!best || at.get(x)! > at.get(best)!) best = x;
    }
  }
  return best?.actor;
}
