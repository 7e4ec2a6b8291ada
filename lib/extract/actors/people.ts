import type { ActorKind } from "../../model";
import { isCommonNoun, isFirstName, isKnownWord, isLastName, isOrganizationWord, isPlace, isPluralNoun, isVerbForm } from "../lexicon";
import { isCapitalized, isPossessive, type Token } from "../tokens";
import { isPluralApostrophe } from "./name-words";
import { NAME_RULES, ORG_HEADS, surnameKey, type Name, type Run } from "./name-rules";
import { isBodyAt } from "./body-names";
import { isHyphenatedGiven, isHyphenatedGivenName } from "./given-names";
import { companiesJoined, namesJoined } from "./joined-names";
import { ownerBeforeCompound } from "./party-names";
import { holderAfterDomain } from "./officer-domain";
import { slug, type ActorRegistry } from "./registry";
import { CONNECTORS, HONORIFICS, isAdjectivalTitle, isHonorificAt, isPortfolio, isTitle, isTitleWord, readTitle } from "./titles";

// Months, weekdays, diseases named like proper nouns ("an outbreak of Ebola"), festivals ("Hanukkah")
// and a faith's adjectives, which qualify a noun ("the Jewish community", no "Jewish"): no one.
const NOT_NAMES = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday i ebola zika marburg lassa mpox covid covid-19 sars mers h5n1 h1n1 hanukkah chanukah passover ramadan eid diwali holi easter christmas nowruz vesak jewish muslim hindu sikh catholic islamic sunni shia shiite protestant coptic druze yazidi".split(
    " ",
  ),
);

/**
 * Named people and organisations that the gazetteer does not know: runs of capitalised words
 * classified by titles ("Foreign Minister Wang Yi"), first names from compromise's lexicon,
 * and organisation head words ("Defence Ministry"). Later bare surnames ("Wang said") corefer.
 */
export function findNamedActors(
  text: string,
  tokens: readonly Token[],
  sentence: number,
  reg: ActorRegistry,
  surnames: Map<string, string>,
): void {
  const run: Run = { text, tokens, sentence, reg, surnames };
  let i = 0;
  while (i < tokens.length) {
    if (!isCandidate(tokens, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < tokens.length && isCandidate(tokens, j)) {
        j++;
        continue;
      }
      // "Pieter van der Berg": a connector between capitalised words, or a name's particles
      // ("van der", "de la"); "of the" ends a name ("Tomas Reyes of the Harbour Alliance").
      let k = j;
      while (k < tokens.length && CONNECTORS.has(tokens[k]!.text) && k - j < 3) k++;
      if (k - j > 1 && !tokens.slice(j, k).every((t) => PARTICLES.has(t.text))) k = j;
      // "Peter Mwangi of Nairobi", "Queen Rania of Jordan": a person of a place (or a state read) is two names.
      const placed = k < tokens.length && (isPlace(tokens[k]!.text) || !reg.isFree(tokens[k]!.start, tokens[k]!.end));
      const personOfPlace = tokens[j]?.text === "of" && k === j + 1 && placed && isPersonRun(tokens, i, j);
      if (k > j && k < tokens.length && isCandidate(tokens, k) && !personOfPlace) {
        j = k + 1;
        continue;
      }
      // "P. Chidambaram", "J. K. Rowling": an initial's full stop goes on a name.
      if (j < tokens.length && isInitialStop(tokens, j) && j + 1 < tokens.length && isCandidate(tokens, j + 1)) {
        j += 2;
        continue;
      }
      // "Brightwater Inc.", "Kestrel Co.": a company's abbreviated head keeps its full stop.
      if (j < tokens.length && tokens[j]!.text === "." && tokens[j]!.start === tokens[j - 1]!.end && /^(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr)$/.test(tokens[j - 1]!.text)) {
        j++;
        continue;
      }
      // "People's Liberation Army", "Women's Rights Council": a plural noun's possessive inside a name.
      if (
        j + 1 < tokens.length &&
        isPossessive(tokens[j]!.text) &&
        isPluralNoun(tokens[j - 1]!.text) &&
        isCandidate(tokens, j + 1)
      ) {
        j += 2;
        continue;
      }
      // "Employers’ Confederation", "Farmers' Union": a plural's apostrophe alone, inside a name.
      if (j + 1 < tokens.length && isPluralApostrophe(tokens, j) && isCandidate(tokens, j + 1)) {
        j += 2;
        continue;
      }
      break;
    }
    const and = companiesJoined(tokens, i, j);
    // "Superintendent Ng Lok-chun": a name going on in a word not read is not cut short.
    const cut = j < tokens.length && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end + 1;
    const pair = and < 0 ? namesJoined(tokens, i, j) : -1;
    if (pair >= 0) {
      // "Liu Qiang and Anjali Raghavan", "Human Rights Watch and the Bank of Ghana": two names.
      // The second first, so that the first may be read as listed with it.
      classify(run, pair + 1, j);
      classify(run, i, pair);
    } else if (and < 0) {
      void (cut ? ownerBeforeCompound(run, i, j) : classify(run, i, j)); // "Marlow Group-owned": its owner
    }
    else
      // A name joined to a company by "and" is one too: "Comcast and Time Warner Cable", "Amazon.com and Walmart".
      for (const [from, to] of [[i, and], [and + 1, j]] as const) {
        const first = tokens[from]!;
        const last = tokens[to - 1]!;
        const name = text.slice(first.start, last.end);
        const personal = tokens.slice(from, to).some((t) => isFirstName(t.text) || isTitle(t.text) || HONORIFICS.has(t.text));
        if (to - from > 4 || isPlace(name) || personal || !reg.isFree(first.start, last.end)) {
          classify(run, from, to);
          continue;
        }
        reg.ensure(slug(name), name, "organization");
        reg.mention(slug(name), first.start, last.end, sentence, "ner", name);
      }
    i = j;
  }
}

