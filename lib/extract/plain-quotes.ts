/**
 * Archive wire copy and typeset text write quotation marks as two backticks or two apostrophes
 * (``…`` or ``…''). Stages that read quotation marks see them as one straight mark and a space,
 * the same length, so every offset into the text still holds.
 */
const DOUBLED = /``|''/g;

export const plainQuotes = (text: string): string =>
  text.includes("``") ? text.replace(DOUBLED, '" ') : text;

/** A stage run on the text with plain quotation marks, its result carrying the text as written. */
export function withPlainQuotes<D extends { text: string }, R extends { text: string }>(
  stage: (doc: D) => R,
): (doc: D) => R {
  return (doc) => {
    const text = plainQuotes(doc.text);
    return text === doc.text ? stage(doc) : { ...stage({ ...doc, text }), text: doc.text };
  };
}
