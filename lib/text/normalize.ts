const LEADING_ARTICLE = /^(the|a|an)\s+/;

/**
 * The comparable form of a name: case, diacritics, punctuation ("U.S." = "US"), typographic quotes,
 * a leading article and a trailing possessive do not count.
 */
export function normalizeName(name: string): string {
  return normalizeText(name)
    .replace(/['’]s$/, "")
    .replace(/[.,;:!?"'«»()[\]]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(LEADING_ARTICLE, "");
}

/** The comparable form of running text, for substring tests: case, quotes, dashes and spacing folded. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
