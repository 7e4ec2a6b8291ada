import { groupByMention, paragraphSpans, segment } from "@/lib/text/segments";
import { rowsOf } from "@/lib/text/rows";
import { describeEventTime } from "@/lib/text/event-time";
import { formatIsoRange } from "@/lib/text/dates";
import { smallAnalysis, smallText } from "../../fixtures/small-analysis";

describe("lib/text", () => {
  it("segment(range, mentions, timexes, highlights) cuts at every boundary and covers the range exactly", () => {
    const m = { ref: "m1", start: 2, end: 6 };
    const t = { ref: "t1", start: 4, end: 9 };
    const pieces = segment({ start: 0, end: 10 }, [m], [t], [{ start: 5, end: 7 }]);
    expect(pieces.map((p) => [p.start, p.end])).toEqual([[0, 2], [2, 4], [4, 5], [5, 6], [6, 7], [7, 9], [9, 10]]);
    expect(pieces.map((p) => p.mention)).toEqual([null, "m1", "m1", "m1", null, null, null]);
    expect(pieces.map((p) => p.timex)).toEqual([null, null, "t1", "t1", "t1", "t1", null]);
    expect(pieces.map((p) => p.highlight)).toEqual([false, false, false, true, true, false, false]);
  });

  it("groupByMention(pieces) keeps one group per mention", () => {
    const m = { ref: { id: "a" }, start: 0, end: 4 };
    const groups = groupByMention(segment({ start: 0, end: 8 }, [m], [], [{ start: 2, end: 3 }]));
    expect(groups.map((g) => [g.mention?.id ?? null, g.pieces.length])).toEqual([["a", 3], [null, 1]]);
  });

  it("paragraphSpans(text) finds blank-line separated paragraphs", () => {
    const spans = paragraphSpans(smallText);
    expect(spans).toHaveLength(2);
    expect(smallText.slice(spans[1]!.start, spans[1]!.end)).toBe("The plan is a reckless gamble.");
  });

  it("rowsOf(text, paragraph, claims) gives one row per claim and keeps uncovered text", () => {
    const a = smallAnalysis();
    const [p1] = paragraphSpans(smallText);
    const rows = rowsOf(smallText, p1!, a.claims);
    expect(rows.map((r) => r.claim?.id ?? null)).toEqual(["c1", "c2"]);
    const partial = rowsOf(smallText, p1!, [a.claims[1]!]);
    expect(partial.map((r) => r.claim?.id ?? null)).toEqual([null, "c2"]);
    expect(smallText.slice(partial[0]!.start, partial[0]!.end).trim()).toBe("France and Germany will meet in Paris on 6 January.");
  });

  it("describeEventTime(event) reads dates, anchors and the year-inferred mark", () => {
    const a = smallAnalysis();
    const label = (id: string) => a.events.find((e) => e.id === id)?.label;
    expect(describeEventTime(a.events[0]!, label)).toBe("6 Jan 2026 · year inferred");
    expect(describeEventTime(a.events[2]!, label)).toBe("after peace deal");
    expect(describeEventTime(a.events[1]!, label)).toBe("undated");
    expect(formatIsoRange("2026-01-01", "2026-01-06")).toBe("1–6 Jan 2026");
    expect(formatIsoRange("2025-12-30", "2026-01-02")).toBe("30 Dec 2025 – 2 Jan 2026");
  });
});
