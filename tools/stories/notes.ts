/**
 * `npm run eval:stories -- --notes`: the event pairs the merge missed or made wrongly, each with
 * both articles' reports (label, kind, date, story event, evidence sentence), for reading.
 */
import { headKind, type EventReport, type StoryAnalysis } from "../../lib/story";
import type { GoldStory } from "./gold";
import { eventUnits } from "./score";

type Row = { r: EventReport; cluster: string; gold: string | null };

const when = (r: EventReport) =>
  r.time.start
    ? `${r.time.start}${r.time.end && r.time.end !== r.time.start ? `…${r.time.end}` : ""}`
    : "undated";

const describe = (row: Row, text: string) => {
  const { r } = row;
  const span = r.evidence[0]!;
  const sentence = text.slice(span.start, span.end).replace(/\s+/g, " ");
  return `    ${r.article.slice(0, 24).padEnd(24)} ${row.cluster.padEnd(15)} "${r.label}" ${r.kind}/${headKind(r.label) ?? "-"} ${when(r)} ${r.certainty}${r.time.anchor ? ` anchor:${r.time.anchor.relation}` : ""} [${r.actors.join(",")}]\n      ${sentence.slice(0, 220)}`;
};

/** Lines listing, per gold event, its reports; then every missed and every wrong pair. */
export function eventNotes(story: StoryAnalysis, gold: GoldStory): string[] {
  const units = eventUnits(story, gold);
  const reports = story.events.flatMap((e) => e.reports.map((r) => ({ r, cluster: e.id })));
  const rows: Row[] = reports.map((x, i) => ({ ...x, gold: units[i]!.gold }));
  const texts = new Map(story.analyses.map((a) => [a.article.id, a.article.text]));
  const out: string[] = [];
  for (const g of gold.events) {
    out.push(`  gold ${g.id}:`);
    for (const row of rows.filter((x) => x.gold === g.id))
      out.push(describe(row, texts.get(row.r.article)!));
  }
  out.push("  missed pairs (one gold event, two story events):");
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++) {
      const [a, b] = [rows[i]!, rows[j]!];
      if (a.r.article === b.r.article || a.cluster === b.cluster) continue;
      if (a.gold === null || a.gold !== b.gold) continue;
      out.push(
        `   [${a.gold}]`,
        describe(a, texts.get(a.r.article)!),
        describe(b, texts.get(b.r.article)!),
      );
    }
  out.push("  wrong pairs:");
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++) {
      const [a, b] = [rows[i]!, rows[j]!];
      if (a.r.article === b.r.article || a.cluster !== b.cluster) continue;
      if (a.gold !== null && a.gold === b.gold) continue;
      out.push(
        `   [${a.gold} ≠ ${b.gold}]`,
        describe(a, texts.get(a.r.article)!),
        describe(b, texts.get(b.r.article)!),
      );
    }
  out.push("  outside the gold:");
  for (const row of rows.filter((x) => x.gold === null))
    out.push(describe(row, texts.get(row.r.article)!));
  return out;
}
