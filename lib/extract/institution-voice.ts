import type { ActorKind } from "../model";
import { resolveRole, type RoleContext } from "./speaker-roles";

/**
 * "A ministry spokeswoman said", "a police spokesman said": a person speaking for an institution
 * the sentence names only by its common noun. The institution speaks through them: the one the
 * article named before that the noun stands for.
 */
const INSTITUTION =
  "ministry|police|army|military|company|firm|bank|union|party|government|department|agency|commission|committee|council|court|board|club|federation|association|foundation|hospital|university|airline|embassy|league";
const VOICE = "spokes(?:man|woman|person)|official|representative|source|chief\\s+executive|executive|chairman|chairwoman|director|president|secretary";
// "A ministry spokeswoman", "a senior police official": the noun before the voice.
const NOUN_BEFORE = new RegExp(
  `(?:^\\W*|,["”’»]?\\s*|\\s(?:and|but|while)\\s+)(?:[Tt]he|[Aa]n?)\\s+(?:(?:senior|top|local)\\s+)?(${INSTITUTION})\\s+(?:${VOICE})\\s+(?:(?:also|later|then)\\s+)?$`,
  "u",
);
const INSTITUTION_KINDS = new Set<ActorKind>(["organization", "group", "bloc", "alliance", "coalition"]);
const COMPANY = /^(?:company|firm)$/;

/** The institution a voice speaks for in the text before a reporting verb, or undefined. */
export function institutionVoice(before: string, at: number, ctx: RoleContext): string | undefined {
  const m = NOUN_BEFORE.exec(before);
  if (!m) return undefined;
  const noun = m[1]!.toLowerCase();
  // The last institution named before whose name holds the noun ("the Ghana Police Service",
  // "the Vietnamese foreign ministry"), else the one the role stands for, else the last company.
  const kindOf = new Map(ctx.actors.map((a) => [a.id, a]));
  const fits = (id: string) => {
    const a = kindOf.get(id);
    if (!a || !INSTITUTION_KINDS.has(a.kind)) return false;
    return COMPANY.test(noun) || a.name.toLowerCase().split(/\s+/).includes(noun);
  };
  const holds = (id: string) => kindOf.get(id)!.name.toLowerCase().split(/\s+/).includes(noun);
  const named = ctx.mentions.filter((x) => x.end <= at && fits(x.actor));
  // "the Vietnamese foreign ministry" may be named by its state alone ("Vietnamese"): no state speaks for it.
  const byRole = resolveRole(noun, at, ctx);
  const institution = byRole !== undefined && INSTITUTION_KINDS.has(kindOf.get(byRole)?.kind ?? "state") ? byRole : undefined;
  return named.filter((x) => holds(x.actor)).at(-1)?.actor ?? institution ?? (COMPANY.test(noun) ? named.at(-1)?.actor : undefined);
}
