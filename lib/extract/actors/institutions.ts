import type { ActorKind } from "../../model";
import { gazetteer } from "../gazetteer";
import { isVerbForm } from "../lexicon";
import { slug, type ActorRegistry } from "./registry";
import { governedState } from "./state-government";

/**
 * Institutions named in lower case with the definite article or a state's possessive, acting or
 * speaking: "the police fired", "the interior ministry said", "New Zealand's central bank said".
 * Only as the subject of a verb: "talks in the ministry" names a place, and "the government's
 * plan" is left to the back-references. One actor per description ("interior ministry").
 */
const HEADS =
  "police|weather bureau|military|army|navy|government|ministry|agency|commission|central bank|bank|coast guard|fire service|judiciary|junta|cabinet|parliament|regulator|court|prosecutors?|union|electoral commission|election commission|(?:ruling|opposition|congress|ethics|disciplinary|executive|organi[sz]ing|standing) (?:party|committee)";
// Lower-case modifiers an institution's name takes: "the interior ministry", "the riot police".
const MODIFIERS =
  "weather|interior|foreign|defen[cs]e|finance|health|justice|education|energy|meteorological|electoral|central|federal|national|state|local|provincial|regional|riot|military|civil|supreme|high|constitutional|appeals|district|border|security|environment(?:al)?|transport|labou?r|agriculture|trade";
// What follows an institution acting: auxiliaries, adverbs, a day ("on Monday"), then the verb (group 3).
// "the Philippine coast guard and fisheries ministry said": a second institution acting with it.
const JOINT = `(?:\\s+and\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+){0,2}(?:ministry|department|agency|commission|police|coast guard|military|army|navy))?`;
const ACTING = `\\b${JOINT}(?:\\s+in\\s+a\\s+statement\\b)?(?:\\s+(?:has|have|had|was|were|is|are|also|already|then|later|had|would|will|could|did|did not|has not|on\\s+\\p{Lu}\\w+))*(?:\\s+([a-z]+)|(?=\\s*[.,;]|\\s+in\\s+a\\s+statement\\b))`;
const DEFINITE = new RegExp(
  `(?:\\b[Tt]he(?:\\s+(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2}))?|\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}['’]s)\\s+((?:(?:${MODIFIERS})\\s+){0,2}(?:${HEADS}))${ACTING}`,
  "gu",
);
// "a Guatemalan court sentenced", "Nigerian police said": a state's organ named by its demonym,
// with the indefinite article or none (the demonym is checked against the gazetteer).
const BY_DEMONYM = new RegExp(
  `(?:\\b[Aa]n?\\s+|\\b)(\\p{Lu}\\p{Ll}+)\\s+((?:(?:${MODIFIERS})\\s+){0,2}(?:${HEADS}))${ACTING}`,
  "gu",
);
/** "Kenyan", "Chinese": a state's demonym, which the gazetteer reads as the state only before some nouns. */
function isStateDemonym(words: string): boolean {
  const form = gazetteer.match(words.split(/\s+/), 0);
  return form !== undefined && form.role === "demonym" && form.entry.kind === "state" && form.tokens.length === words.split(/\s+/).length;
}
/** "Senegal", "Kenya": a state's own name, whole. */
function isStateName(word: string): boolean {
  const form = gazetteer.match([word], 0);
  return form !== undefined && form.role === "name" && form.entry.kind === "state" && form.tokens.length === 1;
}
const STATE_ORGAN = /(?:ministry|police|military|army|navy|government|central bank|coast guard|judiciary|cabinet|parliament|court|prosecutors?|(?:electoral|election) commission)$/;
// What cites an institution named after it: "according to", "said", "citing", "quoted (by)", "announced by".
const CITED_BEFORE = /(?:\baccording\s+to|\bsaid|\bsays|\badded|\bciting|\bquoting|\bquoted|\bcited|\bby)\s+$/i;
const BACK_REFERENCES: Record<string, ActorKind[]> = {
  agency: ["media"],
  union: ["bloc"],
  commission: ["organization", "bloc"],
  council: ["organization", "bloc"],
};
// Past tenses the lexicon files only as nouns or bases: "the central bank cut", "the police hit".
const BARE_PAST = new Set(["cut", "set", "hit", "put", "shut", "let", "quit", "spread", "left"]);
const NOT_VERBS = new Set([
  "of",
  "and",
  "or",
  "in",
  "on",
  "at",
  "for",
  "to",
  "with",
  "that",
  "which",
  "who",
]);

