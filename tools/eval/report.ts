import { Attribute, Category, type Finding } from "./findings";
import type { Score } from "./score";

const pct = (x: number | null) => (x === null ? "   –" : `${(x * 100).toFixed(0).padStart(3)}%`);
const pad = (s: string, n: number) => s.padEnd(n);

/** A fixed-width table of per-category counts and rates, one block per score (articles, then a total). */
export function formatScoreTable(scores: readonly Score[]): string {
  const width = Math.max(8, ...scores.map((s) => s.article.length)) + 2;
  const lines = [`${pad("article", width)}${pad("category", 11)}   tp   fp   fn  prec   rec    f1`];
  for (const s of scores) {
    Category.forEach((c, i) => {
      const k = s.categories[c];
      const nums = [k.tp, k.fp, k.fn].map((n) => String(n).padStart(5)).join("");
      lines.push(
        `${pad(i === 0 ? s.article : "", width)}${pad(c, 11)}${nums} ${pct(k.precision)}  ${pct(k.recall)}  ${pct(k.f1)}`,
      );
    });
    const attrs = Attribute.map((a) => ({ a, acc: s.attributes[a] }))
      .filter(({ acc }) => acc.total > 0)
      .map(({ a, acc }) => `${a} ${acc.correct}/${acc.total}`);
    if (attrs.length) lines.push(`${pad("", width)}attributes ${attrs.join(", ")}`);
  }
  return lines.join("\n");
}

function formatFinding(f: Finding): string {
  switch (f.type) {
    case "miss":
      return `  missed ${f.category}: ${f.item}`;
    case "false-positive":
      return `  extra ${f.category}: ${f.item}${f.duplicateOf ? ` (duplicate of ${f.duplicateOf})` : ""}`;
    case "attribute":
      return `  wrong ${f.attribute}: ${f.item} — expected ${f.expected}, got ${f.got}`;
  }
}

/** Every finding of a score, grouped: misses, then extras, then wrong attributes. */
export function formatFindings(score: Score): string {
  const order = { miss: 0, "false-positive": 1, attribute: 2 } as const;
  const sorted = [...score.findings].sort((a, b) => order[a.type] - order[b.type]);
  return [
    `${score.article}:`,
    ...(sorted.length ? sorted.map(formatFinding) : ["  (nothing to report)"]),
  ].join("\n");
}

/** The printable report: the table, then the findings of each article. */
export function formatReport(scores: readonly Score[], total?: Score): string {
  return [
    formatScoreTable(total ? [...scores, total] : scores),
    "",
    ...scores.map(formatFindings),
  ].join("\n");
}
