import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArticle } from "@/lib/article";
import { analyzeArticle } from "@/lib/extract";
import { describeEventTime, eventsInTimeOrder } from "@/lib/text/event-time";
import type { Event } from "@/lib/model/analysis";

const ev = (id: string, time: Event["time"], at: number): Event => ({
  id, label: id, kind: "other", time, certainty: "fact", actors: [], sources: [], evidence: [{ start: at, end: at + 1 }],
} as Event);

describe("eventsInTimeOrder(events)", () => {
  it("eventsInTimeOrder(events) puts 6 Jan before 6–13 Jan, and an event dated only by its anchor beside it", () => {
    const events = [
      ev("week", { type: "range", start: "2026-01-06", end: "2026-01-13" }, 0),
      ev("later", { type: "date", start: "2026-02-01" }, 1),
      ev("after-summit", { type: "relative", anchor: { event: "summit", relation: "after" } }, 2),
      ev("summit", { type: "date", start: "2026-01-06" }, 3),
      ev("before-summit", { type: "relative", anchor: { event: "summit", relation: "before" } }, 4),
      ev("undated", { type: "unknown" }, 5),
    ];
    expect(eventsInTimeOrder(events).map((e) => e.id)).toEqual(["before-summit", "summit", "after-summit", "week", "later", "undated"]);
  });

  it("eventsInTimeOrder(events) puts an event dated only by an undated one right under it, not after every undated event", () => {
    const events = [
      ev("peace", { type: "unknown" }, 0),
      ev("talks", { type: "unknown" }, 1),
      ev("vote", { type: "unknown" }, 2),
      ev("troops", { type: "relative", anchor: { event: "peace", relation: "after" } }, 3),
      ev("patrols", { type: "relative", anchor: { event: "troops", relation: "after" } }, 4),
      ev("summit", { type: "date", start: "2026-01-06" }, 5),
    ];
    expect(eventsInTimeOrder(events).map((e) => e.id)).toEqual(["summit", "peace", "troops", "patrols", "talks", "vote"]);
  });

  it("eventsInTimeOrder(events) keeps a same-day anchor and its 'after' event together ahead of another event of that day told later", () => {
    const events = [
      ev("summit", { type: "date", start: "2026-01-06" }, 0),
      ev("parade", { type: "date", start: "2026-01-06" }, 1),
      ev("press", { type: "relative", anchor: { event: "summit", relation: "after" } }, 2),
    ];
    expect(eventsInTimeOrder(events).map((e) => e.id)).toEqual(["summit", "press", "parade"]);
  });

  it("eventsInTimeOrder(seed events): a day before a span starting on it, and each event dated only by another one in its anchor's block", () => {
    const file = path.join(__dirname, "..", "..", "..", "seeds", "us-europe-ukraine-security-guarantees.md");
    const parsed = parseArticle(file, readFileSync(file));
    if (!parsed.ok) throw new Error("seed does not parse");
    const a = analyzeArticle(parsed.article);
    const rows = eventsInTimeOrder(a.events);
    const byId = new Map(a.events.map((e) => [e.id, e]));
    const rootOf = (e: Event, seen = new Set<string>()): string => {
      const anchor = !e.time.start && e.time.anchor ? byId.get(e.time.anchor.event) : undefined;
      if (!anchor || seen.has(anchor.id)) return e.id;
      seen.add(e.id);
      return rootOf(anchor, seen);
    };
    // the rows of one anchor chain are consecutive
    const roots = rows.map((e) => rootOf(e));
    for (const root of new Set(roots)) {
      const at = roots.flatMap((r, i) => (r === root ? [i] : []));
      expect(at[at.length - 1]! - at[0]!).toBe(at.length - 1);
    }
    expect(rows.some((e) => !e.time.start && e.time.anchor && !byId.get(e.time.anchor.event)?.time.start)).toBe(true);
    // the rows "after" one event (dated by it alone or with dates of their own: "6–13 Jan (after Summit in Paris)") are consecutive
    const afterOf = rows.map((e) => (e.time.anchor?.relation === "after" ? e.time.anchor.event : null));
    for (const anchor of new Set(afterOf.filter((x) => x !== null))) {
      const at = afterOf.flatMap((x, i) => (x === anchor ? [i] : []));
      expect(at[at.length - 1]! - at[0]!).toBe(at.length - 1);
    }
    expect(afterOf.filter((x) => x !== null).length).toBeGreaterThan(new Set(afterOf.filter((x) => x !== null)).size);
    // dated rows by start date, a single day before a span from it
    const when = rows.map((e) => describeEventTime(e, (id) => byId.get(id)?.label));
    const dated = rows.filter((e) => e.time.start).map((e) => e.time.start!);
    expect(dated).toEqual([...dated].sort());
    const day = when.findIndex((w) => /^6 Jan 2026/.test(w));
    const span = when.findIndex((w) => /^6–13 Jan 2026/.test(w));
    expect(day).toBeGreaterThanOrEqual(0);
    expect(span).toBeGreaterThan(day);
  });
});
