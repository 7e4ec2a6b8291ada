import { type Analysis, Certainty } from "../model";
import {
  contentWords,
  dayOf,
  reportFeatures,
  stateSpansOf,
  type ReportFeatures,
} from "./event-features";
import {
  eventSimilarity,
  MAX_DATE_GAP,
  SAME_EVENT,
  wordWeights,
  type WordWeights,
} from "./event-similarity";
import { dateGap, type Interval } from "./event-time";
import { sentenceHosts } from "./hosts";
import type { EventReport, HistoryEntry, ReportedDate, StoryEvent } from "./schema";

/** Candidates looked at per index key: bounds the work per report, so the merge stays near-linear. */
const BUCKET_LIMIT = 64;
// The pipeline already told its article's events apart (it links "the meeting" to the meeting it
// names); joining two of them again takes this much more evidence.
const SAME_ARTICLE_PENALTY = 1;
const WEEK = 7;

/** Members a report is compared with: the first and the latest few, so a large cluster costs no more than a small one. */
const SAMPLE = 8;
/** A report left alone joins a cluster on the second look only with this much more than SAME_EVENT. */
const REASSIGN_MARGIN = 0.75;
/** A label told by other articles' sentences counts this much of a label shared. */
const CONTEXT = 0.75;
/** Two reports their articles both place after (or both before) one story event: as much as two overlapping ranges of dates. */
const PLACED = 0.75;

type Cluster = {
  id: number;
  members: ReportFeatures[];
  vocabulary: Set<string>;
  /** the words of its reports' sentences, each with the articles whose sentences hold it */
  context: Map<string, Set<string>>;
  /** the distinct dates its reports give, each a veto on a report dated far from it */
  intervals: Map<string, { interval: Interval; alternative: Interval | null }>;
  /** its reports (eventKey), and the events they are dated before or after */
  keys: Set<string>;
  anchors: Set<string>;
};

/**
 * Events across articles. Each article's events are taken in order of publication; a report joins
 * the cluster it most resembles (eventSimilarity ≥ SAME_EVENT against one of its reports, and no
 * date of the cluster ruled out), else starts one. Candidates come from an index by kind and week,
 * kind and actor, and kind and label word, never from all pairs. Every report keeps its own date,
 * certainty, sources and evidence; the story event lists the dates side by side and the status
 * history in order of publication.
 */
export function mergeEvents(
  analyses: readonly Analysis[],
  idOf: (article: string, actor: string) => string,
): StoryEvent[] {
  let order = 0;
  const reports = analyses.flatMap((analysis) => {
    const states = stateSpansOf(analysis);
    const actorId = (local: string) => idOf(analysis.article.id, local);
    return analysis.events.map((event) =>
      reportFeatures(analysis, event, order++, actorId, states),
    );
  });
  const weight = wordWeights(reports);
  const clusters = clusterReports(reports, weight);
  const published = new Map(analyses.map((a, i) => [a.article.id, { order: i, meta: a.article }]));
  clusters.sort(
    (a, b) =>
      Math.min(...a.members.map((m) => m.order)) - Math.min(...b.members.map((m) => m.order)),
  );
  return clusters.map((c, i) => storyEvent(c, i, published));
}

/**
 * Greedy clustering, then one more look at the reports left alone: a report taken before the
 * reports that name its event in full ("Settlement with Russia" before "Peace deal with Russia")
 * could not join them then, and joins the cluster they made now if it scores SAME_EVENT with it.
 */
function clusterReports(reports: readonly ReportFeatures[], weight: WordWeights): Cluster[] {
  const clusters: Cluster[] = [];
  const index = new Map<string, Cluster[]>();
  const where: Where = new Map();
  const alone: ReportFeatures[] = [];
  const hosts = sentenceHosts(reports);
  for (const report of [...reports.filter((r) => !hosts.has(r))].sort(
    (a, b) => specificity(a) - specificity(b) || a.order - b.order,
  )) {
    const { best, score } = bestCluster(report, index, weight, where);
    if (best && score >= SAME_EVENT) addTo(best, report, index, where);
    else {
      const fresh = newCluster(clusters.length);
      clusters.push(fresh);
      addTo(fresh, report, index, where);
      alone.push(report);
    }
  }
  const gone = new Set<Cluster>();
  for (const report of alone) {
    const own = clusters.find((c) => c.members[0] === report)!;
    if (own.members.length > 1) continue;
    const { best, score } = bestCluster(report, index, weight, where, own);
    if (!best || score < SAME_EVENT + REASSIGN_MARGIN) continue;
    gone.add(own);
    for (const bucket of index.values()) {
      const at = bucket.indexOf(own);
      if (at >= 0) bucket.splice(at, 1);
    }
    addTo(best, report, index, where);
  }
  const kept = clusters.filter((c) => !gone.has(c));
  for (const [item, host] of hosts) {
    let root = host;
    while (hosts.has(root)) root = hosts.get(root)!;
    addTo(
      kept.find((c) => c.members.includes(root))!,
      item,
      index,
      where,
    );
  }
  return kept;
}

