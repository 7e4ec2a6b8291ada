import { gazetteer, type Form } from "../gazetteer";
import { isKnownWord, isVerbForm } from "../lexicon";
import { isPossessive, type Token } from "../tokens";
import { findLedGroup } from "./led-groups";
import { placeAfterAcronym } from "./acronym-places";
import { readBranchName } from "./branch-names";
import { isTitle } from "./titles";
import { ORG_HEADS } from "./name-rules";
import { slug, type ActorRegistry } from "./registry";

const LOCATIVE = new Set(
  "in at to from near outside inside around across via into toward towards through throughout between of for on beyond within".split(
    " ",
  ),
);
const AGENT_VERBS = new Set(
  "is was has had will would could can may might must should says said said, says told tells insists insisted wants wanted plans planned aims aimed hopes hoped warns warned notes noted believes believed argues argued accuses accused rejects rejected denies denied responds responded announced announces agreed agrees refused refuses demands demanded seeks sought threatens threatened urges urged expects expected remains remained appears appeared prepared intends intended".split(
    " ",
  ),
);
// Words after a demonym that make it name the state or bloc acting ("U.S. troops", "European leaders").
const COLLECTIVE = new Set(
  "troops forces soldiers army military navy government governments authorities leaders leadership officials diplomats counterparts side delegation delegations negotiators administration territory territories people citizens nationals allies partners intelligence proposal proposals position officials' president prime foreign defence defense ministry ministries embassy lawmakers parliament senate congress economy companies firms sanctions support aid weapons vessel vessels ship ships boat boats warship warships aircraft jets drones coast guard border police security envoy ambassador minister officials ally supply".split(
    " ",
  ),
);

// Nouns whose "between X and Y" names the parties of a relation.
const RELATION_NOUNS = new Set(
  "cooperation co-operation talks negotiations relations ties contacts dialogue agreement agreements deal deals treaty trade partnership alliance rapprochement summit meeting meetings consultations tensions dispute conflict war".split(
    " ",
  ),
);

// Compass and region words before a demonym that make it a region's ("South American").
const REGION_WORDS = new Set("North South East West Central Latin Southeast Southern Northern Eastern Western".split(" "));

const INSTITUTION_BEFORE_OF =
  /^(?:Bank|Ministry|Council|University|Court|Commission|Committee|Union|Institute|Academy|Federation|Association|Chamber|Party|Organisation|Organization|Movement|Front|Alliance|Confederation|League|Society|Office|Department|Board|Authority|Agency|Parliament|Senate|Assembly|Congress|Police|Army|Navy)$/;

const CURRENCIES = /^(?:dollars?|euros?|pounds?|yen|yuan|renminbi|rupees?|roubles?|rubles?|pesos?|francs?|shillings?|naira|rand|dinars?|dirhams?|riyals?|lira|reais|currency|cents?)$/;

// Companies named by their country: "Kenya Airways", "Ethiopian Airlines", "India Railways".
// "Japan Post", "China Mobile", "Kenya Power": so are a post office's, a telecom's, a utility's.
// "U.S. Bank", "U.S. Bancorp": and a commercial bank's (a state's own bank is its "central bank" or "Bank of X").
const CARRIERS = /^(?:Airways|Airlines|Air|Railways?|Rail|Telecoms?|Petroleum|Shipping|Post|Mobile|Steel|Tobacco|Power|Electric|Motors|Holdings|Insurance|Bank|Bancorp)$/;

/** "US$6.8 billion", "Aus$9.05", "NZ$40": a currency's code before its sign is money, no one. */
function currencyCode(text: string, token: Token, reg: ActorRegistry): boolean {
  if (!/^\p{Lu}\p{L}{0,3}$/u.test(token.text) || text[token.end] !== "$") return false;
  reg.block(token.start, token.end + 1);
  return true;
}

/** Whether capitalised words from `i`, one "and" among them, end in an institution's head ("Food and Drug Administration"). */
function joinedBodyName(words: readonly string[], i: number): boolean {
  let and = false;
  for (let k = i; k < words.length && k < i + 6; k++) {
    const w = words[k]!;
    if (w === "and" && !and && k > i) {
      and = true;
      continue;
    }
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
    if (and && ORG_HEADS.has(w.toLowerCase())) return true;
  }
  return false;
}

/** Whether the capitalised word before a state's name at `i` makes the name end another's ("the Copa America"). */
function endsAnotherName(words: readonly string[], i: number): boolean {
  const prev = words[i - 1] ?? "";
  return (
    i > 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(prev) &&
    // "Karachi: The Pakistan Cricket Board": an article capitalised after a dateline opens no name.
    !/^(?:The|A|An)$/.test(prev) &&
    !isTitle(prev) &&
    !gazetteer.match(words, i - 1)
  );
}

