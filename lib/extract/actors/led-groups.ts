import type { ActorKind } from "../../model";
import type { Token } from "../tokens";
import { slug, type ActorRegistry } from "./registry";

/** Heads of the groups a state leads or backs, and the kind of actor each names. */
const GROUP_HEADS: Record<string, ActorKind> = {
  coalition: "coalition",
  alliance: "alliance",
  bloc: "bloc",
  forces: "group",
  force: "group",
  troops: "group",
  militia: "group",
  militias: "group",
  rebels: "group",
  fighters: "group",
  mission: "group",
};

/**
 * "the Saudi-led coalition", "Kenyan-led forces", "Iran-backed militias": the group a compound
 * names as led or backed by a state is an actor of its own, named with its compound. The state's
 * own mention ("Saudi") is read before; the group's covers the rest ("-led coalition"). A coded
 * group ("M23 rebels") is named elsewhere, by its code.
 */
export function findLedGroup(
  text: string,
  tokens: readonly Token[],
  i: number,
  stateEnd: number,
  sentence: number,
  reg: ActorRegistry,
): void {
  const head = tokens[i + 1];
  if (!head || head.start !== tokens[i]!.end + 1) return;
  const kind = GROUP_HEADS[head.text];
  if (!kind) return;
  const name = `${tokens[i]!.text} ${head.text}`;
  if (!reg.isFree(stateEnd, head.end)) return;
  reg.ensure(slug(name), name, kind);
  reg.mention(slug(name), stateEnd, head.end, sentence, "ner", name);
}
