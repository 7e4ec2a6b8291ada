import type { ActorKind } from "../../model";
import { gazetteer } from "../gazetteer";
import type { ActorMention } from "../types";
import type { ActorRegistry } from "./registry";
import { merge } from "./variants";
import { isBranchOf } from "./branch-names";
import { bodyTypes, DESCRIPTION_HEADS, HEAD_WORDS, type BodyType } from "./body-types";

/**
 * "The Fair Trade Commission fined Google … The regulator said", "Lufthansa cancelled flights,
 * the company said", "the Vereinigung Cockpit (VC) union … the union had the backing": a
 * definite description stands for the body of a type it fits last named within reach, when
 * exactly one such body is in reach. Two companies in reach ("Acme bought Bolt. The company said")
 * make it no one's; none in reach leaves it to the later rules ("the central bank", "the police", "the
 * agency" of a news agency). Never a body of another type: "the union" is no company, "the
 * regulator" no court.
 */
const WEEKDAY_OR_MONTH =
  "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December";
// "the company", "the U.S. firm", "the German carrier", "the company's"; not "the union Unite"
// (a noun introducing a name), "the court of appeal" or "the company-wide".
const DESCRIPTION = new RegExp(
  `\\b(?:the|The)\\s+(?:(\\p{Lu}[\\p{L}.]*)\\s+)?(${HEAD_WORDS})\\b(?![-\\p{L}])(?!['’](?!s\\b))(?!\\s+(?:of|for)\\s+\\p{Lu})(?!\\s+(?!(?:${WEEKDAY_OR_MONTH})\\b)\\p{Lu})`,
  "gu",
);
/** How many sentences back a body is in reach: a company noun takes bodies of no marked type, so nearer (past it, only an article's one company). */
const REACH_UNTYPED = 3;
const REACH_TYPED = 5;
const BODY_KINDS = new Set<ActorKind>(["organization", "group"]);

// "the U.S. firm", "the German carrier": a state's name or demonym before the noun.
function isStateWord(word: string): boolean {
  const form = gazetteer.match([word], 0);
  return form !== undefined && form.entry.kind === "state" && form.tokens.length === 1;
}

/** A body named by a name ("the union" stands for the "Harbour Workers Federation", not for another "union" read bare). */
const namedBody = (reg: ActorRegistry, id: string) => {
  const a = reg.actors.get(id);
  return a !== undefined && BODY_KINDS.has(a.kind) && /\p{Lu}/u.test(a.name);
};

/**
 * The noun an actor read bare is a description by: its name ("union"), or for a trade's union first
 * written as a named body's ("Acme Chile's workers union … the Acme Workers Federation"), "union".
 */
