import type { ActorKind } from "../../model";
import { isFirstName, isPlace } from "../lexicon";
import type { Name, Run } from "./name-rules";
import { slug } from "./registry";

/**
 * Names that say they are a party or a body by how the sentence goes on, whatever their words:
 * "the Social Democrats", "the Sweden Democrats" (a party named for its members, in the plural),
 * "Verdi Uniti, whose leader …", "Harbour Co, whose chief executive …" (a body with a leader),
 * "the Marlow Group-owned chain", "a Tasman Energy-backed bid" (a body owning or backing a thing).
 */
const PARTY_PLURALS = new Set(
  "Democrats Republicans Socialists Liberals Conservatives Greens Nationalists Progressives Unionists Communists Federalists Libertarians Radicals Moderates".split(" "),
);
const LED_BY = /^,\s+whose\s+(?:new\s+|former\s+|founder\s+and\s+)?(?:leader|chairman|chairwoman|chair|chief|president|founder|spokes(?:man|woman|person)|members|general\s+secretary|secretary-general|chief\s+executive)\b/u;

function register(run: Run, n: Name, kind: ActorKind): boolean {
  const id = slug(n.surface);
  run.reg.ensure(id, n.surface, kind);
  return run.reg.mention(id, n.start, n.end, run.sentence, "ner", n.surface);
}

export function namedByWhatFollows(run: Run, n: Name): boolean {
  if (n.titleKind !== null || n.words.length > 4 || isPlace(n.surface)) return false;
  const plural = n.words.length >= 2 && PARTY_PLURALS.has(n.words.at(-1)!);
  // A person has no leader or members ("Mario Rossi, whose leader" is not written).
  const led = LED_BY.test(run.text.slice(n.end, n.end + 48)) && !isFirstName(n.words[0]!);
  if (!plural && !led) return false;
  register(run, n, "organization");
  return true;
}

const OWNING = /^(\p{Lu}[\p{L}&]*)-(?:owned|controlled|backed|funded|listed|operated)$/u;

/**
 * "the Fletcher Building-owned company": capitalised words [from, to) going on in "-owned" name
 * the owner, a body; `to` is the compound's token. Whether it applied.
 */
export function ownerBeforeCompound(run: Run, from: number, to: number): boolean {
  const next = run.tokens[to];
  const last = next ? OWNING.exec(next.text) : null;
  // "A Tasman Energy-backed bid": an article opening the sentence is no part of the name.
  const start = /^(?:A|An|The)$/.test(run.tokens[from]!.text) ? from + 1 : from;
  if (!last || to - start > 3) return false;
  const first = run.tokens[start]!;
  const end = next!.start + last[1]!.length;
  const surface = run.text.slice(first.start, end);
  if (isPlace(surface) || isPlace(last[1]!) || !run.reg.isFree(first.start, end)) return false;
  const id = slug(surface);
  run.reg.ensure(id, surface, "organization");
  run.reg.mention(id, first.start, end, run.sentence, "ner", surface);
  return true;
}
