import { analyzeArticle } from "@/lib/extract";
import { findTimeExpressions } from "@/lib/extract/time";

const ranges = (text: string, ref: string) =>
  findTimeExpressions(text, ref).map((m) => [m.text, m.value, m.within?.text ?? null, m.within?.value ?? null]);

describe("findTimeExpressions ranges", () => {
  it("'from 2012 to 2015' keeps its two years, each within the DURATION P3Y written round them", () => {
    expect(ranges("The dam was built from 2012 to 2015.", "2020-01-01")).toEqual([
      ["2012", "2012", "from 2012 to 2015", "P3Y"],
      ["2015", "2015", "from 2012 to 2015", "P3Y"],
    ]);
    const [first] = findTimeExpressions("The dam was built from 2012 to 2015.", "2020-01-01");
    expect(first?.within).toMatchObject({ type: "DURATION", date: { start: "2012-01-01", end: "2015-12-31" } });
  });

  it("'between March and June' is a range of months (P3M)", () => {
    expect(ranges("Rainfall doubled between March and June.", "2020-09-01")).toEqual([
      ["March", "2020-03", "between March and June", "P3M"],
      ["June", "2020-06", "between March and June", "P3M"],
    ]);
  });

  it("two years without 'from … to' or backwards are no range", () => {
    expect(ranges("Sales in 2012 and 2015 were flat.", "2020-01-01").map((r) => r[2])).toEqual([null, null]);
    expect(ranges("from 2015 to 2012", "2020-01-01").map((r) => r[2])).toEqual([null, null]);
  });

  it("an event dated by a point of a range takes the whole range", () => {
    const analysis = analyzeArticle({
      id: "range-test",
      title: "Talks news",
      source: null,
      url: null,
      published: "2020-01-01",
      referenceDate: "2020-01-01",
      language: "en",
      body: "The two countries held talks from 2012 to 2015.",
    });
    const event = analysis.events.find((e) => e.time?.text === "from 2012 to 2015");
    expect(event?.time).toMatchObject({ type: "range", start: "2012-01-01", end: "2015-12-31" });
  });
});

describe("findTimeExpressions direction cues", () => {
  it("'since Friday' is the Friday before, even without a past-tense verb", () => {
    expect(findTimeExpressions("shares are down since Friday", "2020-01-08")[0]?.value).toBe("2020-01-03");
  });

  it("'the day before yesterday' is two days back, 'the day after tomorrow' two ahead", () => {
    expect(findTimeExpressions("It rained the day before yesterday.", "2020-01-08").map((m) => [m.text, m.value])).toEqual([
      ["the day before yesterday", "2020-01-06"],
    ]);
    expect(findTimeExpressions("It will rain the day after tomorrow.", "2020-01-08")[0]?.value).toBe("2020-01-10");
  });
});