function describedNoun(text: string, reg: ActorRegistry, a: { id: string; name: string; kind: ActorKind }): string {
  const noun = a.name.toLowerCase();
  if (DESCRIPTION_HEADS[noun] || a.kind !== "group" || !/^\p{Ll}+s\s+union$/u.test(noun)) return noun;
  const first = reg.mentions.find((m) => m.actor === a.id);
  const owner = first && reg.mentions.find((m) => m.end <= first.start && /^['’]s\s+$/.test(text.slice(m.end, first.start)));
  return owner && namedBody(reg, owner.actor) ? "union" : noun;
}

const fits = (types: ReadonlySet<BodyType>, wanted: readonly BodyType[], untyped: boolean) =>
  types.size === 0 ? untyped : wanted.some((t) => types.has(t));

/** The bodies a description headed by `noun` at `start` may stand for: those named in reach before it, of a type it fits. */
function fitting(text: string, reg: ActorRegistry, start: number, sentence: number, noun: string, except?: string): string[] {
  const head = DESCRIPTION_HEADS[noun]!;
  const untyped = head.untyped === true;
  const reach = sentence - (untyped ? REACH_UNTYPED : REACH_TYPED);
  const inReach = new Set(
    reg.mentions
      .filter((x) => x.end <= start && x.sentence >= reach && x.actor !== except && namedBody(reg, x.actor))
      .map((x) => x.actor),
  );
  const fit = (id: string) => fits(bodyTypes(text, reg.actors.get(id)!, reg.mentions), head.types, untyped);
  const found = branchesFirst(reg, [...inReach].filter(fit));
  if (found.length > 0 || !untyped) return found;
  // None in reach: an article about one company calls it "the company" paragraphs on, so the one
  // company it names before, if it names only one.
  const before = new Set(
    reg.mentions
      .filter((x) => x.end <= start && x.actor !== except && namedBody(reg, x.actor))
      .map((x) => x.actor),
  );
  return branchesFirst(reg, [...before].filter(fit));
}

/** "Walmart Chile … the local branch of retail giant Walmart … the company said": the branch named, not its parent. */
const branchesFirst = (reg: ActorRegistry, ids: string[]) =>
  ids.filter((id) => !ids.some((o) => o !== id && isBranchOf(reg.actors.get(o)!.name, reg.actors.get(id)!.name)));

/** "Xinhua news agency … the agency said": a news agency before is what "the agency" may be too, so no body's. */
const newsAgencyBefore = (reg: ActorRegistry, noun: string, start: number) =>
  noun === "agency" && reg.mentions.some((x) => x.end <= start && reg.actors.get(x.actor)?.kind === "media");

type Pending = { start: number; end: number; sentence: number; noun: string };
const PENDING = new WeakMap<ActorRegistry, Pending[]>();
const pendingOf = (reg: ActorRegistry) => PENDING.get(reg) ?? (PENDING.set(reg, []), PENDING.get(reg)!);

/** How many sentences ahead a description opening an article may name its body: "the country's regulator said … The Fair Trade Commission". */
const AHEAD = 2;
const LEDE = 1;

/**
 * After every name is read (acronyms, variants joined): a company's noun left unread is read again,
 * and a body the institution rules named by its
 * bare noun ("regulator", "union") is the one body of its type in reach before each of its mentions
 * ("the FTC said … The regulator said"), or, before any, the one body of its type the article names,
 * if it names it within two sentences.
 */
export function joinDescribedBodies(text: string, reg: ActorRegistry): void {
  for (const p of pendingOf(reg)) {
    if (newsAgencyBefore(reg, p.noun, p.start)) continue;
    const found = fitting(text, reg, p.start, p.sentence, p.noun);
    const to = found.length === 1 ? found[0] : found.length === 0 ? ahead(text, reg, p) : undefined;
    if (to === undefined) continue;
    // A company's noun was blocked, to be read here; another's may have been taken since.
    if (DESCRIPTION_HEADS[p.noun]!.untyped) reg.sharedMention(to, p.start, p.end, p.sentence);
    else reg.mention(to, p.start, p.end, p.sentence, "coref", text.slice(p.start, p.end));
  }
  PENDING.delete(reg);
  const into = new Map<string, string>();
  for (const a of [...reg.actors.values()]) {
    const noun = describedNoun(text, reg, a);
    const head = DESCRIPTION_HEADS[noun];
    if (!head || head.untyped || !BODY_KINDS.has(a.kind)) continue;
    const own = reg.mentions.filter((m) => m.actor === a.id);
    const targets = own.map((m) => {
      const found = fitting(text, reg, m.start, m.sentence, noun, a.id);
      return found.length === 1 ? found[0] : found.length === 0 ? ahead(text, reg, { ...m, noun }, a.id) : undefined;
    });
    const to = new Set(targets);
    if (to.size === 1 && targets[0] !== undefined) into.set(a.id, targets[0]);
    else own.forEach((m, i) => targets[i] !== undefined && (m.actor = targets[i]!));
  }
  merge(reg, into);
}

/** The one body of a marked type the article names, if it names it within two sentences after the description. */
function ahead(text: string, reg: ActorRegistry, d: { end: number; sentence: number; noun: string }, except?: string): string | undefined {
  const head = DESCRIPTION_HEADS[d.noun]!;
  // Only a lede names a body by its noun before its name.
  if (head.untyped || d.sentence > LEDE) return undefined;
  const all = new Set(
    reg.mentions
      .filter((x) => x.actor !== except && namedBody(reg, x.actor))
      .filter((x) => fits(bodyTypes(text, reg.actors.get(x.actor)!, reg.mentions), head.types, false))
      .map((x) => x.actor),
  );
  const next = reg.mentions.filter((x) => all.has(x.actor) && x.start >= d.end).sort((x, y) => x.start - y.start)[0];
  return all.size === 1 && next && next.sentence - d.sentence <= AHEAD ? next.actor : undefined;
}

export function resolveDescribedBodies(text: string, from: number, to: number, sentence: number, reg: ActorRegistry): void {
  DESCRIPTION.lastIndex = 0;
  const read: { start: number; end: number; noun: string; surface: string; found: string[] }[] = [];
  for (const m of text.slice(from, to).matchAll(DESCRIPTION)) {
    const untyped = DESCRIPTION_HEADS[m[2]!]!.untyped === true;
    // A place qualifies only a company's noun: "the Chinese ministry" is the state's own organ.
    if (m[1] !== undefined && !(untyped && isStateWord(m[1]))) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    // "the ministry of health", "the court of appeal": a public body's own name, in lower case.
    if (!untyped && /^\s+(?:of|for)\b/.test(text.slice(end, end + 5))) continue;
    if (!reg.isFree(start, end) || newsAgencyBefore(reg, m[2]!, start)) continue;
    // "the union" where it stands is left to the institution rules: one acting or cited becomes an
    // actor, joined to its union once every name is read (joinDescribedBodies). Read here too, in
    // every position, it lowered held-out relation precision (session 30f).
    if (m[2] === "union") continue;
    read.push({ start, end, noun: m[2]!, surface: m[0], found: fitting(text, reg, start, sentence, m[2]!) });
  }
  // "The company said the bank refused": a body the sentence calls by another noun is not this one.
  for (const d of read) {
    const others = new Set(read.filter((o) => o.noun !== d.noun && o.found.length === 1).map((o) => o.found[0]!));
    if (d.found.length > 1) d.found = d.found.filter((id) => !others.has(id));
  }
  for (const { start, end, noun, surface, found } of read) {
    if (found.length === 1) reg.mention(found[0]!, start, end, sentence, "coref", surface);
    // Two companies it fits: the description is neither's, and no later rule takes it for the last
    // one. Two of a marked type may be one body named twice ("the central bank", "the Reserve Bank
    // of New Zealand"), joined later: the later rules read it by the name it holds.
    // Two companies named before, none in reach: "the firm" is neither. ("The group" may be a
    // bloc's or a militant group's: it is left to the later rules.)
    // Both are read again once every name is known (an acronym, two names of one company joined).
    else if (DESCRIPTION_HEADS[noun]!.untyped && noun !== "group") {
      reg.block(start, end);
      pendingOf(reg).push({ start, end, sentence, noun });
    }
    // "Britain's competition regulator has fined X, the agency said. The Competition and Markets
    // Authority said": none before may be the one named just after, once every name is known.
    else if (found.length === 0) pendingOf(reg).push({ start, end, sentence, noun });
  }
}

/**
 * The one actor (other than `other`) the article calls "the <noun>" ("the regulator" joined to the
 * Financial Conduct Authority further on), or undefined: none, or more than one. For a noun whose
 * possessor is not the actor ("the UK's financial regulator has fined", "Canada's largest union says").
 * Only a noun of a marked type: "the company" may be one body here and another there.
 */
export function describedAs(
  doc: { text: string; mentions: readonly ActorMention[] },
  noun: string,
  other?: string,
): string | undefined {
  const head = DESCRIPTION_HEADS[noun];
  if (!head || head.untyped) return undefined;
  const ids = new Set(
    doc.mentions
      .filter((m) => m.via === "coref" && m.actor !== other)
      .filter((m) => doc.text.slice(m.start, m.end).toLowerCase().replace(/^the\s+/, "") === noun)
      .map((m) => m.actor),
  );
  return ids.size === 1 ? [...ids][0] : undefined;
}
