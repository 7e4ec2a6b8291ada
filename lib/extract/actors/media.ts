import { isKnownWord, isPlace } from "../lexicon";
import { slug, type ActorRegistry } from "./registry";

/**
 * Media named by what they are, though no gazetteer knows them: "Le Parisien newspaper", "the
 * French daily Ouest-France", "the broadcaster BFMTV". Once named so, the name is a medium
 * wherever the article uses it again ("according to Le Parisien").
 */
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}’'.&-]*)(?:\s+\p{Lu}[\p{L}\p{N}’'.&-]*){0,3}`;
// "the DZBB radio network", "the RMF FM radio broadcaster": a network, a station or a channel is a
// medium's with the medium's word before it ("the Haqqani network", "the police station" are not).
const MEDIA_NOUN = String.raw`(?:newspaper|daily|weekly|magazine|tabloid|(?:radio\s+|television\s+|TV\s+)?broadcaster|news\s+agency|(?:radio|television|TV|news)\s+(?:network|station|channel))`;
// "National broadcaster NHK": a name after the noun is the medium's, the word before it a modifier.
const NAME_THEN_NOUN = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(${NAME})\s+${MEDIA_NOUN}\b(?!\s+\p{Lu})`, "gu");
const NOUN_THEN_NAME = new RegExp(String.raw`\b${MEDIA_NOUN}\s+(${NAME})`, "gu");
// "the San Francisco Chronicle reported", "according to the Hometown Gazette": a masthead's last
// word, the title reporting or cited.
const MASTHEAD = String.raw`(?:\p{Lu}[\p{L}\p{N}’'.&-]*\s+){1,3}(?:Chronicle|Times|Post|Herald|Tribune|Gazette|Journal|Telegraph|Observer|Courier|Inquirer|Examiner|Globe|Dispatch|Ledger|Sentinel)`;
const MASTHEAD_REPORTING = new RegExp(
  String.raw`\b(?:[Tt]he\s+(${MASTHEAD})\s+(?:reported|reports|said|says|wrote|writes|quoted|cited)|according\s+to\s+the\s+(${MASTHEAD}))\b`,
  "gu",
);

// "the San Francisco Chronicle", "the Daily Herald": a name ending in a newspaper's word is a newspaper's.
const PAPER = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'-])((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:Chronicle|Times|Post|Herald|Journal|Tribune|Gazette|Telegraph|Guardian|Observer|Inquirer|Examiner|Courier|Dispatch|Bulletin|Shimbun|Ilbo|Zeitung))\b`,
  "gu",
);

const MEDIA_WORD = /\b(?:newspaper|daily|weekly|magazine|tabloid|broadcaster|agency|network|station|channel)\b/;
const PAPER_WORD = /\b(?:Chronicle|Times|Post|Herald|Journal|Tribune|Gazette|Telegraph|Guardian|Observer|Inquirer|Examiner|Courier|Dispatch|Bulletin|Shimbun|Ilbo|Zeitung|Globe|Ledger|Sentinel)\b/;

/** A run that names a nationality, a place or dictionary words only ("the French daily") is no medium's name. */
function isMediaName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.every((w) => isKnownWord(w) || isPlace(w))) return false;
  return !isPlace(name);
}

/** The names the article gives as media's, longest first. */
export function namedMedia(text: string): string[] {
  const names = new Set<string>();
  // Each pattern needs one of its literal words: most articles hold none, and skip the scan.
  const nouns = MEDIA_WORD.test(text);
  const papers = PAPER_WORD.test(text);
  for (const pattern of [...(nouns ? [NAME_THEN_NOUN, NOUN_THEN_NAME] : []), ...(papers ? [PAPER] : [])])
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!.replace(/^The\s+/, "").replace(/[’'.]+$/, "");
      if (name && isMediaName(name)) names.add(name);
    }
  // A masthead is a medium's name whatever its words are ("the Sunday Times"), unless a place's.
  for (const m of papers ? text.matchAll(MASTHEAD_REPORTING) : []) {
    const name = m[1] ?? m[2]!;
    if (!isPlace(name)) names.add(name);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/** Every use of those names in one sentence, as a mention of the medium. */
export function findNamedMedia(
  text: string,
  from: number,
  to: number,
  sentence: number,
  names: readonly string[],
  reg: ActorRegistry,
): void {
  const s = text.slice(from, to);
  for (const name of names) {
    const id = slug(name);
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) {
      const before = s[at - 1] ?? " ";
      const after = s[at + name.length] ?? " ";
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      reg.ensure(id, name, "media");
      reg.mention(id, from + at, from + at + name.length, sentence, "ner", name);
    }
  }
}

// "MOSCOW/MINSK (UrduPoint News / Sputnik - 11th June, 2020)", "GENEVA, Oct. 12 (Xinhua) --": the
// agencies a dateline credits, in parentheses after the place in capitals.
const DATELINE = /^\s*\p{Lu}[\p{Lu}.'’/ -]+(?:,[^()\n]{1,40})?\s*\(([^()\n]{2,80})\)/u;
const CREDIT = /^\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&’'-]*){0,3}$/u;

/** The media a dateline at the start of the text credits; a credit that names the outlet is the outlet. */
export function findDatelineMedia(
  text: string,
  sentence: number,
  outlet: { id: string; name: string },
  reg: ActorRegistry,
): void {
  const m = DATELINE.exec(text);
  if (!m) return;
  let at = m.index + m[0].indexOf("(") + 1;
  for (const part of m[1]!.split("/")) {
    const name = part.replace(/\s+[-–—]\s.*$/, "").trim();
    const start = at + part.indexOf(name);
    at += part.length + 1;
    if (!CREDIT.test(name) || isPlace(name) || !reg.isFree(start, start + name.length)) continue;
    const bare = (x: string) => slug(x).replace(/^the-/, "");
    const isOutlet = bare(name).startsWith(bare(outlet.name));
    const id = isOutlet ? outlet.id : slug(name);
    if (!isOutlet) reg.ensure(id, name, "media");
    reg.mention(id, start, start + name.length, sentence, "ner", name);
  }
}
