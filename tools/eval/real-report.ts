import type { Accuracy } from "./counts";
import { RealCategory, type RealScore } from "./real-score";

const pct = (x: number | null) => (x === null ? "   –" : `${(x * 100).toFixed(0).padStart(3)}%`);
const rate = (a: Accuracy) => `${pct(a.accuracy)} ${`${a.correct}/${a.total}`.padStart(5)}`;

/** A fixed-width table: one row per group (a split, a genre), precision and recall per category. */
export function formatRealTable(rows: readonly RealScore[]): string {
  const width = Math.max(10, ...rows.map((r) => r.article.length)) + 2;
  const head = RealCategory.map((c) => `${c} P/R`.padEnd(18)).join(" ");
  const lines = [`${"set".padEnd(width)}${head} headline    kind right  contradicting`];
  for (const r of rows) {
    const cells = RealCategory.map((c) =>
      `${pct(r.categories[c].precision)} ${pct(r.categories[c].recall)}`.padEnd(18),
    ).join(" ");
    const c = r.contradicting;
    lines.push(
      `${r.article.padEnd(width)}${cells} ${rate(r.headline)} ${rate(r.headlineKind)}  ${`${c.found} of ${c.relations}`.padStart(9)}`,
    );
  }
  return lines.join("\n");
}
