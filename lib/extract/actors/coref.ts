import type { ActorKind } from "../../model";
import type { ActorDraft, ActorMention } from "../types";
import type { ActorRegistry } from "./registry";
import { isTitle } from "./titles";

/**
 * Definite descriptions and pronouns that point back to an actor already mentioned:
 * "the agency" → the last news agency, "the alliance" → the last alliance, "the minister" →
 * the last official, "the two sides" → the last two states, "he said" → the last person.
 */
const DESCRIPTIONS: { re: RegExp; kinds: ActorKind[]; count?: 2; notNamed?: RegExp }[] = [
  {
    re: /\b(?:the|The)\s+(?:news\s+)?(?:agency|outlet|newspaper|broadcaster|paper|publication|network|daily)\b/g,
    kinds: ["media"],
  },
  { re: /\b(?:the|The)\s+alliance\b/g, kinds: ["alliance"] },
  { re: /\b(?:the|The)\s+(?:bloc|union)\b/g, kinds: ["bloc"] },
  { re: /\b(?:the|The)\s+coalition\b/g, kinds: ["coalition"] },
  {
    re: /\b(?:the|The)\s+(?:organi[sz]ation|group|movement|militia|mission|delegation|commission|ministry|committee|council|court)\b/g,
    kinds: ["organization", "bloc"],
  },
  // "the company" is no union, party or public body named so ("the union", "the Labour Party").
  {
    re: /\b(?:the|The)\s+(?:company|firm)\b/g,
    kinds: ["organization"],
    notNamed: /\b(?:union|party|ministry|court|council|committee|commission|police|army|government|federation|association|movement|league|agency|authority|board)s?$/i,
  },
  {
    re: /\b(?:the|The)\s+(?:president|prime minister|premier|chancellor|king|leader)\b/g,
    kinds: ["leader"],
  },
  {
    re: /\b(?:the|The)\s+(?:foreign |defen[cs]e |finance |interior )?(?:minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|official|diplomat)\b/g,
    kinds: ["official"],
  },
  {
    re: /\b(?:the|The)\s+(?:two|both)\s+(?:sides|countries|nations|governments|neighbours|neighbors)\b|\b(?:both|Both)\s+(?:sides|countries|nations|governments)\b/g,
    kinds: ["state", "group", "bloc"],
    count: 2,
  },
  { re: /\b(?:the|The)\s+(?:country|government|state)\b/g, kinds: ["state"] },
  {
    re: /\b(?:He|She|he|she)\b(?=\s+(?:(?:also|later|then|again|further)\s+)?(?:said|says|told|added|noted|stressed|warned|argued|insisted|explained|wrote|claimed|stated|declared|announced|alleged|confirmed|denied|accused|vowed|pledged|promised|admitted|acknowledged|reiterated|suggested))/g,
    kinds: ["leader", "official", "person"],
  },
];

// "the bank" after "the Reserve Bank of New Zealand", "the Times" after "The New York Times",
// "the confederation" after "the Asian Rowing Confederation": the last institution whose name
// holds that word (the first few) or ends in it (a capitalised word, or the head noun of a body
// that speaks; not a building's or a place's, "the museum", "the airport").
const HEAD_WORD =
  /\b(?:the|The)\s+(?:(bank|party|union|board|fund|federation|association|exchange)|(\p{Lu}\p{Ll}+|confederation|department|authority|agency|organi[sz]ation|commission|ministry|service|office|institute|bureau|council|committee|tribunal|league|court|corporation|university|directorate|inspectorate|secretariat))\b(?!\s+\p{Lu})(?![-\u2019'])/gu;
const NAMED_KINDS = new Set<ActorKind>(["organization", "media", "bloc", "alliance", "coalition", "group"]);

function resolveHeadWords(text: string, from: number, to: number, sentence: number, reg: ActorRegistry): void {
  HEAD_WORD.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(HEAD_WORD)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!reg.isFree(start, end)) continue;
    const word = (m[1] ?? m[2]!).toLowerCase();
    const fits = (a: ActorDraft | undefined) => {
      if (!a || !NAMED_KINDS.has(a.kind)) return false;
      const words = a.name.toLowerCase().split(/\s+/);
      return words.length >= 2 && (m[1] ? words.includes(word) : words.at(-1) === word);
    };
    // Named institutions only: a lower-case description ("the central bank") joins one later.
    const named = new Set(
      reg.mentions
        .filter((x) => x.end <= start && fits(reg.actors.get(x.actor)) && /\p{Lu}/u.test(reg.actors.get(x.actor)!.name))
        .map((x) => x.actor),
    );
    // A word naming several institutions names none of them.
    if (named.size === 1) reg.mention([...named][0]!, start, end, sentence, "coref", m[0]);
  }
}