/** Whether tokens [from, to) read as a person's name: a given name or a title first, no institution's head word. */
function isPersonRun(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).map((t) => t.text);
  return (isFirstName(words[0]!) || isTitle(words[0]!)) && !words.some((w) => ORG_HEADS.has(w.toLowerCase()));
}

const JOINED_PARTS = /^\p{Lu}\p{Ll}+(?:-\p{Ll}{1,3})+-\p{Lu}\p{Ll}+$/u;
// Particles of names, which may come two together: "van der", "de la", "bin Abdul".
const PARTICLES = new Set(["van", "von", "der", "den", "de", "la", "del", "da", "du", "bin", "al", "ibn", "voor"]);
/** A word opening an apposition that describes a person: "a", "the", an age, a lower-case title ("chief executive"). */
const isApposition = (w: string) => /^(?:a|an|the|\d{1,3})$/.test(w) || (/^\p{Ll}/u.test(w) && isTitleWord(w));

/** The full stop after an initial: "P" "." in "P. Chidambaram", written with no space. */
function isInitialStop(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1]!;
  return t.text === "." && /^\p{Lu}$/u.test(prev.text) && t.start === prev.end;
}

function isCandidate(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.text;
  // "Rashad al-Amri", "Ahmed bin-Salem": a lower-case particle joined to a name goes on it.
  if (/^(?:al|el|ad|as|ash|an|bin|ibn|abu|bou)-\p{Lu}\p{Ll}+$/u.test(w))
    return i > 0 && isCapitalized(tokens[i - 1]!.text) && /^\p{L}/u.test(tokens[i - 1]!.text);
  // "Houthi-run", "Western-backed": a compound adjective, not part of a name.
  return (
    isCapitalized(w) &&
    !NOT_NAMES.has(w.toLowerCase()) &&
    // "M23", "A320": an acronym with digits is a name too.
    (/^[\p{L}][\p{L}.'’&-]*$/u.test(w) || /^\p{Lu}+\p{N}+$/u.test(w)) &&
    // "Sher-e-Bangla", "Abd-al-Rahman": capitalised parts joined by a short lower-case particle.
    (!/-\p{Ll}/u.test(w) || isHyphenatedGivenName(tokens, i) || JOINED_PARTS.test(w))
  );
}

/** Classifies the capitalised run [from, to): its title, if any, then what the name after it names. */
function classify(run: Run, from: number, to: number): void {
  if (speakingInstitution(run, from, to) || knownShortName(run, from, to)) return;
  // "Comcast and Time Warner Cable", "Walmart and Target": a known company before "and" is a name
  // of its own, not the first word of one ("Procter and Gamble" keeps its "and").
  const and = run.tokens.findIndex((t, k) => k > from && k < to - 1 && t.text === "and");
  if (and === from + 1 && isOrganizationWord(run.tokens[from]!.text)) {
    classify(run, from, and);
    classify(run, and + 1, to);
    return;
  }
  const i = splitOfficer(run, nameStart(run, from, to), to);
  let title = readTitle(run.tokens, i, to);
  // "Justice G Jayachandran" is a judge; "Justice Ministry", "Justice and Development Party" are no one's title.
  const titles = run.tokens.slice(i, title.end).filter((t) => isTitle(t.text));
  if (
    titles.length === 1 &&
    titles[0]!.text === "Justice" &&
    (CONNECTORS.has(run.tokens[i + 1]?.text ?? "") || ORG_HEADS.has(run.tokens[to - 1]!.text.toLowerCase()))
  )
    title = { end: i, kind: null };
  if (title.end === i + 1 && to === i + 2 && isAdjectivalTitle(run.tokens, i)) return;
  // "(General of the) Army Valery Gerasimov": a modifier before a first name and a surname is the title's.
  while (
    title.end < to - 2 &&
    isTitleWord(run.tokens[title.end]!.text) &&
    isFirstName(run.tokens[title.end + 1]!.text)
  )
    title.end++;
  if (title.kind) title.end = holderAfterDomain(run.tokens, title.end, to);
  if (title.end >= to) return;
  const name = nameAfterTitle(run, from, to, i, title);
  if (!name) return;
  for (const rule of NAME_RULES) if (rule(run, name)) return;
}

// "Van der Berg added", "López Obrador said": a person's shortened name of several words, read whole.
function knownShortName(run: Run, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const first = run.tokens[from]!;
  const last = run.tokens[to - 1]!;
  const surface = run.text.slice(first.start, last.end);
  const id = run.surnames.get(surnameKey(surface));
  if (!id || !run.reg.isFree(first.start, last.end)) return false;
  return run.reg.mention(id, first.start, last.end, run.sentence, "ner", surface);
}

// An institution named by its head word alone, speaking: "Police said", "The Army denied".
function speakingInstitution(run: Run, from: number, to: number): boolean {
  const { tokens } = run;
  if (!(
    to - from === 1 &&
    ORG_HEADS.has(tokens[from]!.text.toLowerCase()) &&
    /^(?:said|says|told|reported|announced|confirmed|denied|warned|stated)$/.test(
      tokens[to]?.text ?? "",
    )
  ))
    return false;
  const t = tokens[from]!;
  const id = slug(t.text);
  run.reg.ensure(id, t.text, "organization");
  run.reg.mention(id, t.start, t.end, run.sentence, "ner", t.text);
  return true;
}

// An adverb's shape: "Globally", "Separately", "Domestically" (not "Connolly", "Donnelly").
const ADVERB = /^\p{Lu}\p{Ll}{2,}(?:al|at|iv|ous|ent|ant|ic|ful|ibl|abl)e?ly$/u;

/** Where the name proper (or its title) starts: past a sentence-initial common word, words already read, honorifics, "The". */
function nameStart(run: Run, from: number, to: number): number {
  const { tokens, reg } = run;
  let i = from;
  // A sentence-initial common word ("According", "One") is not part of a name.
  if (
    i === 0 &&
    isKnownWord(tokens[i]!.text) &&
    !isFirstName(tokens[i]!.text) &&
    !isTitle(tokens[i]!.text) &&
    !isOrganizationWord(tokens[i]!.text) &&
    // "Alvarez said" after "José Álvarez": a surname already read is a name, whatever the dictionary says.
    !run.surnames.has(surnameKey(tokens[i]!.text)) &&
    // "Liu Qiang said", "Zhang Wenhui spoke": a word the dictionary knows only as a surname opens
    // a name, and so does any before a hyphenated given name ("Lee Soo-hyun").
    !(isLastName(tokens[i]!.text) && to - from >= 2) &&
    !(to - from === 2 && isHyphenatedGiven(tokens[i + 1]!.text)) &&
    // "Human Rights Watch said": dictionary words speaking as one are a body's name whole.
    !isBodyAt(run, from, to) &&
    // "Bank of Ghana said": an institution's head before "of" opens its name.
    !(ORG_HEADS.has(tokens[i]!.text.toLowerCase()) && tokens[i + 1]?.text === "of") &&
    // "Kenya Airways said", "Ankara University said": a place opening an institution's name.
    !(isPlace(tokens[i]!.text) && to - from >= 2 && ORG_HEADS.has(tokens[to - 1]!.text.toLowerCase())) &&
    // "Wang Haoran, a senior negotiator, …": two words before an apposition are a name whole.
    !(to - from === 2 && tokens[to]?.text === "," && isApposition(tokens[to + 1]?.text ?? "")) &&
    // "Park Ji-won said": a family name before a hyphenated given name.
    !(to - from === 2 && isHyphenatedGiven(tokens[i + 1]!.text))
  )
    i++;
  // "Globally GE had …", "Separately Nordex said": a sentence-initial adverb before a name is none of it.
  else if (i === 0 && to - from >= 2 && ADVERB.test(tokens[i]!.text) && !isFirstName(tokens[i]!.text) && !isLastName(tokens[i]!.text))
    i++;
  // "Striker Moussa Diallo scored": a sentence-initial word no dictionary knows, before a given name
  // and more, is the role capitalised by its place.
  else if (
    i === 0 &&
    to - from >= 3 &&
    !isKnownWord(tokens[i]!.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.text) &&
    isFirstName(tokens[i + 1]!.text) &&
    !isFirstName(tokens[i]!.text) &&
    // "José Luis Ortega", "María Fernanda López": a word with letters English roles lack is a name's.
    !/[^\p{ASCII}]/u.test(tokens[i]!.text)
  )
    i++;
  // "Supporters of Raila Odinga": a word opening the sentence before "of" is no institution's.
  if (
    i === 0 &&
    tokens[1]?.text === "of" &&
    to > 2 &&
    !ORG_HEADS.has(tokens[0]!.text.toLowerCase()) &&
    !isTitleWord(tokens[0]!.text) &&
    !isOrganizationWord(tokens[0]!.text)
  )
    i = 2;
  // "Wang Yi held talks": a short common noun opening the sentence before a short word no
  // dictionary knows is a family name before a given name.
  if (
    from === 0 &&
    i === 1 &&
    to === 2 &&
    isCommonNoun(tokens[0]!.text) &&
    tokens[0]!.text.length <= 5 &&
    /^\p{Lu}\p{Ll}{1,7}$/u.test(tokens[1]!.text) &&
    (!isKnownWord(tokens[1]!.text) || isLastName(tokens[1]!.text)) &&
    /^\p{Ll}/u.test(tokens[2]?.text ?? "")
  )
    i = 0;
  // Words already read (a nationality, a place) lead into the title: "Chinese Foreign Minister Zhao Ming".
  while (i < to && !reg.isFree(tokens[i]!.start, tokens[i]!.end)) i++;
  while (i < to && isHonorificAt(tokens, i)) i++;
  // "The Reserve Bank of New Zealand" after a dateline: the article is no part of the name.
  if (i + 1 < to && (tokens[i]!.text === "The" || tokens[i]!.text === "the")) i++;
  return i;
}

/** An institution, then its officer: "Central Bank President Julio Velarde", "INMO General Secretary …". The institution is classified on its own; returns where the officer's title starts. */
function splitOfficer(run: Run, i: number, to: number): number {
  const { tokens } = run;
  let lastTitle = -1;
  for (let k = i + 1; k < to - 1; k++) if (isTitle(tokens[k]!.text)) lastTitle = k;
  if (lastTitle <= i) return i;
  let k = lastTitle;
  // "Chairman and CEO": titles joined by "and" are one title.
  while (
    k > i &&
    (isTitleWord(tokens[k - 1]!.text) ||
      (tokens[k - 1]!.text === "and" && k - 2 > i && isTitle(tokens[k - 2]!.text)))
  )
    k--;
  if (k <= i) return i;
  classify(run, i, k);
  return k;
}

/** The name's words and offsets, or null when another stage already read them. */
function nameAfterTitle(
  run: Run,
  from: number,
  to: number,
  i: number,
  title: { end: number; kind: ActorKind | null },
): Name | null {
  const span = run.tokens.slice(title.end, to);
  const words = span.map((t) => t.text);
  const start = span[0]!.start;
  const end = span[span.length - 1]!.end;
  if (!run.reg.isFree(start, end)) return null;
  return {
    from,
    to,
    titleStart: i,
    titleEnd: title.end,
    titleKind: title.kind,
    words,
    start,
    end,
    surface: run.text.slice(start, end),
    head: words.filter((w) => w !== ".").at(-1)!.toLowerCase(),
    next: run.tokens[to]?.text ?? "",
  };
}

/**
 * A single capitalised word that is no dictionary word, place or name part ("Airbus", "Gazprom")
 * is an organisation when the article uses it at least twice mid-sentence: salience stands in
 * for the knowledge a gazetteer would need.
 */
export function findSalientNames(
  text: string,
  sentences: readonly { start: number; end: number; index: number }[],
  tokensOf: (i: number) => readonly Token[],
  reg: ActorRegistry,
): void {
  const counts = new Map<string, number>();
  // A common noun capitalised mid-sentence ("Staples agreed", "rival Staples"), never with an
  // article, and once at least acting or owning, is a name too.
  const common = new Map<string, { uses: number; acts: boolean; articled: boolean }>();
  for (const s of sentences) {
    const tokens = tokensOf(s.index);
    tokens.forEach((t, i) => {
      if (isCommonName(t.text)) {
        const c = common.get(t.text) ?? { uses: 0, acts: false, articled: false };
        const prev = tokens[i - 1]?.text ?? "";
        const next = tokens[i + 1]?.text ?? "";
        if (/^(?:the|a|an)$/i.test(prev)) c.articled = true;
        if (i > 0 && !isCapitalized(prev) && !isCapitalized(next) && !/^["“‘'(:]$/.test(prev)) c.uses++;
        if (isPossessive(next) || next === "’" || (/^\p{Ll}/u.test(next) && isVerbForm(next))) c.acts = true;
        common.set(t.text, c);
      }
      if (i === 0 || !isSalientShape(t.text) || !reg.isFree(t.start, t.end)) return;
      if (
        isCapitalized(tokens[i - 1]!.text) ||
        (tokens[i + 1] && isCapitalized(tokens[i + 1]!.text))
      )
        return;
      counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    });
  }
  for (const [w, c] of common) if (c.uses >= 2 && c.acts && !c.articled) counts.set(w, c.uses);
  for (const s of sentences)
    for (const t of tokensOf(s.index)) {
      if ((counts.get(t.text) ?? 0) < 2 || !reg.isFree(t.start, t.end)) continue;
      const id = slug(t.text);
      reg.ensure(id, t.text, "organization");
      reg.mention(id, t.start, t.end, s.index, "ner", text.slice(t.start, t.end));
    }
}

/** No place, first name, title, portfolio ("Minister of Defence" twice is no organisation) or institution head. */
function namesNothingElse(w: string): boolean {
  const lower = w.toLowerCase();
  return !isPlace(w) && !isFirstName(w) && !NOT_NAMES.has(lower) && !isTitleWord(w) && !isPortfolio(w) && !ORG_HEADS.has(lower);
}

function isCommonName(w: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(w) && isCommonNoun(w) && namesNothingElse(w);
}

function isSalientShape(w: string): boolean {
  return /^\p{Lu}[\p{L}-]{2,}$/u.test(w) && !isKnownWord(w) && namesNothingElse(w);
}
