import { dayOf } from "@/lib/story/event-features";
import { dateGap, weekdayAlternative } from "@/lib/story/event-time";
import { event, oneSentenceArticle as article, reportGroups as groups } from "./build";

// A weekday named alone ("Friday's summit") is the nearest such day before or after the article,
// and the tense that tells which is often missing; on made-up articles (a summit in a made-up
// port, a ferry strike), never on the fixtures' texts.

const day = (iso: string) => dayOf(iso);

describe("weekdayAlternative(text, interval, published)", () => {
  it("reads a bare weekday a week the other way", () => {
    const friday = { start: day("2026-03-27"), end: day("2026-03-27") };
    expect(weekdayAlternative("Friday's", friday, day("2026-04-02"))).toEqual({
      start: day("2026-04-03"),
      end: day("2026-04-03"),
    });
    expect(weekdayAlternative("on Tuesday evening", { start: day("2026-04-07"), end: day("2026-04-07") }, day("2026-04-02"))).toEqual({
      start: day("2026-03-31"),
      end: day("2026-03-31"),
    });
  });
  it("leaves dates with a month, a 'last' or 'next', or the article's own day as they are", () => {
    const friday = { start: day("2026-03-27"), end: day("2026-03-27") };
    expect(weekdayAlternative("March 27", friday, day("2026-04-02"))).toBeNull();
    expect(weekdayAlternative("last Friday", friday, day("2026-04-02"))).toBeNull();
    expect(weekdayAlternative("Friday", friday, day("2026-03-27"))).toBeNull();
  });
  it("dateGap takes the nearer reading, and says when it took the other one", () => {
    const a = { start: day("2026-03-27"), end: day("2026-03-27") };
    const alt = { start: day("2026-04-03"), end: day("2026-04-03") };
    expect(dateGap(a, alt, alt, null)).toEqual({ gap: 0, shifted: true });
    expect(dateGap(a, null, alt, null)).toEqual({ gap: 7, shifted: false });
  });
});

describe("a report dated from a bare weekday, a week off", () => {
  const later = article("b", "2026-04-05", "Leaders met at a regional summit in Corvania on Friday.", [
    event("e1", "Regional summit in Corvania", "summit", "fact", { type: "date", start: "2026-04-03", text: "Friday" }),
  ]);
  it("joins the event its other reading dates ('Friday's summit' read as the Friday before)", () => {
    const eve = article("a", "2026-04-02", "Delegates arrived in Corvania for Friday's summit.", [
      event("e1", "Friday's summit in Corvania", "summit", "fact", { type: "date", start: "2026-03-27", text: "Friday's" }),
    ]);
    expect(groups([eve, later])).toEqual([["a:e1", "b:e1"]]);
  });
  it("stays apart when its date was written out ('the March 27 summit')", () => {
    const eve = article("a", "2026-04-02", "Delegates recalled the March 27 summit in Corvania.", [
      event("e1", "Summit in Corvania", "summit", "fact", { type: "date", start: "2026-03-27", text: "March 27" }),
    ]);
    expect(groups([eve, later])).toHaveLength(2);
  });
});
