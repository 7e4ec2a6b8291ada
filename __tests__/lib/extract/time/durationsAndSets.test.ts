import { findTimeExpressions } from "@/lib/extract/time";

const values = (text: string, ref = "2010-01-01") => findTimeExpressions(text, ref).map((m) => [m.text, m.type, m.value]);

describe("findTimeExpressions durations and sets", () => {
  it("findTimeExpressions('three days', ref) gives P3D", () => {
    expect(values("The talks lasted three days.")).toEqual([["three days", "DURATION", "P3D"]]);
  });

  it("findTimeExpressions('two years', ref) gives P2Y", () => {
    expect(values("pushed back two years")).toEqual([["two years", "DURATION", "P2Y"]]);
  });

  it("findTimeExpressions('thirty minutes … 18 months … several years', ref) gives PT30M, P18M, PXY", () => {
    expect(values("after thirty minutes, then 18 months, then several years")).toEqual([
      ["thirty minutes", "DURATION", "PT30M"],
      ["18 months", "DURATION", "P18M"],
      ["several years", "DURATION", "PXY"],
    ]);
  });

  it("findTimeExpressions('almost two and a half years', ref) gives P2.5Y", () => {
    expect(values("almost two and a half years behind schedule")).toEqual([["almost two and a half years", "DURATION", "P2.5Y"]]);
  });

  it("findTimeExpressions('a 27-year contract … a fifty-year service life', ref) reads compound adjectives", () => {
    expect(values("a 27-year contract and a fifty-year service life")).toEqual([
      ["27-year", "DURATION", "P27Y"],
      ["fifty-year", "DURATION", "P50Y"],
    ]);
  });

  it("findTimeExpressions('the past decade … the next four years', ref) measures stretches", () => {
    expect(values("in the past decade and over the next four years")).toEqual([
      ["the past decade", "DURATION", "P10Y"],
      ["the next four years", "DURATION", "P4Y"],
    ]);
  });

  it("findTimeExpressions('weekly', ref) is a SET", () => {
    expect(values("a weekly meeting")).toEqual([["weekly", "SET", "P1W"]]);
  });

  it("findTimeExpressions('every year … twice a month', ref) are SETs", () => {
    expect(values("every year, and twice a month")).toEqual([
      ["every year", "SET", "P1Y"],
      ["twice a month", "SET", "P1M"],
    ]);
  });

  it("findTimeExpressions('15 a year', ref) is a rate (SET), 'a year' alone is not", () => {
    expect(values("at a rate of 15 a year")).toEqual([["a year", "SET", "P1Y"]]);
    expect(values("a year when it rained")).toEqual([]);
  });

  it("findTimeExpressions('China Daily', ref) is a name, not a SET", () => {
    expect(values("The China Daily newspaper reported")).toEqual([]);
  });
});
