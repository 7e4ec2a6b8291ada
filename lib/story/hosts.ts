import { contentWords, type ReportFeatures } from "./event-features";

const DISCUSSION = /^(?:to\s+)?(?:discuss|debate|consider|examine|review|address)\b/i;

const sentenceOf = (r: ReportFeatures) => `${r.article}\u0000${r.event.evidence[0]!.start}`;

/**
 * Reports that are another report of their own sentence, and go wherever that one goes:
 *
 * - "A meeting … will be held in Paris to discuss the presence of foreign troops": the discussion
 *   an article gives as a meeting's purpose, in the same sentence, is that meeting.
 * - "He will take another step Monday when he makes his first appearance": the pipeline drafted
 *   the verb alone ("Makes", of no kind it knows) beside the verb with its object ("Makes his
 *   first appearance"); a label that is the start of another label of its sentence, of the
 *   catch-all kind or of that label's kind, is that event named short.
 */
export function sentenceHosts(
  reports: readonly ReportFeatures[],
): Map<ReportFeatures, ReportFeatures> {
  const hosts = new Map<ReportFeatures, ReportFeatures>();
  const bySentence = new Map<string, ReportFeatures[]>();
  for (const r of reports) {
    const key = sentenceOf(r);
    bySentence.set(key, [...(bySentence.get(key) ?? []), r]);
  }
  for (const r of reports) {
    if (r.anchor) continue;
    const others = bySentence.get(sentenceOf(r))!.filter((o) => o !== r && !hosts.has(o));
    const host =
      (r.kind === "talks" && DISCUSSION.test(r.event.label)
        ? others.find((o) => (o.kind === "meeting" || o.kind === "summit") && !o.collective)
        : undefined) ?? others.find((o) => namesShort(r, o));
    if (host) hosts.set(r, host);
  }
  return hosts;
}

/** Whether `short`'s label is the opening words of `full`'s, and names no other kind of event. */
function namesShort(short: ReportFeatures, full: ReportFeatures): boolean {
  if (short.event.kind !== "other" && short.kind !== full.kind) return false;
  const a = short.event.label.trim().toLowerCase();
  const b = full.event.label.trim().toLowerCase();
  if (b.length <= a.length || !b.startsWith(a) || !/^\s/.test(b.slice(a.length))) return false;
  return contentWords(a).size > 0;
}