const newCluster = (id: number): Cluster => ({
  id,
  members: [],
  vocabulary: new Set(),
  context: new Map(),
  intervals: new Map(),
  keys: new Set(),
  anchors: new Set(),
});

function bestCluster(
  report: ReportFeatures,
  index: Map<string, Cluster[]>,
  weight: WordWeights,
  where: Where,
  skip?: Cluster,
): { best: Cluster | null; score: number } {
  const seen = new Set<number>();
  let best: Cluster | null = null;
  let score = -Infinity;
  for (const key of indexKeys(report)) {
    for (const cluster of index.get(key) ?? []) {
      if (seen.has(cluster.id) || cluster === skip) continue;
      seen.add(cluster.id);
      const s = clusterScore(cluster, report, weight, where);
      if (s > score) [best, score] = [cluster, s];
    }
  }
  return { best, score };
}

function addTo(
  target: Cluster,
  report: ReportFeatures,
  index: Map<string, Cluster[]>,
  where: Where,
) {
  target.members.push(report);
  where.set(report.key, target);
  for (const w of report.words) target.vocabulary.add(w);
  for (const w of report.context) {
    const articles = target.context.get(w) ?? new Set<string>();
    articles.add(report.article);
    target.context.set(w, articles);
  }
  if (report.interval)
    target.intervals.set(`${report.interval.start}/${report.interval.end}`, {
      interval: report.interval,
      alternative: report.alternative,
    });
  target.keys.add(report.key);
  if (report.anchor) target.anchors.add(report.anchor);
  for (const key of indexKeys(report)) {
    const bucket = index.get(key) ?? [];
    if (!bucket.includes(target)) {
      bucket.push(target);
      if (bucket.length > BUCKET_LIMIT) bucket.shift();
    }
    index.set(key, bucket);
  }
}

// Reports with one day first, then with a range, then undated: clusters grow from what is most
// precisely placed, so a vague mention joins an event rather than decides what the event is.
const specificity = (r: ReportFeatures) =>
  r.interval ? (r.interval.start === r.interval.end ? 0 : 1) : 2;

function indexKeys(r: ReportFeatures): string[] {
  const keys = [...r.actors].map((a) => `${r.group}|a|${a}`);
  for (const w of r.words) keys.push(`${r.group}|w|${w}`);
  if (r.alternative) keys.push(`${r.group}|t|${Math.floor(r.alternative.start / WEEK)}`);
  if (r.interval) {
    for (
      let week = Math.floor(r.interval.start / WEEK);
      week <= Math.floor(r.interval.end / WEEK) && keys.length < 64;
      week++
    )
      keys.push(`${r.group}|t|${week}`);
  }
  if (keys.length === 0) keys.push(`${r.group}|none`);
  return keys;
}

/** The cluster each report is in, so far. */
type Where = Map<string, Cluster>;

/**
 * Whether two reports' articles place them alike against one story event: "following the
 * meeting, … could release a formal statement" and "following Tuesday's meeting, … had signed a
 * declaration", the two meetings one story event. Counted only when the two are not both dated,
 * as their dates would say it already.
 */
function placedAlike(a: ReportFeatures, b: ReportFeatures, where: Where): boolean {
  if (!a.anchor || !b.anchor || (a.interval && b.interval)) return false;
  if (a.event.time.anchor?.relation !== b.event.time.anchor?.relation) return false;
  const at = where.get(a.anchor);
  return at !== undefined && at === where.get(b.anchor);
}

function clusterScore(
  cluster: Cluster,
  report: ReportFeatures,
  weight: WordWeights,
  where: Where,
): number {
  // An event its article dates before or after another ("ahead of the summit") is not that event.
  if ((report.anchor && cluster.keys.has(report.anchor)) || cluster.anchors.has(report.key))
    return -Infinity;
  if (report.interval) {
    for (const i of cluster.intervals.values())
      if (dateGap(i.interval, i.alternative, report.interval, report.alternative).gap > MAX_DATE_GAP)
        return -Infinity;
  }
  const { members } = cluster;
  const sample =
    members.length <= 2 * SAMPLE
      ? members
      : [...members.slice(0, SAMPLE), ...members.slice(-SAMPLE)];
  const told = CONTEXT * toldElsewhere(report, cluster, weight);
  let best = -Infinity;
  for (const member of sample) {
    const score =
      eventSimilarity(member, report, weight, cluster.vocabulary, told) +
      (placedAlike(member, report, where) ? PLACED : 0) -
      (member.article === report.article ? SAME_ARTICLE_PENALTY : 0);
    best = Math.max(best, score);
  }
  return best;
}

