import { isFirstName, isFunctionWord, isKnownWord, isLastName, isNounOrBareVerb, isPlace, isVerbForm } from "../lexicon";
import { isPossessive, type Token } from "../tokens";
import type { Name, Run } from "./name-rules";
import { slug } from "./registry";
import { isRoleOf, isTitleWord } from "./titles";

// Last words of capitalised dictionary-word names that are events, eras, places or documents:
// "the Cold War ended", "the World Cup begins", "the Middle East remains", "the Arab Spring".
const NOT_BODY_HEADS = new Set(
  "war wars cup games olympics championship championships summit spring revolution crisis day week festival prize award awards sea ocean gulf strip bank city east west north south valley coast island islands street square plan programme program deal act bill law rule rules agreement accord treaty report index award season final league's".split(
    " ",
  ),
);
const MEMBERS = /^(?:members|representatives|officials|staff|workers|researchers|delegates|volunteers)$/;
const ROLE_WORDS =
  /^(?:researcher|analyst|economist|lawyer|spokesman|spokeswoman|spokesperson|director|chairman|chairwoman|official|officials|investigator|adviser|advisor|head|chief|member|campaigner)$/;
const VERBS_OF_SPEECH = /^(?:said|says|told|added|announced|warned|urged|called|reported|stated|estimated|confirmed|denied)$/;

/** Two to four capitalised words, one a dictionary word, no place, given name or title among them: "Human Rights Watch", "Network Rail". */
export function isBodyName(words: readonly string[], initial = false): boolean {
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  // Dictionary words of four letters or more ("Min" of "Aung Min Thu" may be a name's syllable).
  const known = words.map((w) => w.length >= 4 && isKnownWord(w) && !isLastName(w));
  // More words no dictionary knows than it knows ("Aung Min Thu"), or one before a dictionary
  // word ("Chidi Stone"): a person's name.
  if (known.filter((k) => !k).length > known.filter(Boolean).length || !known[0]) return false;
  // Opening a sentence, a dictionary word before a name may be an adverb's ("Later Lavrov said").
  if (initial && !known.slice(1).some(Boolean) && !isNounOrBareVerb(words[0]!)) return false;
  return (
    caps.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isPlace(w) && !isFirstName(w) && !isTitleWord(w)) &&
    // one word at least the dictionary's, and no surname ("Network Rail", not "Liu Qiang")
    known.some(Boolean) &&
    // "If Zuma", "When Rivera": a clause's first word is no name's
    !isFunctionWord(words[0]!) &&
    !NOT_BODY_HEADS.has(words.at(-1)!.toLowerCase())
  );
}

/** The word after a name says it acts or owns: "spoke", "suspended", "'s". */
export const actsOrOwns = (next: string) =>
  isPossessive(next) || (/^\p{Ll}/u.test(next) && (isVerbForm(next) || /ed$/.test(next)));

/** The name's subject position: acting, owning, or set off by "which"; or after "according to" or a quote's "said". */
export function actsAsBody(tokens: readonly Token[], from: number, to: number): boolean {
  const next = tokens[to]?.text ?? "";
  const after = tokens[to + 1]?.text ?? "";
  const before = tokens[from - 1]?.text ?? "";
  return (
    isPossessive(next) ||
    VERBS_OF_SPEECH.test(next) ||
    (/^\p{Ll}/u.test(next) && (isVerbForm(next) || /ed$/.test(next)) && !/^(?:of|and|or|in|on|at|to|for)$/.test(next)) ||
    (next === "," && /^(?:which|whose)$/.test(after)) ||
    (before === "to" && tokens[from - 2]?.text.toLowerCase() === "according") ||
    // "members of Human Rights Watch", "a report by Doctors Without Borders": whose people or work.
    /^(?:by|against)$/.test(before) ||
    isRoleOf(tokens, from) ||
    (before === "of" && MEMBERS.test(tokens[from - 2]?.text.toLowerCase() ?? "")) ||
    (VERBS_OF_SPEECH.test(before) && from >= 2 && /^[,"”]$/.test(tokens[from - 2]!.text)) ||
    // "Human Rights Watch researcher Layla Haddad", "a researcher at Human Rights Watch": where a role is held.
    (ROLE_WORDS.test(next) && /^\p{Lu}/u.test(after)) ||
    (/^(?:at|with|for)$/.test(before) && ROLE_WORDS.test(tokens[from - 2]?.text ?? ""))
  );
}

function registerBody(run: Run, n: Name): true {
  const id = slug(n.surface);
  run.reg.ensure(id, n.surface, "organization");
  run.reg.mention(id, n.start, n.end, run.sentence, "ner", n.surface);
  return true;
}

// "Marlow & Finch", "Baker & Sons": capitalised words joined by an ampersand name a firm.
export function ampersandName(run: Run, n: Name): boolean {
  const k = n.words.indexOf("&");
  if (!(n.titleKind === null && k > 0 && k < n.words.length - 1 && n.words.length <= 5)) return false;
  return registerBody(run, n);
}

/**
 * "Human Rights Watch said", "according to Doctors Without Borders", "Network Rail's trains":
 * capitalised dictionary words that act or speak as one are the name of a body.
 */
export function bodyOfDictionaryWords(run: Run, n: Name): boolean {
  if (!(n.titleKind === null && isBodyName(n.words, n.titleEnd === 0))) return false;
  if (!actsAsBody(run.tokens, n.titleEnd, n.to) && !listedWithBody(run, n.titleEnd, n.to)) return false;
  return registerBody(run, n);
}

// "Oxfam, Human Rights Watch and the Bank of Ghana": a name listed after an organisation's is one too.
// "Human Rights Watch and Amnesty International condemned": before one, too.
export function listedWithBody(run: Run, from: number, to: number): boolean {
  const { tokens, reg } = run;
  const isBody = (m: { actor: string }) => ORG_KINDS.has(reg.actors.get(m.actor)?.kind ?? "");
  const end = /^(?:,|and|or)$/.test(tokens[from - 1]?.text ?? "") ? (tokens[from - 2]?.end ?? -1) : -1;
  const start = /^(?:,|and|or)$/.test(tokens[to]?.text ?? "") ? (tokens[to + 1]?.start ?? -1) : -1;
  return reg.mentions.some((m) => (m.end === end || m.start === start) && isBody(m));
}
const ORG_KINDS = new Set(["organization", "group", "media"]);

/** The capitalised words [from, to) of a run, read as a body's name where they stand. */
export const isBodyAt = (run: Run, from: number, to: number) =>
  isBodyName(run.tokens.slice(from, to).map((t) => t.text), from === 0) &&
  (actsAsBody(run.tokens, from, to) || listedWithBody(run, from, to));