export function findDefiniteInstitutions(
  text: string,
  from: number,
  to: number,
  sentence: number,
  reg: ActorRegistry,
): void {
  const s = text.slice(from, to);
  DEFINITE.lastIndex = 0;
  for (const m of s.matchAll(DEFINITE)) {
    // "…, said Brazil's defence ministry.", "according to the interior ministry,": cited, with no verb after.
    const verb = m[3];
    const cited = CITED_BEFORE.test(s.slice(Math.max(0, m.index - 20), m.index));
    const acts = verb !== undefined && !NOT_VERBS.has(verb) && (isVerbForm(verb) || /ed$/.test(verb) || BARE_PAST.has(verb));
    if (!acts && !cited) continue;
    institution(text, from, sentence, reg, m.index, m[0], m[1], m[2]!);
  }
  for (const m of s.matchAll(BY_DEMONYM)) {
    // "the Kenyan police" is the definite pattern's; "its Kenyan unit", "Kenya Power's" no state organ.
    if (!/^an?\s/i.test(m[0]) && /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+$|['’]s\s+$|\p{Lu}\p{L}*\s+$/u.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "a Senegal court handed …": wire style qualifies a state's organ by the state's name too.
    if (!isStateDemonym(m[1]!) && !(/^an?\s/i.test(m[0]) && isStateName(m[1]!) && /(?:court|tribunal)$/.test(m[2]!))) continue;
    const verb = m[3];
    const cited = CITED_BEFORE.test(s.slice(Math.max(0, m.index - 20), m.index));
    const acts = verb !== undefined && !NOT_VERBS.has(verb) && (isVerbForm(verb) || /ed$/.test(verb) || BARE_PAST.has(verb));
    if (acts || cited) institution(text, from, sentence, reg, m.index, m[0], m[1], m[2]!);
  }
  // "sent to the police", "according to the coast guard", "the health ministry's figures": a
  // service or a qualified institution named wherever it stands but as a place ("in the ministry").
  for (const m of s.matchAll(PLACED)) {
    const before = s.slice(Math.max(0, m.index - 24), m.index);
    // "a researcher at the coast guard" is where a role is held, not a place.
    const held = /\b(?:researcher|official|officer|spokes(?:man|woman|person)|analyst|director|employee|worker|member)s?\s+(?:at|with)\s+$/i.test(before);
    if (!held && /\b(?:in|at|on|into|inside|outside|near|across|within)\s+$/i.test(before)) continue;
    const head = m[1]!.replace(/\s+/g, " ");
    if (!head.includes(" ") && !SERVICES.test(head)) continue;
    institution(text, from, sentence, reg, m.index, m[0], undefined, m[1]!);
  }
}

// Institutions that are actors however they stand: the services ("the police", "the coast guard").
const SERVICES = /^(?:police|coast guard|fire service|weather bureau|prosecutors|regulator)$/;
const PLACED = new RegExp(
  `\\b[Tt]he\\s+((?:(?:${MODIFIERS})\\s+){0,2}(?:${HEADS}))\\b(?!\\s+(?:of|for)\\b|[-\\p{L}])`,
  "gu",
);

/** Registers the institution matched at `index` (`whole`, with its qualifier and head), or its back-reference. */
function institution(
  text: string,
  from: number,
  sentence: number,
  reg: ActorRegistry,
  index: number,
  whole: string,
  qualifier: string | undefined,
  head: string,
): void {
  const m = { index, 0: whole, 1: qualifier };
  {
    const headAt = from + m.index + m[0].indexOf(head, 3);
    const end = headAt + head.length;
    // "The Madras high court": a name between the article and the head is the institution's own;
    // one another stage read ("the Indian police") leaves the phrase to it.
    const qualifierAt = m[1] ? from + m.index + m[0].indexOf(m[1], 3) : -1;
    // "the Chinese foreign ministry": a state's demonym read as the state qualifies the head, which
    // names the institution ("Chinese foreign ministry") on its own span.
    // Only a state's own organs: "the US bank" describes a company, "the Kenyan police" are Kenya's.
    const byState =
      m[1] !== undefined &&
      STATE_ORGAN.test(head.replace(/\s+/g, " ").toLowerCase()) &&
      (reg.mentions.some(
        (x) => x.start === qualifierAt && x.end === qualifierAt + m[1]!.length && reg.actors.get(x.actor)?.kind === "state",
      ) ||
        isStateDemonym(m[1]!) ||
        isStateName(m[1]!));
    if (m[1] !== undefined && !byState && !reg.isFree(qualifierAt, headAt)) return;
    const qualified = m[1] !== undefined;
    const nameAt = qualified ? qualifierAt : headAt;
    const lower = head.replace(/\s+/g, " ").toLowerCase();
    // "FIFA's ethics committee": an organisation's organ is named with it; a state's institution
    // ("New Zealand's central bank") by itself.
    const possessor = /['’]s$/.test(text.slice(from + m.index, headAt).trimEnd())
      ? reg.mentions.find((x) => x.end === headAt - 3 || x.end === headAt - 2)
      : undefined;
    const owner = possessor && reg.actors.get(possessor.actor);
    // "Kenya's government", "the Nigerian government": the state acting.
    const state = governedState(reg, lower, m[1] !== undefined ? { start: qualifierAt, end: qualifierAt + m[1].length } : undefined, possessor);
    if (state) {
      reg.mention(state, headAt, end, sentence, "coref", text.slice(headAt, end));
      return;
    }
    const name = qualified
      ? `${m[1]} ${lower}`
      : owner && !["state", "person", "leader", "official"].includes(owner.kind) && / /.test(lower)
        ? `${text.slice(possessor!.start, possessor!.end)}'s ${lower}`
        : lower;
    // "the police": the article belongs to the mention; "New Zealand's central bank": the state keeps its own.
    const start = byState ? headAt : /^[Tt]he\s/.test(m[0]) ? from + m.index : nameAt;
    if (!reg.isFree(start, end)) return;
    // A bare head ("the ministry") is the institution already named with it ("Interior Ministry").
    // "The high court" after "the Madras high court" is that court.
    const named = qualified
      ? undefined
      : name.includes(" ")
        ? [...reg.actors.values()].find((a) => a.kind === "organization" && a.name.endsWith(` ${name}`))
        : [...reg.actors.values()].find(
            (a) => a.kind === "organization" && a.name.toLowerCase().split(/\s+/).includes(name),
          );
    // Otherwise "the agency", "the court" point back to the last actor of their kind (coref).
    const backKinds = BACK_REFERENCES[name];
    if (!named && backKinds && [...reg.actors.values()].some((a) => backKinds.includes(a.kind)))
      return;
    const id = named?.id ?? slug(name);
    if (!named) reg.ensure(id, name, "organization");
    reg.mention(id, start, end, sentence, named ? "coref" : "pattern", text.slice(start, end));
  }
}

// "nurses unions", "TALKS BETWEEN NURSES unions", "teachers' union": the unions of a trade, named in
// lower case; "its union", "previous unions" name no trade.
const TRADE_UNION = /\b([a-z]{3,}s|[A-Z]{3,}S)['’]?\s+(unions?)\b/g;
const NOT_TRADES = /^(?:its|this|his|hers|ours|yours|theirs|was|has|does|is|us|plus|thus|less|unless|various|previous|numerous|serious|famous|other|tens|dozens|hundreds|thousands|millions)$|(?:ous|ss)$/;

export function findTradeUnions(
  text: string,
  from: number,
  to: number,
  sentence: number,
  reg: ActorRegistry,
): void {
  for (const m of text.slice(from, to).matchAll(TRADE_UNION)) {
    const trade = m[1]!.toLowerCase();
    if (NOT_TRADES.test(trade)) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    if (!reg.isFree(start, end)) continue;
    const name = `${trade} ${m[2]!}`;
    reg.ensure(slug(name), name, "group");
    reg.mention(slug(name), start, end, sentence, "pattern", text.slice(start, end));
  }
}

// "Police said", "…, police said", "according to police": the police, with no article, speaking
// or cited; "Police in Lagos said": the force of a place; "… when police fired", "Police this
// month said": a clause's subject after a conjunction, a time between it and its verb. A capitalised word before ("Kenya Police", "Delhi police") leaves the name to the names.
const BARE_POLICE =
  /(?:^|(?<=[,;:"“”]\s*)|(?<=\b(?:and|but|while|when|after|as|where|[Aa]ccording to|said|says|[Cc]iting|[Qq]uoting|by)\s+))\s*([Pp]olice)\b(?=\s+(?:have\s+|had\s+|also\s+|later\s+|this\s+(?:week|month|year)\s+(?:and\s+last\s+)?)?(?:said|say|says|told|reported|added|confirmed|announced|arrested|fired|detained|used|were\s+quoted)\b|\s*[.,;]|\s+in\s+a\s+statement\b|\s+(?:in|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s+(?:province|state|city|district|county|region))?\s+(?:have\s+|had\s+|also\s+|later\s+)?(?:said|say|says|told|reported|confirmed|announced|arrested|detained)\b)/gu;

export function findBarePolice(text: string, from: number, to: number, sentence: number, reg: ActorRegistry): void {
  BARE_POLICE.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(BARE_POLICE)) {
    const start = from + m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (!reg.isFree(start, end)) continue;
    // "Oakland Police Department … police said": the force named before.
    const named = [...reg.actors.values()].find(
      (a) => a.kind === "organization" && a.name.toLowerCase().split(/\s+/).includes("police"),
    );
    const id = named?.id ?? slug("police");
    if (!named) reg.ensure(id, "police", "organization");
    reg.mention(id, start, end, sentence, named ? "coref" : "pattern", m[1]!);
  }
}
