import { findTimeExpressions, type TimeMention } from "@/lib/extract/time";

const find = (text: string, ref: string) => findTimeExpressions(text, ref);
const only = (text: string, ref: string): TimeMention => {
  const found = find(text, ref);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("findTimeExpressions", () => {
  it("findTimeExpressions('ahead of a summit scheduled for January 6', '2026-01-01') gives 2026-01-06, year inferred", () => {
    const m = only("ahead of a summit scheduled for January 6", "2026-01-01");
    expect(m).toMatchObject({ text: "January 6", type: "DATE", value: "2026-01-06", date: { start: "2026-01-06", yearInferred: true } });
  });

  it("findTimeExpressions('The talks ended on December 30', '2026-01-03') looks back to the previous year", () => {
    expect(only("The talks ended on December 30", "2026-01-03").value).toBe("2025-12-30");
  });

  it("findTimeExpressions('June 13, 2005', ref) keeps the written year", () => {
    expect(only("June 13, 2005", "2010-01-01")).toMatchObject({ value: "2005-06-13", date: { start: "2005-06-13", yearInferred: false } });
  });

  it("findTimeExpressions('a formal statement in the coming days', '2026-01-01') is FUTURE_REF with a fuzzy week", () => {
    const m = only("a formal statement in the coming days", "2026-01-01");
    expect(m).toMatchObject({ text: "the coming days", type: "DATE", value: "FUTURE_REF" });
    expect(m.date).toEqual({ start: "2026-01-01", end: "2026-01-08", yearInferred: true, fuzzy: true });
  });

  it("findTimeExpressions('Airbus said on Tuesday', '2009-12-16') takes the Tuesday before a past-tense verb", () => {
    expect(only("Airbus said on Tuesday", "2009-12-16").value).toBe("2009-12-15");
  });

  it("findTimeExpressions('The trial is set to begin on Wednesday', '2006-03-28') takes the coming Wednesday", () => {
    expect(only("The trial is set to begin on Wednesday", "2006-03-28").value).toBe("2006-03-29");
  });

  it("findTimeExpressions('the rejection in October', '2004-11-24') resolves a bare month to YYYY-MM", () => {
    expect(only("Lawmakers rejected the proposal in October", "2004-11-24")).toMatchObject({
      value: "2004-10",
      date: { start: "2004-10-01", end: "2004-10-31" },
    });
  });

  it("findTimeExpressions('It will fly in 2009', ref) finds a bare year", () => {
    expect(only("It will fly in 2009 out of London", "2005-06-13")).toMatchObject({ text: "2009", value: "2009", type: "DATE" });
  });

  it("findTimeExpressions('sold 2008 units', ref) does not take a count for a year", () => {
    expect(find("The plant sold 2008 units and $2009 in parts.", "2010-01-01")).toEqual([]);
  });

  it("findTimeExpressions('last week … this week … this weekend', ref) gives ISO weeks", () => {
    const values = find("a speech last week; this week; this weekend", "2004-11-24").map((m) => m.value);
    expect(values).toEqual(["2004-W47", "2004-W48", "2004-W48-WE"]);
  });

  it("findTimeExpressions('last year, next month, later this year', ref) shifts from the reference date", () => {
    const values = find("last year, next month, later this year", "2011-08-08").map((m) => [m.text, m.value]);
    expect(values).toEqual([["last year", "2010"], ["next month", "2011-09"], ["later this year", "2011"]]);
  });

  it("findTimeExpressions('the third quarter of 2009 and Q1', ref) gives quarters", () => {
    const values = find("It reported profit in the third quarter of 2009 and in Q1", "2009-11-02").map((m) => m.value);
    expect(values).toEqual(["2009-Q3", "2009-Q1"]);
  });

  it("findTimeExpressions('the last quarter', '2007-01-18') is the previous quarter", () => {
    expect(only("profits during the last quarter", "2007-01-18").value).toBe("2006-Q4");
  });

  it("findTimeExpressions('this summer and in the winter of 2008', ref) gives seasons", () => {
    expect(find("this summer and in the winter of 2008", "2010-05-01").map((m) => m.value)).toEqual(["2010-SU", "2008-WI"]);
  });

  it("findTimeExpressions('prices fall in spring', ref) reads 'fall' as a verb and 'spring' as a season", () => {
    expect(find("prices fall in spring", "2010-01-10").map((m) => m.text)).toEqual(["spring"]);
  });

  it("findTimeExpressions('in the 1990s', ref) gives a decade", () => {
    expect(only("It dates back to the early 1990s.", "2007-01-01")).toMatchObject({ text: "the early 1990s", value: "199" });
  });

  it("findTimeExpressions('now, currently, recently, soon', ref) gives vague references; 'previously' (sequencing) none", () => {
    const values = find("Now it currently sells what it recently and previously made, and soon more.", "2010-01-01").map((m) => m.value);
    expect(values).toEqual(["PRESENT_REF", "PRESENT_REF", "PAST_REF", "FUTURE_REF"]);
    expect(find("The mill, formerly a tannery, previously employed 40.", "2010-01-01")).toEqual([]);
  });

  it("findTimeExpressions('today, yesterday, tomorrow', ref) gives days", () => {
    expect(find("today, yesterday, tomorrow", "2010-06-08").map((m) => m.value)).toEqual(["2010-06-08", "2010-06-07", "2010-06-09"]);
  });

  it("findTimeExpressions('early 2009 and mid-2011', ref) keeps the modifier in the span and the year as value", () => {
    expect(find("in early 2009 and in mid-2011", "2011-01-17").map((m) => [m.text, m.value])).toEqual([
      ["early 2009", "2009"],
      ["mid-2011", "2011"],
    ]);
  });

  it("findTimeExpressions('Friday morning', ref) is a TIME with a part of day", () => {
    expect(only("a press conference held on Friday morning", "2010-07-17")).toMatchObject({ type: "TIME", value: "2010-07-16TMO" });
  });

  it("findTimeExpressions('Tuesday … at 18:00 UTC', ref) dates a clock time with the day mentioned before it", () => {
    const found = find("It flew on Tuesday in Everett at 18:00 UTC.", "2009-12-16");
    expect(found.map((m) => [m.text, m.type, m.value])).toEqual([
      ["Tuesday", "DATE", "2009-12-15"],
      ["18:00 UTC", "TIME", "2009-12-15T18:00Z"],
    ]);
  });

  it("findTimeExpressions('the next day', ref) counts from the day last mentioned", () => {
    expect(find("It landed on March 3, 2008 and left the next day.", "2008-03-10").map((m) => m.value)).toEqual(["2008-03-03", "2008-03-04"]);
  });

  it("findTimeExpressions('from June 3 to June 5, 2025', ref) is two days within one range, the year written at its end dating both", () => {
    const [first, second] = find("from June 3 to June 5, 2025", "2026-01-01");
    expect(first).toMatchObject({ text: "June 3", value: "2025-06-03", date: { start: "2025-06-03", yearInferred: false } });
    expect(second).toMatchObject({ text: "June 5, 2025", value: "2025-06-05" });
    expect(first?.within).toMatchObject({ type: "DURATION", value: "P2D", date: { start: "2025-06-03", end: "2025-06-05" } });
  });

  it("findTimeExpressions('7/8/07', ref) reads a slash date", () => {
    expect(only("a ceremony on 7/8/07", "2007-07-09").value).toBe("2007-07-08");
  });

  it("findTimeExpressions('Christmas', ref) dates a holiday", () => {
    expect(only("sales over Christmas were strong", "2007-01-18").value).toBe("2006-12-25");
  });

  it("findTimeExpressions('two years ago', ref) is the stretch (MEANTIME), with the year it reaches as its date", () => {
    expect(only("The bridge opened two years ago.", "2013-09-02")).toMatchObject({
      text: "two years",
      type: "DURATION",
      value: "P2Y",
      date: { start: "2011-01-01", end: "2011-12-31" },
    });
  });

  it("findTimeExpressions(text, ref) never returns 'May' the modal or 'March' the verb", () => {
    expect(find("Officials may march on the capital. It may be May 5 already.", "2010-01-01").map((m) => m.text)).toEqual(["May 5"]);
  });
});
