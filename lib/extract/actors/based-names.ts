import type { Name, Run } from "./name-rules";
import { register } from "./name-rules";

// "San Diego-based Blue Heron", "Lagos-headquartered Kora Foods": where a body is based, written
// as a compound adjective right before its name. People are "a Lagos-based lawyer, Ada Obi",
// with a role noun between; a name straight after the compound is a company's or an agency's.
const BASED = /^\p{Lu}[\p{L}.’']*-(?:based|headquartered|registered|listed)$/u;

// "Chapter 11", "Article 5", "Section 230": a numbered part of a law or a text, not an actor.
const NUMBERED_PART = /^(?:chapter|article|section|clause|paragraph|rule|title|schedule|annex|appendix|amendment|resolution|protocol)$/;

/** A name after "X-based" is a body's. */
export function basedName(run: Run, n: Name): boolean {
  if (n.titleStart !== n.titleEnd || !BASED.test(run.tokens[n.from - 1]?.text ?? "")) return false;
  register(run, n, "organization");
  return true;
}

/** "Chapter 11": one capitalised word naming a numbered part, before its number, names no one. */
export function numberedPart(run: Run, n: Name): boolean {
  if (n.words.length !== 1 || !NUMBERED_PART.test(n.head) || !/^\d/.test(n.next)) return false;
  run.reg.block(n.start, n.end);
  return true;
}
