import { findTimeExpressions } from "@/lib/extract/time";

/** TimeML conventions of business and market news, each on an invented sentence. */
const values = (text: string, ref: string) =>
  findTimeExpressions(text, ref).map((m) => [m.text, m.type, m.value]);

describe("findTimeExpressions news conventions", () => {
  it("a passive after 'will be' looks ahead: its participle is not a past tense", () => {
    // 2031-04-16 is a Wednesday
    expect(values("The ballot in Tamale will be held Thursday.", "2031-04-16")).toEqual([["Thursday", "DATE", "2031-04-17"]]);
    expect(values("Quarterly figures from Mbeki Foods are to be released on Monday.", "2031-04-16")).toEqual([
      ["Monday", "DATE", "2031-04-21"],
    ]);
    // the plain past and the perfect still look back
    expect(values("The ballot in Tamale was held Thursday.", "2031-04-16")).toEqual([["Thursday", "DATE", "2031-04-10"]]);
    expect(values("The border has been closed since Monday.", "2031-04-16")).toEqual([["Monday", "DATE", "2031-04-14"]]);
  });

  it("'a second straight week' is an ordinal, not a stretch of one second", () => {
    expect(values("The rupee weakened for a second straight week.", "2031-04-16")).toEqual([]);
    expect(values("Copper prices slid for a second consecutive session.", "2031-04-16")).toEqual([]);
    expect(values("The lights flickered for a second.", "2031-04-16")).toEqual([["a second", "DURATION", "PT1S"]]);
  });

  it("'the first half' of a year where the sentence reports figures, by the tense of its clause", () => {
    expect(values("Operating profit at Vestra rose 12 percent in the first half.", "2031-09-10")).toEqual([
      ["the first half", "DATE", "2031-H1"],
    ]);
    expect(values("The brewer expects sales to recover in the second half, it said.", "2031-03-02")).toEqual([
      ["the second half", "DATE", "2031-H2"],
    ]);
    // a fronted time takes the reporting verb after it
    expect(values("In November, the brewer said it would close two plants.", "2031-03-02")).toEqual([
      ["November", "DATE", "2030-11"],
    ]);
    // a half of a match is no half-year
    expect(values("Okafor scored twice in the first half.", "2031-09-10")).toEqual([]);
  });

  it("a year written as an apostrophe and two digits, in the century nearest the reference date", () => {
    expect(values("The label peaked in '09 and folded in '12.", "2015-05-01")).toEqual([
      ["'09", "DATE", "2009"],
      ["'12", "DATE", "2012"],
    ]);
    expect(values("She graduated with the class of '97.", "2015-05-01")).toEqual([["'97", "DATE", "1997"]]);
  });

  it("a range read as one date is its two points, each a DATE inside the DURATION", () => {
    const found = findTimeExpressions("The festival in Oaxaca ran from March 3 to March 6.", "2031-09-10");
    expect(found.map((m) => [m.text, m.value, m.within?.value])).toEqual([
      ["March 3", "2031-03-03", "P3D"],
      ["March 6", "2031-03-06", "P3D"],
    ]);
    // a year written after the second point dates the first too
    expect(values("The strike at the Kolwezi mine lasted from May to July 2027.", "2031-09-10")).toEqual([
      ["May", "DATE", "2027-05"],
      ["July 2027", "DATE", "2027-07"],
    ]);
  });

  it("an ambiguous month name joined to a month just written is a month", () => {
    expect(values("Rainfall in Chennai doubled between January and March.", "2031-09-10").map((v) => v[0])).toEqual([
      "January",
      "March",
    ]);
    expect(values("Residents will march and May Li will speak.", "2031-09-10")).toEqual([]);
  });

  it("a year with 's before a quarter dates that quarter", () => {
    expect(values("In 2029's third quarter, exports fell.", "2031-09-10")).toEqual([["2029's third quarter", "DATE", "2029-Q3"]]);
  });

  it("'a century ago' is the stretch, dated like 'two years ago'", () => {
    const [century] = findTimeExpressions("The tannery in Fez opened a century ago.", "2031-09-10");
    expect(century).toMatchObject({ text: "a century", type: "DURATION", value: "P100Y", date: { start: "1931-01-01" } });
    const [half] = findTimeExpressions("The dam was built half a century ago.", "2031-09-10");
    expect(half).toMatchObject({ value: "P50Y", date: { start: "1981-01-01" } });
  });

  it("'in the past' before a count is no past reference ('in the past two sessions')", () => {
    expect(values("The peso gained in the past two sessions.", "2031-09-10")).toEqual([]);
    expect(values("In the past, the peso was pegged.", "2031-09-10")).toEqual([["the past", "DATE", "PAST_REF"]]);
  });

  it("'the future' as a noun is a future reference, as an adjective it is not", () => {
    expect(values("The future of the Gdansk yard is uncertain.", "2031-09-10")).toEqual([["The future", "DATE", "FUTURE_REF"]]);
    expect(values("The board planned for the future.", "2031-09-10")).toEqual([["the future", "DATE", "FUTURE_REF"]]);
    expect(values("The future queen visited Accra.", "2031-09-10")).toEqual([]);
  });

  it("'the day' of a market report is the day under discussion", () => {
    expect(values("It was the steepest fall of the day for the Kospi.", "2031-09-10")).toEqual([["the day", "DATE", "2031-09-10"]]);
    expect(values("The rand ended the day 2 percent weaker.", "2031-09-10")).toEqual([["the day", "DATE", "2031-09-10"]]);
    expect(values("Lisbon shares rose by the end of the day.", "2031-09-10")).toEqual([["the day", "DATE", "2031-09-10"]]);
    expect(values("The year's sharpest drop hit Jakarta.", "2031-09-10")).toEqual([["The year", "DATE", "2031"]]);
    // another day, or the day as a stretch of time, is not
    expect(values("The day of the vote in Quito was calm.", "2031-09-10")).toEqual([]);
    expect(values("She spent the day in Quito.", "2031-09-10")).toEqual([]);
    expect(values("Rashid was named player of the year.", "2031-09-10")).toEqual([]);
  });

  it("'the 2029 fiscal year' is the fiscal year", () => {
    expect(values("Revenue at Tata Steel rose in the 2029 fiscal year.", "2031-09-10")).toEqual([
      ["the 2029 fiscal year", "DATE", "FY2029"],
    ]);
  });

  it("'Black Monday' is the crash of 19 October 1987, whatever the weekday of the reference date", () => {
    expect(values("The Hang Seng had its worst day since Black Monday.", "2031-09-10")).toEqual([["Black Monday", "DATE", "1987-10-19"]]);
    expect(values("Black Tuesday ended the boom.", "2031-09-10")).toEqual([["Black Tuesday", "DATE", "1929-10-29"]]);
  });

  it("a passive looking ahead dates a holiday ahead ('will be closed on Thanksgiving')", () => {
    expect(values("The exchange will be closed on Thanksgiving.", "2031-09-10")).toEqual([["Thanksgiving", "DATE", "2031-11-27"]]);
  });

  it("'during the quarter' is the quarter last mentioned, even with other dates between", () => {
    expect(
      values("Fiat Brasil lost money in the third quarter. It drew on loans in August. Cash fell during the quarter.", "2031-11-05").map((v) => v[2]),
    ).toEqual(["2031-Q3", "2031-08", "2031-Q3"]);
  });

  it("a quarter without year or tense is the latest one begun (results are reported after the fact)", () => {
    expect(values("Hyundai Reports First-Quarter Profit", "2031-10-08")).toEqual([["First-Quarter", "DATE", "2031-Q1"]]);
    expect(values("Hyundai Reports Fourth-Quarter Profit", "2032-01-20")).toEqual([["Fourth-Quarter", "DATE", "2031-Q4"]]);
    // a clause that looks ahead still looks ahead
    expect(values("Hyundai expects a first-quarter profit.", "2032-01-20")).toEqual([["first-quarter", "DATE", "2032-Q1"]]);
  });

  it("'earlier today' is one expression, the day, as 'earlier this week' is the week", () => {
    expect(values("Earlier today, the Sensex fell 3 percent.", "2031-10-08")).toEqual([["Earlier today", "DATE", "2031-10-08"]]);
    expect(values("Parliament will vote later tonight.", "2031-10-08")).toEqual([["later tonight", "TIME", "2031-10-08TNI"]]);
  });

  it("'the same period last year' is the period last mentioned, a year before; a month keeps its month", () => {
    expect(values("Exports rose in the second quarter from the same period last year.", "2031-10-08")).toEqual([
      ["the second quarter", "DATE", "2031-Q2"],
      ["the same period last year", "DATE", "2030-Q2"],
    ]);
    expect(values("Car sales in Chile fell in August from the same month a year earlier.", "2031-10-08")).toEqual([
      ["August", "DATE", "2031-08"],
      ["the same month a year earlier", "DATE", "2030-08"],
    ]);
  });

  it("an irregular past participle is a past cue ('has risen in November')", () => {
    expect(values("Coffee output in Huila has risen sharply in November.", "2031-09-10")).toEqual([["November", "DATE", "2030-11"]]);
  });

  it("'the September 11 attacks' keep their year (2001); another September 11 does not", () => {
    expect(values("Trading in Chicago stopped after the September 11 attacks.", "2031-10-08")).toEqual([["September 11", "DATE", "2001-09-11"]]);
    expect(values("The Ankara summit opened on September 11.", "2031-10-08")).toEqual([["September 11", "DATE", "2031-09-11"]]);
  });

  it("a four-digit clock time before its zone ('0700 GMT') is a time of the day last mentioned", () => {
    expect(values("On March 3, the Karachi exchange opened at 9 a.m. (0400 GMT).", "2031-10-08")).toEqual([
      ["March 3", "DATE", "2031-03-03"],
      ["9 a.m.", "TIME", "2031-03-03T09:00"],
      ["0400 GMT", "TIME", "2031-03-03T04:00Z"],
    ]);
  });

  it("a part of the day keeps its modifier ('in the late afternoon')", () => {
    expect(values("The strike in Durban ended in the late afternoon.", "2031-10-08")).toEqual([["the late afternoon", "TIME", "2031-10-08TAF"]]);
  });
});
