import type { Analysis } from "../model";

/** The one-line title of a graph image. */
export function graphTitle(analysis: Analysis): string {
  return `Actors and relations: ${analysis.article.title}`;
}

/** A plain-language summary for `<desc>` and screen readers: counts, the most mentioned actors, the focus. */
export function describeGraph(
  analysis: Analysis,
  shown: { actors: ReadonlySet<string>; relations: ReadonlySet<string> },
  focus: string | null,
): string {
  const actors = analysis.actors.filter((a) => shown.actors.has(a.id));
  const top = [...actors]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((a) => `${a.name} (${a.mentions.length})`);
  const parts = [
    `Graph of ${plural(actors.length, "actor")} and ${plural(shown.relations.size, "relation")} in “${analysis.article.title}”.`,
  ];
  if (top.length > 0) parts.push(`Most mentioned: ${top.join(", ")}.`);
  const focused = focus ? analysis.actors.find((a) => a.id === focus) : undefined;
  if (focused) parts.push(`Showing the neighbourhood of ${focused.name}.`);
  parts.push("Dashed arrows are relations reported as probable, proposed, possible, conditional or unclear.");
  return parts.join(" ");
}

/** The source credit printed under every image. */
export function creditLine(analysis: Analysis): string {
  const { source, published } = analysis.article;
  const from = source ? `Source: ${source}` : "Source: unknown outlet";
  return `${from}${published ? `, ${published}` : ""}. Analysis: Newsline.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
