/** Armed groups and movements named by a code of letters and digits ("M23 rebels"). */
import type { Token } from "../tokens";
import { slug, type ActorRegistry } from "./registry";

// "M23 rebels", "the M-19 movement": a code of letters and digits names an armed group or movement.
const CODE = /^\p{Lu}{1,4}-?\d{1,3}$/u;
const GROUP_NOUNS = new Set(
  "rebels rebel militia militias movement insurgents militants guerrillas".split(" "),
);

/** Groups named by a code ("M23 rebels"), then the code alone wherever it recurs ("M23 seized …"). */
export function findCodedGroups(text: string, tokens: readonly Token[], sentence: number, reg: ActorRegistry): void {
  tokens.forEach((t, i) => {
    if (!CODE.test(t.text) || !reg.isFree(t.start, t.end)) return;
    const id = slug(t.text);
    const next = tokens[i + 1]?.text.toLowerCase() ?? "";
    if (!reg.actors.has(id) && !GROUP_NOUNS.has(next)) return;
    reg.ensure(id, t.text, "group");
    reg.mention(id, t.start, t.end, sentence, "ner", text.slice(t.start, t.end));
  });
}
