import { analyzeArticle } from "@/lib/extract";
import { inferReferenceDate } from "@/lib/extract/time/reference";
import type { ArticleInput } from "@/lib/model/article";

const undated = (body: string): ArticleInput => ({
  id: "undated",
  title: "Undated",
  source: "The Test Outlet",
  url: null,
  published: null,
  referenceDate: null,
  language: "en",
  body,
});

const BODY =
  "TOKYO, Thursday, April 14, 2016 — A strong earthquake struck southern Japan on Thursday, the Japan Meteorological Agency said.\n\nThe agency said more aftershocks were expected on Friday.";

describe("inferReferenceDate(text)", () => {
  it("inferReferenceDate('Thursday, April 14, 2016 …') reads the date written in full, with its span", () => {
    const r = inferReferenceDate(BODY)!;
    expect(r.date).toBe("2016-04-14");
    expect(BODY.slice(r.evidence.start, r.evidence.end)).toBe("Thursday, April 14, 2016");
  });
  it("inferReferenceDate(text) trusts no date whose weekday disagrees with it", () => {
    expect(inferReferenceDate("On Friday, April 14, 2016, the talks ended.")).toBeNull();
  });
  it("inferReferenceDate(text) gives a yearless weekday–date pair the one written year that agrees", () => {
    expect(inferReferenceDate("The vote of 2016 was annulled. On Thursday, April 14, the court sat.")?.date).toBe("2016-04-14");
  });
  it("inferReferenceDate(text) passes over a date announced as ahead", () => {
    expect(inferReferenceDate("Talks ended on 3 March 2025. Leaders will meet on June 1, 2025.")?.date).toBe("2025-03-03");
  });
  it("inferReferenceDate(text) is null for a text without a date in full", () => {
    expect(inferReferenceDate("Talks ended on Thursday.")).toBeNull();
  });
});

describe("analyzeArticle(undated article)", () => {
  afterEach(() => jest.useRealTimers());

  it("analyzeArticle(undated) marks the reference date inferred, with its evidence", () => {
    const a = analyzeArticle(undated(BODY));
    expect(a.article.referenceDate).toEqual({
      date: "2016-04-14",
      basis: "inferred",
      evidence: { start: 7, end: 31 },
    });
    expect(a.timeExpressions.find((t) => t.text === "Friday")?.value).toBe("2016-04-15");
  });

  it("analyzeArticle(undated) gives the same analysis whatever day the clock says", () => {
    jest.useFakeTimers({ now: new Date("2020-01-01T12:00:00Z") });
    const first = analyzeArticle(undated(BODY));
    jest.setSystemTime(new Date("2031-07-19T03:00:00Z"));
    const second = analyzeArticle(undated(BODY));
    expect(second).toEqual(first);
  });
});
