import { SCHEMA_VERSION, type Actor, type Analysis, type Span, type ReferenceBasis, type ArticleInput } from "../model";
import type { WithClaims } from "./claims";

/** Stage 9: the analysis document, with only the actors something refers to and stable ids. */
export function assemble(
  article: ArticleInput,
  doc: WithClaims,
  reference: { basis: ReferenceBasis; evidence?: Span },
): Analysis {
  const referenced = new Set<string>();
  for (const e of doc.events) for (const id of [...e.actors, ...e.sources]) referenced.add(id);
  for (const r of doc.relations)
    for (const id of [r.source, r.target, ...r.sources]) referenced.add(id);
  for (const c of doc.claims) for (const id of c.sources) referenced.add(id);
  for (const m of doc.mentions) referenced.add(m.actor);

  const actors: Actor[] = doc.actors
    .filter((a) => referenced.has(a.id))
    .map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      mentions: doc.mentions
        .filter((m) => m.actor === a.id)
        .map((m) => ({ start: m.start, end: m.end })),
    }));
  if (!actors.some((a) => a.id === doc.outlet.id))
    actors.push({
      id: doc.outlet.id,
      name: doc.outlet.name,
      kind: "media",
      aliases: [],
      mentions: [],
    });

  const analysis: Analysis = {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: article.id,
      title: article.title,
      ...(article.dek ? { dek: article.dek } : {}),
      source: article.source,
      url: article.url,
      published: article.published,
      referenceDate: {
        date: doc.referenceDate,
        basis: reference.basis,
        ...(reference.evidence ? { evidence: reference.evidence } : {}),
      },
      language: article.language,
      text: doc.text,
    },
    actors,
    events: doc.events,
    relations: doc.relations,
    claims: doc.claims,
    timeExpressions: doc.times.map(({ start, end, text, type, value }) => ({
      start,
      end,
      text,
      type,
      value,
    })),
  };
  return analysis;
}