/**
 * How much of a report's label the sentences of the cluster's other articles hold, weighted by
 * rarity: "the meeting of the Coalition of the Willing" is told by the sentences of a cluster
 * whose labels say only "meeting" and "summit in Paris". Its own article's sentences do not count
 * (a sentence that names two events holds both labels).
 */
function toldElsewhere(report: ReportFeatures, cluster: Cluster, weight: WordWeights): number {
  let inside = 0;
  let all = 0;
  for (const w of report.words) {
    all += weight(w);
    // "Statement on X" is not told by a sentence that mentions another statement
    if (report.head.has(w)) continue;
    const articles = cluster.context.get(w);
    if (articles && (articles.size > 1 || !articles.has(report.article))) inside += weight(w);
  }
  return all > 0 ? inside / all : 0;
}

type Published = Map<string, { order: number; meta: Analysis["article"] }>;

function storyEvent(cluster: Cluster, i: number, published: Published): StoryEvent {
  cluster.members.sort((a, b) => a.order - b.order);
  const reports: EventReport[] = cluster.members.map((m) => ({
    article: m.article,
    event: m.event.id,
    label: m.event.label,
    kind: m.event.kind,
    time: m.event.time,
    certainty: m.event.certainty,
    ...(m.event.hypothetical ? { hypothetical: true } : {}),
    actors: [...m.actors],
    sources: m.sources,
    evidence: m.event.evidence,
    sentence: m.sentence,
  }));
  const kinds = new Map<string, number>();
  for (const m of cluster.members) kinds.set(m.event.kind, (kinds.get(m.event.kind) ?? 0) + 1);
  const votes = (m: ReportFeatures) => kinds.get(m.event.kind)!;
  const lead = [...cluster.members].sort((a, b) => votes(b) - votes(a) || rank(a) - rank(b))[0]!;
  return {
    id: `story-event-${i + 1}`,
    label: lead.event.label,
    kind: lead.event.kind,
    reports,
    history: history(cluster.members, published),
    ...dates(cluster.members),
    articles: [...new Set(cluster.members.map((m) => m.article))],
  };
}

// The report that names the event best: of the kind most reports give it, dated, certain, and
// with a label of several words.
const rank = (m: ReportFeatures) =>
  (m.interval ? 0 : 10) +
  Certainty.indexOf(m.event.certainty) +
  (contentWords(m.event.label).size >= 2 ? 0 : 5) +
  m.order / 1e6;

function history(members: readonly ReportFeatures[], published: Published): HistoryEntry[] {
  const byArticle = new Map<string, ReportFeatures>();
  for (const m of members) {
    const prev = byArticle.get(m.article);
    if (!prev || Certainty.indexOf(m.event.certainty) < Certainty.indexOf(prev.event.certainty))
      byArticle.set(m.article, m);
  }
  return [...byArticle.values()]
    .map((m) => ({ m, p: published.get(m.article)! }))
    .sort(
      (x, y) =>
        x.p.meta.referenceDate.date.localeCompare(y.p.meta.referenceDate.date) ||
        x.p.order - y.p.order,
    )
    .map(({ m, p }) => ({
      article: m.article,
      outlet: p.meta.source,
      date: p.meta.referenceDate.date,
      certainty: m.event.certainty,
    }));
}

function dates(members: readonly ReportFeatures[]): {
  dates: ReportedDate[];
  dateConflict: boolean;
} {
  const byValue = new Map<string, ReportedDate>();
  for (const m of members) {
    const t = m.event.time;
    // A date its report cannot mean (reportedInterval) stays on the report, not on the event.
    if (!t.start || !m.interval) continue;
    const end = t.end ?? t.start;
    const key = `${t.start}/${end}`;
    const entry = byValue.get(key) ?? { start: t.start, end, articles: [] };
    if (!entry.articles.includes(m.article)) entry.articles.push(m.article);
    byValue.set(key, entry);
  }
  const list = [...byValue.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end),
  );
  const dateConflict = list.some((a) => list.some((b) => dayOf(b.start) > dayOf(a.end)));
  return { dates: list, dateConflict };
}
