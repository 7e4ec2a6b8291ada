import { isFirstName, isKnownWord, isLastName, isPlace } from "../lexicon";
import { gazetteer } from "../gazetteer";
import { isCapitalized, type Token } from "../tokens";
import { isBodyName } from "./body-names";
import { isHyphenatedGiven, isSurnameAfterUnknownGiven } from "./given-names";
import { ORG_HEADS, isCompanyWord } from "./name-rules";
import { CONNECTORS, isTitleWord } from "./titles";

/** Where a run of capitalised words joined by "and" holds two names. */

/** A company's name alone on one side of "and" ("Comcast and Time Warner Cable", "Acme.com and Zenco"): where the run splits, or -1. */
export function companiesJoined(tokens: readonly Token[], from: number, to: number): number {
  if (acronymsJoined(tokens, from, to)) return from + 1;
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k]!.text !== "and") continue;
    const alone = (a: number, b: number) => b - a === 1 && isCompanyWord(tokens[a]!.text);
    // "Fish and Wildlife Commission": an institution's head after "and" makes it one name.
    if ((alone(from, k) || alone(k + 1, to)) && !ORG_HEADS.has(tokens[to - 1]!.text.toLowerCase()))
      return k;
    // "Global Vision Group, Prommsyrioimport and MB Bank": in a list, a word no dictionary knows
    // before "and" and a body's name after it are two names.
    if (k === from + 1 && tokens[from - 1]?.text === "," && !isKnownWord(tokens[from]!.text) && !isPlace(tokens[from]!.text) && to - k > 2 && ORG_HEADS.has(tokens[to - 1]!.text.toLowerCase()))
      return k;
    // "Mariam Diallo and Poland", "Talks between Brightwater Holdings and Uruguay": a place and a
    // name that stands alone are two names.
    const placeSide = isPlace(spanText(tokens, from, k)) || isPlace(spanText(tokens, k + 1, to));
    if (placeSide && standsAlone(tokens, from, k) && standsAlone(tokens, k + 1, to) && !isPlace(spanText(tokens, from, to))) return k;
  }
  return -1;
}

/** Letters that are no body's name however they are written: "the GDP and CPI". */
const NOT_BODIES = /^(?:CEO|CFO|GDP|GNP|CPI|IPO|VAT|GST|DNA|HIV|AIDS|TV|PM|AM|ID|UTC|GMT)$/;
const bodyLetters = (w: string) => /^[A-Z][A-Z0-9]{1,5}$/.test(w) && /[A-Z].*[A-Z0-9]$/.test(w) && !NOT_BODIES.test(w) && !isKnownWord(w) && !isPlace(w);

/** "a coalition with the CDA and D66": two unknown acronyms joined by "and" after "the" are two bodies. */
function acronymsJoined(tokens: readonly Token[], from: number, to: number): boolean {
  return (
    to - from === 3 &&
    tokens[from + 1]!.text === "and" &&
    /^the$/i.test(tokens[from - 1]?.text ?? "") &&
    bodyLetters(tokens[from]!.text) &&
    bodyLetters(tokens[from + 2]!.text)
  );
}

const spanText = (tokens: readonly Token[], a: number, b: number) => tokens.slice(a, b).map((t) => t.text).join(" ");

/** Whether tokens [a, b) name someone by themselves: a place, a body ending in its head word, a person by first name or title. */
function standsAlone(tokens: readonly Token[], a: number, b: number): boolean {
  if (b <= a || tokens.slice(a, b).some((t) => !isCapitalized(t.text))) return false;
  if (isPlace(spanText(tokens, a, b))) return true;
  if (b - a < 2) return false;
  return ORG_HEADS.has(tokens[b - 1]!.text.toLowerCase()) || isFirstName(tokens[a]!.text) || isTitleWord(tokens[a]!.text);
}

// Royal titles are left as the run was read before offices were split off ("Queen X and Queen Y"):
// splitting them too lowered the story stage's event merges; left for later.
const HEREDITARY = /^(?:King|Queen|Emperor|Empress|Prince|Princess|Duke|Duchess|Sultan|Emir|Sheikh|Sheikha)$/;

/** Where "and" joins two names of two words or more, one at least a person's or an institution's, or -1. */
export function namesJoined(tokens: readonly Token[], from: number, to: number): number {
  const k = tokens.findIndex((t, n) => n > from + 1 && n < to - 2 && t.text === "and");
  if (k < 0) return -1;
  const words = (a: number, b: number) => tokens.slice(a, b).map((t) => t.text);
  const personal = (ws: string[]) =>
    !ws.some((w) => ORG_HEADS.has(w.toLowerCase())) &&
    (isFirstName(ws[0]!) ||
      // most words no dictionary knows, or a surname's ("Nguyen Van Thanh")
      ws.filter((w) => !isKnownWord(w) || isLastName(w) || isSurnameAfterUnknownGiven(w, ws)).length * 2 > ws.length ||
      (ws.length === 2 && isHyphenatedGiven(ws[1]!)));
  // "Planning Department Director Omar Haddad", "Vice Governor Ali Karimi": a person's name after a title.
  const titled = (ws: string[]) => {
    const t = ws.findLastIndex((w) => /^\p{Lu}/u.test(w) && isTitleWord(w));
    return t >= 0 && ws.length - t - 1 >= 2 && ws.length - t - 1 <= 3 && personal(ws.slice(t + 1));
  };
  const person = (ws: string[]) => personal(ws) || titled(ws);
  const institutional = (ws: string[]) => ORG_HEADS.has(ws.at(-1)!.toLowerCase()) || ws.some((w, n) => ORG_HEADS.has(w.toLowerCase()) && ws[n + 1] === "of");
  // "(Russian) President Vladimir Putin and Xi Jinping": a title before a name, and the demonym
  // before the title, are no part of the name.
  const untitled = (ws: string[]) => {
    const demonym = gazetteer.match(ws, 0);
    let n = demonym?.role === "demonym" && isTitleWord(ws[demonym.tokens.length] ?? "") ? demonym.tokens.length : 0;
    while (n < ws.length - 1 && isTitleWord(ws[n]!) && !HEREDITARY.test(ws[n]!)) n++;
    return ws.slice(n);
  };
  const left = untitled(words(from, k));
  const right = untitled(words(k + 1, to));
  const named = (ws: string[]) => person(ws) || institutional(ws) || isBodyName(ws);
  // "Lowland Parks and Recreation Commission": a head at the end may be the whole name's; one
  // that opens the name after "and" ("… and Bank of Ghana") cannot be.
  const opensWithHead = ORG_HEADS.has(right[0]!.toLowerCase()) && right[1] === "of";
  if (!(institutional(left) || isBodyName(left) || (person(left) && person(right)) || opensWithHead)) return -1;
  // "the Australian Competition and Consumer Commission": dictionary words naming no body of their
  // own before "and" and an institution's head at the end are one body's name.
  if (!institutional(left) && !person(left) && institutional(right) && !opensWithHead && left.length <= 2) return -1;
  // "Department of Health and Human Services": after "X of Y", words that name nothing go on its name.
  // Three words of a body's name there are one name of their own ("… and Human Rights Watch").
  if (left.includes("of") && !person(right) && !institutional(right) && !(right.length >= 3 && isBodyName(right))) return -1;
  // "Forces for Freedom and Change": a name with a connector before "and" is split only when it is a name alone.
  if (left.some((w) => CONNECTORS.has(w)) && !named(left)) return -1;
  return k;
}
