import type { ActorKind } from "../model";
import type { ActorDraft, ActorMention, Attribution } from "./types";
import type { Span } from "../model";
import { describedAs } from "./actors";

/**
 * Speakers named by their role ("the watchdog said", "the photographer said", "Canada's largest
 * union says"): which actor of the article the role stands for.
 */
const INSTITUTION_ROLES =
  "watchdog|regulator|company|firm|group|union|ministry|department|commission|committee|board|council|court|tribunal|party|club|federation|association|organi[sz]ation|body|alliance|region|municipality|county|city|province|district";
export const PERSON_ROLES =
  "photographer|correspondent|reporter|spokes(?:man|woman|person)|lawyer|attorney|official|minister|governor|mayor|president|chairman|chairwoman|chair|director|envoy|ambassador|superintendent|commissioner|secretary|executive|coach|manager|chief";
const MEDIA_ROLES = "newspaper|paper|daily|broadcaster|network|channel|outlet|publication|agency";
/** A person's role capitalised as a title ("the Prime Minister", "the Secretary"). */
export const TITLED_ROLE = `(?:${PERSON_ROLES.split("|").map((r) => r[0]!.toUpperCase() + r.slice(1)).join("|")})`;
/** A role noun, in lower case: the head of a description that names a speaker. */
export const ROLE_NOUN = `(?:${INSTITUTION_ROLES}|${PERSON_ROLES}|${MEDIA_ROLES})`;

const KINDS: { re: RegExp; kinds: ActorKind[] }[] = [
  { re: new RegExp(`^(?:${MEDIA_ROLES})$`), kinds: ["media"] },
  { re: new RegExp(`^(?:${INSTITUTION_ROLES})$`), kinds: ["organization", "bloc", "group", "alliance"] },
  { re: new RegExp(`^(?:${PERSON_ROLES})$`), kinds: ["person", "official", "leader"] },
];

/** Whether a role names a medium ("the newspaper", "its state-run news agency"). */
export const isMediaRole = (role: string) => new RegExp(`^(?:${MEDIA_ROLES})$`).test(role.toLowerCase());

export type RoleContext = {
  text: string;
  actors: readonly ActorDraft[];
  mentions: readonly ActorMention[];
  /** Who spoke before: the nearest source of each attribution made so far. */
  speakers: readonly { actor: string; at: number }[];
};

/**
 * The actor a role stands for at `at`, or undefined: the last actor named with that role before
 * ("an AFP photographer" → "the photographer"), else the actor named by the role itself ("the
 * union"), else the last actor named of a kind the role fits, if it has spoken ("the watchdog
 * said" after "the Financial Conduct Authority said").
 */
export function resolveRole(role: string, at: number, ctx: RoleContext): string | undefined {
  const noun = role.toLowerCase();
  const word = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?${noun}\\b`, "u");
  const title = new RegExp(`\\b${noun}\\s+$`, "iu");
  const named = ctx.mentions.filter(
    (m) =>
      m.end <= at &&
      (word.test(ctx.text.slice(m.end, m.end + noun.length + 24)) ||
        title.test(ctx.text.slice(Math.max(0, m.start - noun.length - 2), m.start))),
  );
  if (named.length) return named.at(-1)!.actor;
  const byName = ctx.actors.find((a) => a.name.toLowerCase() === noun)?.id ?? describedAs(ctx, noun);
  if (byName) return byName;
  // The last actor of a fitting kind named before, if it has spoken: "the regulator fined the
  // bank. The watchdog said" is not the bank's, nor anyone's when the regulator is unnamed.
  const kinds = KINDS.filter((k) => k.re.test(noun)).flatMap((k) => k.kinds);
  const kindOf = new Map(ctx.actors.map((a) => [a.id, a.kind]));
  const last = ctx.mentions.filter((m) => m.end <= at && kinds.includes(kindOf.get(m.actor)!)).at(-1);
  return last && ctx.speakers.some((s) => s.actor === last.actor && s.at <= at) ? last.actor : undefined;
}

/** Whether an actor of this kind may be what the role names ("the union" a bloc, not a person). */
export function roleFits(role: string, kind: ActorKind): boolean {
  const noun = role.toLowerCase();
  return KINDS.some((k) => k.re.test(noun) && k.kinds.includes(kind));
}

// "…, his organisation said": a role whose owner the article names only after it.
const ROLE_AHEAD = new RegExp(
  `(?:^\\W*|,["”’»]?\\s*)(?:the|his|her|its|their|The|His|Her|Its|Their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(${ROLE_NOUN})\\s+(?:said|says|told|reported|announced|stated|added)\\b`,
  "u",
);
// How many sentences ahead the role's owner may be named.
const AHEAD = 2;

/**
 * "An activist was arrested, his organisation said. … , the Civil Assembly Team said in a
 * statement.": a role speaking that nothing before it names is the next speaker of a kind it
 * fits, named within two sentences.
 */
export function rolesAhead(
  doc: { text: string; sentences: readonly Span[]; actors: readonly ActorDraft[]; outlet: { id: string } },
  attributions: Attribution[],
): Attribution[] {
  const kindOf = new Map(doc.actors.map((a) => [a.id, a.kind]));
  return attributions.map((a, i) => {
    if (a.cue || a.chain.length !== 1 || a.chain[0] !== doc.outlet.id) return a;
    const s = doc.sentences[i]!;
    const m = ROLE_AHEAD.exec(doc.text.slice(s.start, s.end));
    if (!m) return a;
    const next = attributions
      .slice(i + 1, i + 1 + AHEAD)
      .find((b) => b.cue && b.chain[0] !== doc.outlet.id);
    const kind = next && kindOf.get(next.chain[0]!);
    if (!next || !kind || !roleFits(m[1]!, kind)) return a;
    const at = s.start + m.index + m[0].search(/\S/);
    return { sentence: a.sentence, chain: next.chain, cue: { start: at, end: s.start + m.index + m[0].length } };
  });
}
