import { checkIntegrity, type Span } from "../model";
import { StoryAnalysis } from "./schema";

/**
 * Every way a story analysis can break its contract: it must parse, each article's analysis must
 * be sound, every span must slice its own article's text, and every id must exist (story actors,
 * each article's own actors and events). An empty list means the story is sound.
 */
export function checkStoryIntegrity(value: unknown): string[] {
  const parsed = StoryAnalysis.safeParse(value);
  if (!parsed.success)
    return parsed.error.issues
      .slice(0, 5)
      .map((i) => `schema: ${i.path.join(".") || "(root)"}: ${i.message}`);
  const story = parsed.data;
  const problems = story.analyses.flatMap((a) =>
    checkIntegrity(a).map((p) => `${a.article.id}: ${p}`),
  );
  const byArticle = new Map(story.analyses.map((a) => [a.article.id, a]));
  const actorIds = new Set(story.actors.map((a) => a.id));
  const span = (where: string, article: string, s: Span) => {
    const text = byArticle.get(article)?.article.text;
    if (text === undefined) problems.push(`${where}: unknown article "${article}"`);
    else if (!(s.start < s.end && s.end <= text.length) || text.slice(s.start, s.end).trim() === "")
      problems.push(`${where}: span ${s.start}-${s.end} does not slice ${article}`);
  };
  const actor = (where: string, id: string) => {
    if (!actorIds.has(id)) problems.push(`${where}: unknown story actor "${id}"`);
  };
  if (new Set(story.actors.map((a) => a.id)).size !== story.actors.length)
    problems.push("actors: ids are not unique");
  for (const a of story.actors)
    for (const m of a.mentions) {
      if (m.actor !== null && !byArticle.get(m.article)?.actors.some((x) => x.id === m.actor))
        problems.push(`${a.id}: unknown actor "${m.actor}" in ${m.article}`);
      for (const s of m.spans) span(a.id, m.article, s);
    }
  for (const e of story.events)
    for (const r of e.reports) {
      if (!byArticle.get(r.article)?.events.some((x) => x.id === r.event))
        problems.push(`${e.id}: unknown event "${r.event}" in ${r.article}`);
      for (const s of r.evidence) span(e.id, r.article, s);
      for (const id of [...r.actors, ...r.sources]) actor(e.id, id);
    }
  for (const o of story.outlets)
    for (const f of o.framing) span(`outlet ${o.article}`, o.article, f.evidence);
  for (const r of story.relations) {
    actor(r.id, r.source);
    actor(r.id, r.target);
    for (const x of r.reports) for (const s of x.evidence) span(r.id, x.article, s);
  }
  return problems;
}
