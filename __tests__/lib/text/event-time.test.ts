import { eventsInTimeOrder } from "@/lib/text/event-time";
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
});
