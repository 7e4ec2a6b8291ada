import { isPlace } from "../lexicon";
import { ORG_HEADS, SPEAKER_VERBS } from "./name-words";
import type { Name, Run } from "./name-rules";
import { slug } from "./registry";

/** Small words a name's initials skip: "Bank of Ghana (BoG)", "Food and Drug Administration (FDA)". */
const SKIPPED = new Set(["of", "and", "for", "the", "de", "du", "des", "la", "le", "y"]);

/** Whether `acronym` is exactly the initials of the name's words, small words skipped or not. */
export function initialsOf(acronym: string, words: readonly string[]): boolean {
  const all = words.map((w) => w[0]!.toUpperCase()).join("");
  const capitals = words.filter((w) => !SKIPPED.has(w)).map((w) => w[0]!.toUpperCase()).join("");
  return acronym.toUpperCase() === capitals || acronym.toUpperCase() === all;
}

/** Whether the acronym speaks somewhere in the text ("GE said", "(HFL) told"): a body's, not a concept's ("Gross Domestic Product (GDP)"). */
function speaks(text: string, acronym: string): boolean {
  const re = new RegExp(`\\b${acronym}\\)?\\s+(\\p{Ll}+)`, "gu");
  for (const m of text.matchAll(re)) if (SPEAKER_VERBS.has(m[1]!)) return true;
  return false;
}

/**
 * "General Electric (GE) is slashing jobs", "Harbour Freight Lines (HFL) said": capitalised words
 * followed by their own initials in brackets name a body, whatever words they are made of. English
 * gives a person's name no such acronym, and a place that has one ("United Kingdom (UK)") is read
 * as a place before this rule. The acronym must speak somewhere in the text ("GE said"), as a body
 * does and a concept given initials ("Gross Domestic Product (GDP)") does not.
 */
export function nameWithInitials(run: Run, n: Name): boolean {
  const open = run.tokens[n.to];
  const acronym = run.tokens[n.to + 1];
  const close = run.tokens[n.to + 2];
  if (!(n.to - n.from >= 2 && open?.text === "(" && close?.text === ")" && acronym !== undefined && /^[A-Z][A-Za-z]*[A-Z]$/.test(acronym.text)))
    return false;
  // "General Electric (GE)", "Harbour Freight Lines (HFL) said": a word read as a title, or one
  // opening the sentence, may open the name its initials spell; "The" does not.
  const first = /^(?:The|A|An)$/.test(run.tokens[n.from]!.text) ? n.from + 1 : n.from;
  const from = [first, n.titleStart, n.titleEnd].find((k) => {
    const words = run.tokens.slice(k, n.to).map((t) => t.text);
    return words.length >= 2 && words.length <= 6 && initialsOf(acronym.text, words);
  });
  // A name with an institution's head word ("… Federation of Independent Business (CFIB)") is the
  // institution rules' to read, unless a word of it was taken for a title ("General Electric").
  if (from === undefined || (n.titleKind === null && run.tokens.slice(from, n.to).some((t) => ORG_HEADS.has(t.text.toLowerCase())))) return false;
  const start = run.tokens[from]!.start;
  const surface = run.text.slice(start, n.end);
  if (isPlace(surface) || !speaks(run.text, acronym.text)) return false;
  const id = slug(surface);
  run.reg.ensure(id, surface, "organization");
  run.reg.mention(id, start, n.end, run.sentence, "ner", surface);
  return true;
}
