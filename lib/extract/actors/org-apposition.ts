import type { ActorKind } from "../../model";
import { isFirstName, isPlace } from "../lexicon";
import type { Name, Run } from "./name-rules";
import { slug } from "./registry";
import { isTitle } from "./titles";

/** Lower-case nouns that say what kind of body the name right after them is. */
const BODY_NOUNS: Record<string, ActorKind> = {
  company: "organization",
  firm: "organization",
  conglomerate: "organization",
  carrier: "organization",
  airline: "organization",
  trader: "organization",
  refiner: "organization",
  refinery: "organization",
  lender: "organization",
  insurer: "organization",
  retailer: "organization",
  manufacturer: "organization",
  maker: "organization",
  operator: "organization",
  provider: "organization",
  telco: "organization",
  regulator: "organization",
  watchdog: "organization",
  club: "organization",
  broadcaster: "media",
  newspaper: "media",
  daily: "media",
};

/**
 * "the Chinese company Zhuhai Zhenrong", "the Turkish club Besiktas", "the broadcaster Rede Sul":
 * a name right after a noun saying what body it is names that body, however personal its words
 * sound; a first name or a title in it leaves it to the rules for people.
 */
export function nameAfterBodyNoun(run: Run, n: Name): boolean {
  const before = run.tokens[n.from - 1]?.text;
  const kind = before === undefined ? undefined : BODY_NOUNS[before];
  if (!kind || n.titleKind !== null || n.words.length > 4 || n.words.some((w) => isFirstName(w))) return false;
  const id = slug(n.surface);
  run.reg.ensure(id, n.surface, kind);
  run.reg.mention(id, n.start, n.end, run.sentence, "ner", n.surface);
  return true;
}

/** Nouns that, heading an apposition, say the name before it is a body of that kind. */
const APPOSITION_HEADS: Record<string, ActorKind> = {
  party: "organization",
  union: "organization",
  movement: "organization",
  club: "organization",
  company: "organization",
  firm: "organization",
  charity: "organization",
  association: "organization",
  federation: "organization",
  coalition: "organization",
  alliance: "organization",
  militia: "group",
  newspaper: "media",
  broadcaster: "media",
  daily: "media",
};
/** What may follow the head of such an apposition: its end, or a clause or phrase about the body. */
const AFTER_HEAD = /^(?:[,.;:)]|which|that|whose|who|based|founded|formed|with|in|of|for|from|and|$)$/;

/**
 * "Forum Nuevo, a far-right anti-EU party which …", "Kestrel, a small Welsh club, …": a name
 * followed by an apposition headed by a noun for a body ("a … party", "the … union") names that
 * body, whatever words it is made of. The head must end the apposition's noun phrase ("a party
 * official" describes a person), and a first name or a title in the name leaves it to the rules for people.
 */
export function nameBeforeBodyApposition(run: Run, n: Name): boolean {
  const { tokens } = run;
  if (!(n.next === "," && /^(?:a|an|the)$/.test(tokens[n.to + 1]?.text ?? ""))) return false;
  let k = n.to + 2;
  // Up to five modifiers: "a far-right anti EU party", "the country's oldest trade union".
  while (k < n.to + 8 && tokens[k] && !APPOSITION_HEADS[tokens[k]!.text] && /^[\p{L}'’-]+$/u.test(tokens[k]!.text)) k++;
  const kind = APPOSITION_HEADS[tokens[k]?.text ?? ""];
  if (!(
    kind !== undefined &&
    AFTER_HEAD.test(tokens[k + 1]?.text ?? "") &&
    n.titleKind === null &&
    n.words.length <= 4 &&
    !n.words.some((w) => isFirstName(w) || isTitle(w)) &&
    !isPlace(n.surface)
  ))
    return false;
  const id = slug(n.surface);
  run.reg.ensure(id, n.surface, kind);
  run.reg.mention(id, n.start, n.end, run.sentence, "ner", n.surface);
  return true;
}
