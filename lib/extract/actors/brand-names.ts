import { isKnownWord, isPlace } from "../lexicon";
import type { Name, Run } from "./name-rules";
import { slug } from "./registry";

/** Nouns of a retailer's or a maker's business that a brand's name goes before. */
const CHAIN_HEADS = /^(?:chain|chains|brand|brands|franchise)$/;
const SHOP_HEADS = /^(?:supermarkets|stores|shops|outlets|restaurants)$/;

/**
 * "the popular Zestra supermarket chain", "its Kolvo brand", "Zestra stores": a name no dictionary
 * knows, before the noun of a chain or brand (with at most one lower-case word of its trade
 * between), is a company's: the business that trades under it.
 */
export function brandName(run: Run, n: Name): boolean {
  if (n.titleKind !== null || n.words.length > 2 || isPlace(n.surface) || n.words.some((w) => isKnownWord(w) || !/^\p{Lu}\p{Ll}+$/u.test(w)))
    return false;
  const after = run.tokens[n.to + 1]?.text ?? "";
  const trade = /^\p{Ll}+$/u.test(n.next) && CHAIN_HEADS.test(after);
  if (!(CHAIN_HEADS.test(n.next) || SHOP_HEADS.test(n.next) || trade)) return false;
  const id = slug(n.surface);
  run.reg.ensure(id, n.surface, "organization");
  return run.reg.mention(id, n.start, n.end, run.sentence, "ner", n.surface);
}
