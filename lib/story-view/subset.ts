import { relationsReportedBy, type StoryAnalysis, type StoryEvent } from "../story";

/**
 * The story as a subset of its articles reported it (one outlet alone, or a few): the merged
 * actors, events and relations keep their story ids, so a selection means the same thing in
 * every subset; reports, support and histories count only the chosen articles.
 */
export function storySubset(story: StoryAnalysis, articles: readonly string[]): StoryAnalysis {
  const wanted = new Set(articles);
  if (story.articles.every((a) => wanted.has(a.id))) return story;
  const events = story.events.flatMap((e): StoryEvent[] => {
    const reports = e.reports.filter((r) => wanted.has(r.article));
    if (reports.length === 0) return [];
    const dates = e.dates.flatMap((d) => {
      const kept = d.articles.filter((a) => wanted.has(a));
      return kept.length > 0 ? [{ ...d, articles: kept }] : [];
    });
    return [
      {
        ...e,
        reports,
        history: e.history.filter((h) => wanted.has(h.article)),
        dates,
        dateConflict: e.dateConflict && dates.length > 1,
        articles: e.articles.filter((a) => wanted.has(a)),
      },
    ];
  });
  const actors = story.actors.flatMap((a) => {
    const mentions = a.mentions.filter((m) => wanted.has(m.article));
    return mentions.length > 0 ? [{ ...a, mentions }] : [];
  });
  return {
    ...story,
    articles: story.articles.filter((a) => wanted.has(a.id)),
    actors,
    events,
    relations: relationsReportedBy(story.relations, articles),
    outlets: story.outlets.filter((o) => wanted.has(o.article)),
    analyses: story.analyses.filter((a) => wanted.has(a.article.id)),
  };
}
