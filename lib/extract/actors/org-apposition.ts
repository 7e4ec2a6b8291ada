import type { ActorKind } from "../../model";
import { isFirstName } from "../lexicon";
import type { Name, Run } from "./name-rules";
import { slug } from "./registry";

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
