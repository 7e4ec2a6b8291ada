import { analyzeArticle } from "@/lib/extract";
import { inferReferenceDate } from "@/lib/extract/time/reference";
import { datelineDate } from "@/lib/extract/time/dateline";
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

describe("a wire dateline near the publication date", () => {
  const wire = (body: string, published: string): ArticleInput => ({ ...undated(body), id: "wire", published });
  const STORY =
    'OSLO, Mar. 3 (Agency) -- The ferry operator said on Monday it would cut routes.\n\n"We decided today to end the night service," the company said.';

  it("datelineDate reads the day and its span, the year from the publication date", () => {
    const d = datelineDate(STORY, "2025-03-04")!;
    expect(d.date).toBe("2025-03-03");
    expect(STORY.slice(d.evidence.start, d.evidence.end)).toBe("Mar. 3");
    // across a new year: a dateline of 31 December in an article published on 1 January
    expect(datelineDate("LIMA, Dec 31 (Wire) - Talks ended.", "2025-01-01")?.date).toBe("2024-12-31");
  });

  it("datelineDate trusts no dateline far from the publication date, and no sentence that is not one", () => {
    expect(datelineDate(STORY, "2025-03-20")).toBeNull();
    expect(datelineDate("The ferry sailed on Mar. 3 -- late.", "2025-03-04")).toBeNull();
  });

  it("analyzeArticle reads 'today' and weekdays from the dateline's day, marked inferred with its evidence", () => {
    const a = analyzeArticle(wire(STORY, "2025-03-04"));
    expect(a.article.referenceDate).toMatchObject({ date: "2025-03-03", basis: "inferred" });
    const today = a.timeExpressions.find((t) => t.text === "today");
    expect(today?.value).toBe("2025-03-03");
    expect(a.timeExpressions.find((t) => t.text === "Monday")?.value).toBe("2025-03-03");
    // the same story published on its dateline's day keeps the publication date as its basis
    expect(analyzeArticle(wire(STORY, "2025-03-03")).article.referenceDate.basis).toBe("published");
  });
});
