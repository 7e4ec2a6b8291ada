import type { EventReport, StoryActor, StoryAnalysis, StoryEvent } from "../story";

/** One article's version of a story event, and where it departs from what most articles say. */
export type ReportVersion = {
  article: string;
  outlet: string | null;
  title: string;
  label: string;
  /** "2026-01-06", "2026-01-01 – 2026-01-31", or null when the article does not date it */
  date: string | null;
  dateText: string | null;
  certainty: EventReport["certainty"];
  /** who the article says it from, nearest first, without the outlet itself */
  saidBy: string[];
  sentence: string;
  differs: { date: boolean; certainty: boolean; saidBy: boolean };
};

/**
 * Each article's report of `event`, side by side, in the story's order of articles. A field is
 * marked as differing when that article's value is not the one most reports give (ties: the
 * earliest article's); a report that gives no date differs from nothing.
 */
export function eventVersions(story: StoryAnalysis, event: StoryEvent): ReportVersion[] {
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  const names = new Map<string, StoryActor>(story.actors.map((a) => [a.id, a]));
  const order = new Map(story.articles.map((a, i) => [a.id, i]));
  const reports = [...event.reports].sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0));
  const outletOf = (r: EventReport) => articles.get(r.article)?.source ?? null;
  const rows = reports.map((r) => {
    const outlet = outletOf(r);
    const saidBy = r.sources
      .map((id) => names.get(id)?.name ?? id)
      .filter((name, i, all) => !(i === all.length - 1 && outlet !== null && sameName(name, outlet)));
    return { r, date: dateOf(r), saidBy };
  });
  const dateMode = mode(rows.flatMap((x) => (x.date ? [x.date] : [])));
  const certaintyMode = mode(rows.map((x) => x.r.certainty));
  const saidByMode = mode(rows.map((x) => x.saidBy.join(" / ")));
  return rows.map(({ r, date, saidBy }) => ({
    article: r.article,
    outlet: outletOf(r),
    title: articles.get(r.article)?.title ?? r.article,
    label: r.label,
    date,
    dateText: r.time.text ?? null,
    certainty: r.certainty,
    saidBy,
    sentence: r.sentence,
    differs: {
      date: date !== null && dateMode !== null && date !== dateMode,
      certainty: certaintyMode !== null && r.certainty !== certaintyMode,
      saidBy: rows.length > 1 && saidBy.join(" / ") !== saidByMode,
    },
  }));
}

function dateOf(r: EventReport): string | null {
  const { start, end } = r.time;
  if (!start) return null;
  return end && end !== start ? `${start} – ${end}` : start;
}

/** The most frequent value; ties go to the one seen first. */
function mode(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return fold(a) === fold(b) || fold(b).startsWith(fold(a)) || fold(a).startsWith(fold(b));
}