// "the governor" after "Governor Lars Eriksen" or "Lars Eriksen, the state's governor": the last
// person named with that title, before the name or in an apposition after it.
// "the prime minister" after "Prime Minister Ana Ruiz": a title of two words.
const TITLE_WORD = /\b(?:the|The)\s+((?:prime\s+)?\p{Ll}{3,})\b(?![-\u2019'])/gu;
const PEOPLE_KINDS = new Set<ActorKind>(["person", "official", "leader"]);

function resolveTitles(text: string, from: number, to: number, sentence: number, reg: ActorRegistry): void {
  TITLE_WORD.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(TITLE_WORD)) {
    const title = m[1]!;
    const word = title.replace(/\s+/g, "\\s+");
    if (!isTitle(title.split(/\s+/).at(-1)!)) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    if (!reg.isFree(start, end)) continue;
    const before = new RegExp(`\\b${word}\\s+$`, "iu");
    const after = new RegExp(`^,\\s+(?:the|an?)\\s+(?:[\\p{L}'’-]+\\s+){0,3}${word}\\b`, "u");
    const quoted = outside(quotedBefore(text, from, start));
    const titled = reg.mentions.filter(
      (x) =>
        x.end <= start &&
        quoted(x) &&
        PEOPLE_KINDS.has(reg.actors.get(x.actor)?.kind ?? "media") &&
        (before.test(text.slice(Math.max(0, x.start - 40), x.start)) || after.test(text.slice(x.end, x.end + 60))),
    );
    const last = titled.reduce<ActorMention | undefined>((a, x) => (!a || x.start > a.start ? x : a), undefined);
    if (last) reg.mention(last.actor, start, end, sentence, "coref", m[0]);
  }
}

// '"…," the minister said': a speaker after their quotation speaks of themselves as "I", so the
// description is none of the people named inside the quotation.
function quotedBefore(text: string, from: number, start: number): { start: number; end: number } | null {
  const before = text.slice(from, start);
  if (!/[,.!?…]?["”]\s*$/.test(before)) return null;
  const close = before.search(/["”]\s*$/);
  const curly = before.lastIndexOf("“", close);
  const straight = before.lastIndexOf('"', close - 1);
  const open = Math.max(curly, straight);
  return open < 0 ? null : { start: from + open, end: from + close };
}
const outside = (q: { start: number; end: number } | null) => (x: ActorMention) =>
  !q || x.start < q.start || x.end > q.end;

export function resolveCoreference(
  text: string,
  from: number,
  to: number,
  sentence: number,
  reg: ActorRegistry,
): void {
  resolveHeadWords(text, from, to, sentence, reg);
  resolveTitles(text, from, to, sentence, reg);
  const s = text.slice(from, to);
  for (const { re, kinds, count, notNamed } of DESCRIPTIONS) {
    re.lastIndex = 0;
    for (const m of s.matchAll(re)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (!reg.isFree(start, end)) continue;
      // "he said" after "X, the mayor of Pensacola, …" or "X, spokesman for the Y (YU) union": a name
      // after "of" or "for" is what a title is of, and a name given an acronym is a body's.
      const pronoun = /^(?:he|she)$/i.test(m[0]);
      const quoted = outside(quotedBefore(text, from, start));
      const candidates = (
        pronoun
          ? reg.mentions.filter(
              (x) =>
                !/\b(?:of|for)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, x.start - 9), x.start)) &&
                !/^\s*\([A-Z][A-Z0-9&]{1,7}\)/.test(text.slice(x.end, x.end + 12)),
            )
          : reg.mentions
      )
        .filter(quoted)
        .filter((x) => !notNamed || !notNamed.test(reg.actors.get(x.actor)?.name ?? ""))
        .filter(otherTitle(text, m[0], reg.mentions));
      // "Odinga suspended the protests, agreeing to talks with Ruto's aides. But he later announced …":
      // a pronoun opening its sentence continues the last sentence's subject, when that is a person.
      const centre = pronoun ? previousSubject(text, from, start, sentence, reg, kinds) : undefined;
      // Before a verb of saying the last person named is "he"; before other reports ("he later
      // announced") only a sentence's subject continued is.
      if (pronoun && !centre && !SAYING_AFTER.test(text.slice(end, end + 12))) continue;
      const targets = centre ? [centre] : lastActors(candidates, reg.actors, kinds, start, count ?? 1);
      if (targets.length < (count ?? 1)) continue;
      if (targets.length === 1) reg.mention(targets[0]!, start, end, sentence, "coref", m[0]);
      else for (const t of targets) reg.sharedMention(t, start, end, sentence);
    }
  }
}

// "the president" is not the actor named "Prime Minister X", nor "the prime minister" one named "President X".
const HEAD_TITLES = /\b(president|prime\s+minister)\s*$/i;
function otherTitle(text: string, description: string, mentions: readonly ActorMention[]) {
  const own = HEAD_TITLES.exec(description)?.[1]?.toLowerCase().replace(/\s+/g, " ");
  if (!own) return () => true;
  const titled = new Set(
    mentions
      .filter((x) => {
        const t = HEAD_TITLES.exec(text.slice(Math.max(0, x.start - 16), x.start))?.[1];
        return t !== undefined && t.toLowerCase().replace(/\s+/g, " ") !== own;
      })
      .map((x) => x.actor),
  );
  return (x: ActorMention) => !titled.has(x.actor);
}

function lastActors(
  mentions: readonly ActorMention[],
  actors: ReadonlyMap<string, ActorDraft>,
  kinds: ActorKind[],
  before: number,
  count: number,
): string[] {
  // The latest mention of each actor of the wanted kinds before `before`: one pass, no sorting of all mentions.
  const latest = new Map<string, number>();
  for (const m of mentions) {
    if (m.end > before) continue;
    const kind = actors.get(m.actor)?.kind;
    if (!kind || !kinds.includes(kind)) continue;
    if ((latest.get(m.actor) ?? -1) < m.start) latest.set(m.actor, m.start);
  }
  const found = [...latest.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([id]) => id);
  return found;
}

const SAYING_AFTER = /^\s+(?:said|says|told|added|noted|stressed|warned|argued|insisted|explained|wrote|claimed|stated|declared)\b/;
// What may open a sentence before its pronoun subject: "But he", "However, she", "He".
const PRONOUN_OPENS = /^\W*(?:(?:But|And|Yet|However|Later|Still),?\s+)?$/;
// A name opening its sentence: after a sentence's end (or the text's start), capitalised words only.
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** The person opening the sentence before, for a pronoun that opens its own. */
function previousSubject(
  text: string,
  from: number,
  start: number,
  sentence: number,
  reg: ActorRegistry,
  kinds: ActorKind[],
): string | undefined {
  if (!PRONOUN_OPENS.test(text.slice(from, start))) return undefined;
  const first = reg.mentions.filter((m) => m.sentence === sentence - 1).sort((a, b) => a.start - b.start)[0];
  if (!first || !OPENS_SENTENCE.test(text.slice(Math.max(0, first.start - 60), first.start))) return undefined;
  // "Putin's spokesman Dmitry Peskov said …. He added": a possessor is not the subject.
  if (/^['’]s?\s/.test(text.slice(first.end, first.end + 3))) return undefined;
  const kind = reg.actors.get(first.actor)?.kind;
  return kind && kinds.includes(kind) ? first.actor : undefined;
}
