import { analyzeArticle } from "@/lib/extract";
import type { Analysis } from "@/lib/model";

/** Analyses a body of text as an article of the given date (published unless `assumed`). */
export function analyze(body: string, date = "2025-03-10", options: { assumed?: boolean; source?: string } = {}): Analysis {
  return analyzeArticle({
    id: "t",
    title: "Test",
    source: options.source ?? "The Test Outlet",
    url: null,
    published: options.assumed ? null : date,
    referenceDate: options.assumed ? date : null,
    language: "en",
    body,
  });
}

export const actorNamed = (a: Analysis, name: string) => a.actors.find((x) => x.name === name || x.aliases.includes(name));
export const spanText = (a: Analysis, s: { start: number; end: number }) => a.article.text.slice(s.start, s.end);
/** Who the claim holding `words` is attributed to, by name, less the test outlet (undefined: no such claim). */
export const speakersOf = (a: Analysis, words: string) => {
  const claim = a.claims.find((c) => spanText(a, c.evidence).includes(words));
  const name = new Map(a.actors.map((x) => [x.id, x.name]));
  return claim?.sources.map((s) => name.get(s)).filter((n) => n !== "The Test Outlet");
};
/** The analysis's relations, each as "source kind target" by actor name. */
export const relationsOf = (a: Analysis) => {
  const named = (id: string) => a.actors.find((x) => x.id === id)?.name;
  return a.relations.map((r) => `${named(r.source)} ${r.kind} ${named(r.target)}`);
};