/** Gazetteer names, demonyms and metonyms of one sentence's tokens. */
export function findKnownActors(
  text: string,
  words: readonly string[],
  tokens: readonly Token[],
  sentence: number,
  reg: ActorRegistry,
): void {
  // Where a capital read as a party of "between X and …" ends: the next may be its partner.
  let partyAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const skip = currencyCode(text, tokens[i]!, reg) ? i : readBranchName(text, tokens, words, i, sentence, reg) - 1; // "Walmart Chile"
    if (skip >= i) { i = skip; continue; }
    const form = gazetteer.match(words, i);
    if (!form) {
      backer(text, tokens, i, sentence, reg);
      continue;
    }
    // "ILWU Canada said": a place after an unknown acronym is part of a body's name, read with the names.
    if (placeAfterAcronym(tokens, i)) { i += form.tokens.length - 1; continue; }
    const n = form.tokens.length;
    const first = tokens[i]!;
    const last = tokens[i + n - 1]!;
    const next = words[i + n];
    const prev = i > 0 ? words[i - 1]!.toLowerCase() : "";
    const prevPrev = i > 1 ? words[i - 2]!.toLowerCase() : "";
    let ok = true;
    // "Reserve Bank of New Zealand", "Bank of England": the country is part of an institution's name.
    if (prev === "of" && i > 1 && INSTITUTION_BEFORE_OF.test(words[i - 2]!)) continue;
    // "Russia's Security Council", "the Russian Security Council": a state's own body, not the
    // international one the gazetteer files under that generic name.
    if (n === 2 && form.entry.kind !== "state" && ownedByState(words, i, form.entry.id)) continue;
    // "South American", "Central Asian", "in South America": a region's name or adjective, not the
    // state's; left to the names that hold it ("the South American Football Confederation").
    if (n === 1 && form.role !== "metonym" && i > 0 && REGION_WORDS.has(words[i - 1]!)) continue;
    // "the West African Health Agency": a compass word before a capitalised word is part of a name.
    if (n === 1 && REGION_WORDS.has(words[i]!) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next)) continue;
    // "the Copa America", "Air France": a state's name after a capitalised word inside a sentence
    // ends another name (an event's, a company's), unless that word is a title, a possessor or a
    // name the gazetteer knows ("President Ruto's Kenya", "US Congress").
    if (n === 1 && form.entry.kind === "state" && form.role === "name" && endsAnotherName(words, i)) {
      reg.block(first.start, last.end);
      continue;
    }
    // "paid in U.S. dollars": money; "Kenya Ports Authority", "Saudi Aramco": another's name.
    if (stateInOtherName(text, tokens, words, i, n, form, sentence, reg)) {
      i += n - 1;
      continue;
    }
    // "Tour de France", "Banque du Liban": a state's name after a Romance "de" is inside another name.
    if (i > 1 && /^(?:de|du|des|del)$/.test(words[i - 1]!) && /^\p{Lu}/u.test(words[i - 2]!)) {
      reg.block(first.start, last.end);
      i += n - 1;
      continue;
    }
    // "Mount Kenya", "Lake Chad", "Cape Verde" is a place: a state's name after a place's word names no one.
    if (i > 0 && /^(?:Mount|Mt|Lake|Cape|Fort|Port)$/.test(words[i - 1]!)) {
      reg.block(tokens[i - 1]!.start, last.end);
      i += n - 1;
      continue;
    }
    // "Ankara University", "Kenya Airways": a capital or a state before an institution's head
    // names where the institution is; the name is the institution's, read with the names.
    // (A state's own organs, "Kenya Police", stay the state's.)
    if (
      next !== undefined &&
      /^\p{Lu}/u.test(next) &&
      ((form.role === "metonym" && ORG_HEADS.has(next.toLowerCase())) ||
        (form.role === "name" && form.entry.kind === "state" && CARRIERS.test(next)))
    ) {
      i += n - 1;
      continue;
    }
    // "the African National Congress", "the Indian National Congress": the short form of one body's
    // name ("Congress" of "U.S. Congress") ends another's after a capitalised word, unless that word
    // is a state's ("US Congress", "American Congress").
    if (
      n === 1 &&
      form.entry.kind !== "state" &&
      // the entry's name without its qualifier ("Congress" of "U.S. Congress")
      form.entry.name.endsWith(` ${words[i]}`) &&
      i > 0 &&
      /^\p{Lu}\p{Ll}/u.test(words[i - 1]!) &&
      stateAt(words, i - 1) === undefined &&
      !gazetteer.match(words, i - 1)
    )
      continue;
    if (form.role === "metonym") {
      const locative = LOCATIVE.has(prev) || (prev === "the" && LOCATIVE.has(prevPrev));
      const agentive =
        next !== undefined &&
        (isPossessive(next) || AGENT_VERBS.has(next) || (/^[a-z]/.test(next) && isVerbForm(next)));
      // "cooperation between Moscow and Minsk", "talks between Washington and Beijing": the
      // parties of a relation are the governments their capitals stand for, not places.
      const party =
        (prev === "between" && RELATION_NOUNS.has(prevPrev)) || (prev === "and" && partyAt === i - 1);
      if (party && prev === "between") partyAt = i + n;
      ok = party || (!locative && agentive);
    } else if (form.role === "demonym") {
      ok = next !== undefined && COLLECTIVE.has(next.toLowerCase());
      // "the Zambian Food and Drugs Agency": a demonym opening such a name is its first word.
      if (!ok && joinedBodyName(words, i + n)) continue;
    }
    if (!ok) {
      // A place ("talks in Kuala Lumpur") or a bare adjective is still not a person's or company's name.
      reg.block(first.start, last.end);
      i += n - 1;
      continue;
    }
    reg.ensure(form.entry.id, form.entry.name, form.entry.kind);
    reg.mention(
      form.entry.id,
      first.start,
      last.end,
      sentence,
      "gazetteer",
      text.slice(first.start, last.end),
    );
    i += n - 1;
  }
}

