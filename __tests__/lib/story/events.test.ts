import { eventSimilarity, mergeActors, mergeEvents, SAME_EVENT } from "@/lib/story";
import { reportFeatures } from "@/lib/story/event-features";
import type { Analysis } from "@/lib/model";
import { actor, analysis, event, on } from "./build";

const merge = (analyses: Analysis[]) => mergeEvents(analyses, mergeActors(analyses).idOf);
const paris = [actor("France", "state", ["French"]), actor("Emmanuel Macron", "leader")];

describe("mergeEvents(analyses, idOf)", () => {
  it("merges 'the summit in Paris on January 6' (2 January) with 'Tuesday's meeting' (7 January, resolved to 6 January)", () => {
    const events = merge([
      analysis("a", "2026-01-02", {
        actors: paris,
        events: [
          event("e1", "Summit in Paris", "summit", "scheduled", on("2026-01-06"), [
            "emmanuel-macron",
          ]),
        ],
      }),
      analysis("b", "2026-01-07", {
        actors: paris,
        events: [
          event("e3", "Tuesday's meeting", "meeting", "fact", on("2026-01-06"), [
            "emmanuel-macron",
            "france",
          ]),
        ],
      }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.reports.map((r) => [r.article, r.event, r.certainty])).toEqual([
      ["a", "e1", "scheduled"],
      ["b", "e3", "fact"],
    ]);
  });

  it("gives a scheduled-then-fact event a two-entry history in order of publication", () => {
    const events = merge([
      analysis("later", "2026-01-07", {
        actors: paris,
        events: [event("e1", "Summit in Paris", "summit", "fact", on("2026-01-06"))],
      }),
      analysis("earlier", "2026-01-02", {
        actors: paris,
        events: [event("e1", "Summit in Paris", "summit", "scheduled", on("2026-01-06"))],
      }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.history).toEqual([
      { article: "earlier", outlet: "Outlet earlier", date: "2026-01-02", certainty: "scheduled" },
      { article: "later", outlet: "Outlet later", date: "2026-01-07", certainty: "fact" },
    ]);
  });

  it("keeps conflicting dates side by side, never averaged", () => {
    const events = merge([
      analysis("a", "2026-01-02", {
        events: [event("e1", "Summit in Paris", "summit", "scheduled", on("2026-01-06"))],
      }),
      analysis("b", "2026-01-08", {
        events: [event("e1", "Summit in Paris", "summit", "fact", on("2026-01-07"))],
      }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.dates).toEqual([
      { start: "2026-01-06", end: "2026-01-06", articles: ["a"] },
      { start: "2026-01-07", end: "2026-01-07", articles: ["b"] },
    ]);
    expect(events[0]!.dateConflict).toBe(true);
    expect(events[0]!.reports.map((r) => r.time.start)).toEqual(["2026-01-06", "2026-01-07"]);
  });

  it("keeps two summits apart when their dates are more than a few days apart", () => {
    const events = merge([
      analysis("a", "2026-01-02", {
        events: [event("e1", "Summit in Paris", "summit", "scheduled", on("2026-01-06"))],
      }),
      analysis("b", "2026-03-01", {
        events: [event("e1", "Summit in Paris", "summit", "fact", on("2026-02-27"))],
      }),
    ]);
    expect(events).toHaveLength(2);
    expect(events.every((e) => !e.dateConflict)).toBe(true);
  });

  it("keeps events of unrelated kinds apart even on one day", () => {
    const events = merge([
      analysis("a", "2026-01-06", {
        events: [event("e1", "Summit in Paris", "summit", "fact", on("2026-01-06"))],
      }),
      analysis("b", "2026-01-06", {
        events: [event("e1", "Attack in Kharkiv", "attack", "fact", on("2026-01-06"))],
      }),
    ]);
    expect(events).toHaveLength(2);
  });

  it("never puts an event its article dates before another ('ahead of the summit') with that event", () => {
    const ahead = {
      type: "range" as const,
      start: "2026-01-01",
      end: "2026-01-06",
      anchor: { event: "e2", relation: "before" as const },
    };
    const events = merge([
      analysis("a", "2026-01-01", {
        events: [
          event("e1", "Talks on security guarantees in Paris", "talks", "probable", ahead),
          event("e2", "Summit in Paris", "summit", "scheduled", on("2026-01-06")),
        ],
      }),
      analysis("b", "2026-01-06", {
        events: [
          event(
            "e1",
            "Talks on security guarantees at the summit in Paris",
            "summit",
            "fact",
            on("2026-01-06"),
          ),
        ],
      }),
    ]);
    const summit = events.find((e) =>
      e.reports.some((r) => r.article === "a" && r.event === "e2"),
    )!;
    expect(summit.reports.map((r) => [r.article, r.event])).toEqual([
      ["a", "e2"],
      ["b", "e1"],
    ]);
  });

  it("keeps each report's sources as story actor ids", () => {
    const a = analysis("a", "2026-01-06", {
      actors: [actor("Reuters", "media")],
      events: [
        {
          ...event("e1", "Summit in Paris", "summit", "fact", on("2026-01-06")),
          sources: ["reuters", "outlet-a"],
        },
      ],
    });
    expect(merge([a])[0]!.reports[0]!.sources).toEqual(["reuters", "outlet-a"]);
  });
});

describe("eventSimilarity(a, b)", () => {
  const features = (label: string, kind: Parameters<typeof event>[2], date?: string) => {
    const a = analysis("x", "2026-01-06", {
      events: [event("e1", label, kind, "fact", date ? on(date) : { type: "unknown" })],
    });
    return reportFeatures(a, a.events[0]!, 0, (id) => id);
  };
  it("is at least SAME_EVENT for one summit on one day, and -Infinity across unrelated kinds", () => {
    expect(
      eventSimilarity(
        features("Summit in Paris", "summit", "2026-01-06"),
        features("Paris summit", "summit", "2026-01-06"),
      ),
    ).toBeGreaterThanOrEqual(SAME_EVENT);
    expect(eventSimilarity(features("Summit", "summit"), features("Ceasefire", "ceasefire"))).toBe(
      -Infinity,
    );
  });
});
