import { gazetteer } from "../gazetteer";
import { isFirstName, isOrganizationWord, isPlace, isVerbForm } from "../lexicon";
import { isPossessive, type Token } from "../tokens";
import { slug, type ActorRegistry } from "./registry";
import { isTitle } from "./titles";

/**
 * "Walmart Chile said", "workers at Siemens India", "Nestlé Nigeria's profit": a company's or
 * organisation's name written right before a country's name is one name, its national branch's,
 * of the company's kind; the country is no actor there. The company is one the text has already
 * named as a body, or a single word the dictionary files as a company's. The branch must be used
 * as a name: before a possessive, a verb, a clause's end or a preposition, or after a preposition.
 */
const BODY_KINDS = new Set(["organization", "group", "media"]);
const BEFORE = new Set(
  "at of by from for with against to in on and or than between including like via said says told".split(" "),
);
const AFTER = new Set(
  "is was has had have will would could can may might must should said says told and or which who that in at on for with to from over after since".split(
    " ",
  ),
);

const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}[\p{L}\p{M}.&'’-]*$/u.test(w);

/** The kind of the body words [i, i+k) name, or null when they name none known. */
function bodyKind(words: readonly string[], i: number, k: number, reg: ActorRegistry): string | null {
  const name = words.slice(i, i + k).join(" ");
  const known = reg.actors.get(slug(name));
  if (known && BODY_KINDS.has(known.kind)) return known.kind;
  const form = gazetteer.match(words, i);
  if (form && form.tokens.length === k && BODY_KINDS.has(form.entry.kind)) return form.entry.kind;
  const w = words[i]!;
  if (k === 1 && isOrganizationWord(w) && !isPlace(w) && !isFirstName(w) && !isTitle(w) && !gazetteer.match(words, i)) return "organization";
  return null;
}

/** Whether the name [i, end) stands where a name does. */
function usedAsName(words: readonly string[], i: number, end: number): boolean {
  const next = words[end];
  const prev = i > 0 ? words[i - 1]! : "";
  if (next === undefined || !/^\p{L}/u.test(next) || isPossessive(next)) return true;
  if (AFTER.has(next) || (/^\p{Ll}/u.test(next) && isVerbForm(next))) return true;
  return BEFORE.has(prev.toLowerCase());
}

/**
 * Reads a branch's name opening at token i, if one does: registers it and returns the token after
 * it, or returns -1.
 */
export function readBranchName(text: string, tokens: readonly Token[], words: readonly string[], i: number, sentence: number, reg: ActorRegistry): number {
  // a name opening here, not inside a longer one ("The" after a dateline aside)
  if (!capitalised(words[i]) || (i > 0 && capitalised(words[i - 1]) && !/^(?:The|A|An)$/.test(words[i - 1]!))) return -1;
  for (let k = 3; k >= 1; k--) {
    const at = i + k;
    if (at >= words.length || !words.slice(i, at).every((w) => capitalised(w))) continue;
    const country = gazetteer.match(words, at);
    if (!country || country.entry.kind !== "state" || country.role !== "name") continue;
    const end = at + country.tokens.length;
    const last = tokens[end - 1]!;
    // written together, one space apart ("Walmart Chile", not "Walmart, Chile"), the name ending there
    if (tokens.slice(i + 1, end).some((t, j) => t.start !== tokens[i + j]!.end + 1)) continue;
    if (capitalised(words[end]) && !isPossessive(words[end]!)) continue;
    const kind = bodyKind(words, i, k, reg);
    if (kind === null || !usedAsName(words, i, end)) continue;
    const name = text.slice(tokens[i]!.start, last.end);
    reg.ensure(slug(name), name, kind as "organization");
    if (!reg.mention(slug(name), tokens[i]!.start, last.end, sentence, "ner", name)) continue;
    return end;
  }
  return -1;
}

/** Whether `name` is the branch of `parent` in a country ("Walmart Chile" of "Walmart"): the parent is another body. */
export function isBranchOf(name: string, parent: string): boolean {
  if (!name.startsWith(`${parent} `)) return false;
  const rest = name.slice(parent.length + 1).split(/\s+/);
  const country = gazetteer.match(rest, 0);
  return country !== undefined && country.entry.kind === "state" && country.role === "name" && country.tokens.length === rest.length;
}