// "Rwanda-backed rebels", "Saudi-led coalition", "Moscow-backed forces": the state in a compound
// that says who backs or leads is an actor.
const BACKING = /^(\p{Lu}[\p{L}.]*)-(?:backed|led|sponsored|supported|funded|armed|allied|brokered|mediated|controlled)$/u;

function backer(text: string, tokens: readonly Token[], i: number, sentence: number, reg: ActorRegistry): void {
  const token = tokens[i]!;
  const m = BACKING.exec(token.text);
  if (!m) return;
  const form = gazetteer.match([m[1]!], 0);
  // a state by name or demonym ("Saudi-led"); not a bare adjective's group ("Western-backed")
  if (!form || form.tokens.length !== 1 || (form.role !== "name" && form.entry.kind !== "state")) return;
  const end = token.start + m[1]!.length;
  reg.ensure(form.entry.id, form.entry.name, form.entry.kind);
  reg.mention(form.entry.id, token.start, end, sentence, "gazetteer", text.slice(token.start, end));
  findLedGroup(text, tokens, i, end, sentence, reg);
}

/**
 * A state's name or demonym before its currency ("U.S. dollars") names money, and is blocked; its
 * name before capitalised words ending in an institution's head ("Kenya Ports Authority", "Ghana
 * Cocoa Board") names where the institution is, left to the names; before one word no dictionary
 * knows ("Saudi Aramco"), a company named with its country, read here.
 */
function stateInOtherName(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  i: number,
  n: number,
  form: Form,
  sentence: number,
  reg: ActorRegistry,
): boolean {
  const next = words[i + n];
  const first = tokens[i]!;
  if (next === undefined || form.entry.kind !== "state") return false;
  if (CURRENCIES.test(next)) {
    reg.block(first.start, tokens[i + n - 1]!.end);
    return true;
  }
  const named = form.role === "name" ? institutionAfterState(words, i + n) : 0;
  if (named === 1) {
    const end = tokens[i + n]!;
    const name = text.slice(first.start, end.end);
    reg.ensure(slug(name), name, "organization");
    reg.mention(slug(name), first.start, end.end, sentence, "ner", name);
  }
  return named > 0;
}

/**
 * After a state's name at k: 1 for one capitalised word no dictionary knows ending the name
 * ("Saudi Aramco"), 2 for capitalised words ending in an institution's head two words on or more
 * ("Kenya Ports Authority"; "Kenya Police" stays the state's own), 0 otherwise.
 */
function institutionAfterState(words: readonly string[], k: number): number {
  const w = words[k] ?? "";
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || isTitle(w) || gazetteer.match(words, k)) return 0;
  // a word no dictionary knows, no plural ("Affairs") nor an institution's head, ending the name
  const unknown = !isKnownWord(w) && !/s$/.test(w) && !ORG_HEADS.has(w.toLowerCase());
  if (unknown && !/^(?:\p{Lu}|of$|for$)/u.test(words[k + 1] ?? "")) return 1;
  for (let j = k + 1; j < k + 3 && /^\p{Lu}\p{Ll}/u.test(words[j] ?? ""); j++)
    if (ORG_HEADS.has(words[j]!.toLowerCase()) && !/^\p{Lu}/u.test(words[j + 1] ?? "")) return 2;
  return 0;
}

/** Whether the words before i make the name there a state's own: "Russia's", "Russian". */
function ownedByState(words: readonly string[], i: number, entry: string): boolean {
  const owner =
    i > 1 && isPossessive(words[i - 1]!) ? stateAt(words, i - 2) : i > 0 ? stateAt(words, i - 1) : undefined;
  return owner !== undefined && owner !== entry;
}

/** The state a single word names or is the demonym of. */
function stateAt(words: readonly string[], k: number): string | undefined {
  const form = gazetteer.match(words, k);
  return form && form.tokens.length === 1 && form.entry.kind === "state" && form.role !== "metonym" ? form.entry.id : undefined;
}
