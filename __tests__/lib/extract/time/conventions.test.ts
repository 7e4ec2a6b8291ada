import { findTimeExpressions } from "@/lib/extract/time";

/** TIMEX3 conventions of English news, each on an invented sentence. */
const values = (text: string, ref: string) =>
  findTimeExpressions(text, ref).map((m) => [m.text, m.type, m.value]);

describe("findTimeExpressions conventions", () => {
  it("'Friday last week' and 'Tuesday of next week' are that weekday of the calendar week named", () => {
    // said on a Sunday, "Friday last week" is nine days before, not the Friday two days before
    expect(values("The dam burst on Friday last week.", "2031-03-16")).toEqual([["Friday last week", "DATE", "2031-03-07"]]);
    expect(values("The dam burst on Friday last week.", "2031-03-12")).toEqual([["Friday last week", "DATE", "2031-03-07"]]);
    // said on a Monday, "Tuesday of next week" is eight days ahead, not tomorrow
    expect(values("Voting resumes on Tuesday of next week.", "2031-03-10")).toEqual([["Tuesday of next week", "DATE", "2031-03-18"]]);
    expect(values("Voting resumed last Friday.", "2031-03-16")).toEqual([["last Friday", "DATE", "2031-03-14"]]);
  });

  it("does not read 'Easter' inside 'Eastern' or 'Easterly'", () => {
    expect(values("Eastern Railways and the Easterly Trust merged.", "2012-06-01")).toEqual([]);
    expect(values("The shop shut over Easter.", "2012-06-01")).toEqual([["Easter", "DATE", "2012-04-08"]]);
  });

  it("'N units ago' and 'in N units' (looking ahead) are the stretch, dated where they land", () => {
    const [ago] = findTimeExpressions("The ferry sank three months ago.", "2015-05-20");
    expect(ago).toMatchObject({ text: "three months", type: "DURATION", value: "P3M", date: { start: "2015-02-01" } });
    const [ahead] = findTimeExpressions("The line will reopen in two weeks.", "2015-05-20");
    expect(ahead).toMatchObject({ text: "two weeks", type: "DURATION", value: "P2W" });
    expect(ahead?.date?.start).toBe("2015-06-01");
  });

  it("'several years ago' without a count stays a past reference", () => {
    expect(values("The mine closed several years ago.", "2015-05-20")).toEqual([["several years ago", "DATE", "PAST_REF"]]);
  });

  it("'a year earlier' and 'two years later' count from the time last mentioned", () => {
    expect(values("The port was built in 1998; two years later it was sold.", "2015-05-20")).toEqual([
      ["1998", "DATE", "1998"],
      ["two years later", "DATE", "2000"],
    ]);
    expect(values("A mill opened in 2004, and a month later a second one.", "2015-05-20")[1]).toEqual([
      "a month later",
      "DATE",
      "2004-02",
    ]);
  });

  it("'a year earlier' after a quarter is the same quarter a year before", () => {
    expect(values("Sales rose in the second quarter of 2011, from $4 million a year earlier.", "2011-08-01")).toEqual([
      ["the second quarter of 2011", "DATE", "2011-Q2"],
      ["a year earlier", "DATE", "2010-Q2"],
    ]);
  });

  it("'a year earlier' with nothing mentioned before counts from the reference date", () => {
    expect(values("Rents are up by a tenth on a year earlier.", "2016-03-10")).toEqual([["a year earlier", "DATE", "2015"]]);
  });

  it("'several hours later' stays a duration: a clock time would need its hour", () => {
    expect(values("The power came back several hours later.", "2016-03-10")).toEqual([["several hours later", "DURATION", "PTXH"]]);
    // "earlier" stays inside it, not a past reference of its own
    expect(values("A few days earlier, the dam had cracked.", "2016-03-10")).toEqual([["A few days earlier", "DURATION", "PXD"]]);
  });

  it("'the following year' and 'the year before' take the year last mentioned", () => {
    expect(values("The club was founded in 1921; the following year it won the cup.", "2016-03-10")[1]).toEqual([
      "the following year",
      "DATE",
      "1922",
    ]);
    expect(values("Turnover reached $9 million in 2007, up from the year before.", "2016-03-10")[1]).toEqual([
      "the year before",
      "DATE",
      "2006",
    ]);
  });

  it("'the year before the election' is not an anaphoric year", () => {
    expect(values("the year before the election", "2016-03-10")).toEqual([]);
  });

  it("'the prior year' is the year before the reference date, like 'the previous year'", () => {
    expect(values("Costs exceeded those of the prior year.", "2016-03-10")).toEqual([["the prior year", "DATE", "2015"]]);
  });

  it("'earlier in the week' and 'later in the year' name the current period", () => {
    expect(values("Talks broke down earlier in the week.", "2016-03-10")).toEqual([["earlier in the week", "DATE", "2016-W10"]]);
    expect(values("A vote is due later in the year.", "2016-03-10")).toEqual([["later in the year", "DATE", "2016"]]);
  });

  it("'over the weekend' is the weekend just past; 'at the weekend' ahead is the coming one", () => {
    expect(values("Protesters gathered over the weekend.", "2016-03-10")).toEqual([["the weekend", "DATE", "2016-W09-WE"]]);
    expect(values("The leaders will meet at the weekend.", "2016-03-10")).toEqual([["the weekend", "DATE", "2016-W10-WE"]]);
    expect(values("Protesters gathered over the weekend.", "2016-03-13")).toEqual([["the weekend", "DATE", "2016-W10-WE"]]);
  });

  it("a quarter 'of this year' or 'last year' takes that year, as one expression", () => {
    expect(values("Exports fell in the first quarter of this year.", "2016-09-10")).toEqual([
      ["the first quarter of this year", "DATE", "2016-Q1"],
    ]);
    expect(values("Exports fell in the third quarter last year.", "2016-09-10")).toEqual([
      ["the third quarter last year", "DATE", "2015-Q3"],
    ]);
  });

  it("'the December quarter' is the quarter ending in December; 'the latest quarter' the last one completed", () => {
    expect(values("The brewer sold more beer in the June quarter.", "2016-09-10")).toEqual([["the June quarter", "DATE", "2016-Q2"]]);
    expect(values("Margins shrank in the latest quarter.", "2016-02-10")).toEqual([["the latest quarter", "DATE", "2015-Q4"]]);
  });

  it("a span of years written with a dash is its two years", () => {
    expect(values("The 2011-2013 drought cut harvests.", "2016-09-10")).toEqual([
      ["2011", "DATE", "2011"],
      ["2013", "DATE", "2013"],
    ]);
    expect(values("Route 2011-2013 is closed.", "2016-09-10").map((v) => v[2])).not.toContain("2011");
  });

  it("'five straight days' and 'a year and a half' are durations", () => {
    expect(values("The river rose for five straight days.", "2016-09-10")).toEqual([["five straight days", "DURATION", "P5D"]]);
    expect(values("The strike lasted a year and a half.", "2016-09-10")).toEqual([["a year and a half", "DURATION", "P1.5Y"]]);
  });
});

describe("findTimeExpressions: TimeML conventions the development split does not show", () => {
  it("a count left unsaid is a duration ('take months', 'within weeks', 'months of talks')", () => {
    expect(values("A repair could take months.", "2016-09-10")).toEqual([["months", "DURATION", "PXM"]]);
    expect(values("A ruling is due within weeks.", "2016-09-10")).toEqual([["weeks", "DURATION", "PXW"]]);
    expect(values("After months of talks, the union agreed.", "2016-09-10")).toEqual([["months", "DURATION", "PXM"]]);
    expect(values("The years of the war were hard.", "2016-09-10")).toEqual([]);
  });
  it("'decades ago' without a count is a past reference, like 'several years ago'", () => {
    expect(values("The mill closed decades ago.", "2016-09-10")).toEqual([["decades ago", "DATE", "PAST_REF"]]);
  });
  it("'that year', 'the same month' are the period of the time last mentioned", () => {
    expect(values("The plant opened in 2004, and that year it hired 300 people.", "2016-09-10")).toEqual([
      ["2004", "DATE", "2004"],
      ["that year", "DATE", "2004"],
    ]);
    expect(values("Prices fell in June; the same month, rents rose.", "2016-09-10").map((v) => v[2])).toEqual(["2016-06", "2016-06"]);
  });
  it("'the year-earlier quarter' is a year before the quarter last mentioned", () => {
    expect(values("Third-quarter profit rose from the year-earlier quarter.", "2016-10-20").at(-1)).toEqual(["the year-earlier quarter", "DATE", "2015-Q3"]);
  });
  it("a part or an hour of the day takes the day last mentioned ('in the morning', 'at noon')", () => {
    expect(values("On Monday the market fell in the morning and recovered by noon.", "2016-09-10")).toEqual([
      ["Monday", "DATE", "2016-09-05"],
      ["the morning", "TIME", "2016-09-05TMO"],
      ["noon", "TIME", "2016-09-05T12:00"],
    ]);
  });
  it("'recent weeks' after any preposition of time is a past reference", () => {
    expect(values("Prices rose over recent weeks.", "2016-09-10")).toEqual([["recent weeks", "DATE", "PAST_REF"]]);
  });
});

describe("findTimeExpressions: an hour of the day with its day after it", () => {
  it("'at noon Monday' is Monday's noon, not the noon of the day last mentioned", () => {
    const at = findTimeExpressions("The hearing is set to take place at noon Monday.", "2026-01-04");
    expect(at.map((m) => m.value.slice(0, 10))).toEqual(["2026-01-05"]);
  });
  it("a year written before a quarter or a half: 'the 2001 third quarter', 'this year's first half', 'the year-ago fourth quarter'", () => {
    expect(values("Output fell in the 2001 third quarter.", "2003-05-20")).toEqual([["the 2001 third quarter", "DATE", "2001-Q3"]]);
    expect(values("It hopes for growth in this year's first half.", "2003-05-20")).toEqual([["this year's first half", "DATE", "2003-H1"]]);
    expect(values("Growth should return in the first half of next year.", "2003-05-20")).toEqual([["the first half of next year", "DATE", "2004-H1"]]);
    expect(values("Costs were lower in the year-ago fourth quarter.", "2003-05-20")).toEqual([["the year-ago fourth quarter", "DATE", "2002-Q4"]]);
    const [last] = findTimeExpressions("Sales in last year's second quarter were flat.", "2003-05-20");
    expect(last).toMatchObject({ value: "2002-Q2", date: { yearInferred: true } });
  });

  it("a month named from the reference date: 'last December', 'next May', 'this November', 'June last year'", () => {
    expect(values("The mill got a loan last December.", "2003-05-20")).toEqual([["last December", "DATE", "2002-12"]]);
    expect(values("The mill got a loan last March.", "2003-05-20")).toEqual([["last March", "DATE", "2003-03"]]);
    expect(values("The vote is due next May.", "2003-05-20")).toEqual([["next May", "DATE", "2004-05"]]);
    expect(values("The port opens this November.", "2003-05-20")).toEqual([["this November", "DATE", "2003-11"]]);
    expect(values("The port opened June last year.", "2003-05-20")).toEqual([["June last year", "DATE", "2002-06"]]);
    // a day after the month is a full date, chrono's
    expect(values("The port opened last March 3.", "2003-05-20")).toEqual([["March 3", "DATE", "2003-03-03"]]);
  });

  it("named decades of the twentieth century and decades with an apostrophe; an age is not a decade", () => {
    expect(values("The town boomed in the seventies.", "2003-05-20")).toEqual([["the seventies", "DATE", "197"]]);
    expect(values("The town boomed in the late '60s.", "2003-05-20")).toEqual([["the late '60s", "DATE", "196"]]);
    expect(values("The mayor is in her sixties.", "2003-05-20")).toEqual([]);
  });

  it("two days of one month share the year written after the second", () => {
    expect(values("Talks were held on October 4 and 9, 1999.", "2003-05-20")).toEqual([
      ["October 4", "DATE", "1999-10-04"],
      ["9, 1999", "DATE", "1999-10-09"],
    ]);
    // not a date: 31 September
    expect(values("Talks were held on September 4 and 31, 1999.", "2003-05-20").map((v) => v[2])).not.toContain("1999-09-31");
  });

  it("'for the quarter' and 'that quarter' are the quarter last mentioned; otherwise the current one", () => {
    expect(values("Profit rose in the third quarter. For the quarter, sales were flat.", "2003-11-20")).toEqual([
      ["the third quarter", "DATE", "2003-Q3"],
      ["the quarter", "DATE", "2003-Q3"],
    ]);
    expect(values("Sales fell in the quarter.", "2003-11-20")).toEqual([["the quarter", "DATE", "2003-Q4"]]);
    expect(values("It opened in 1999. In that quarter, sales fell.", "2003-11-20")[1]).toEqual(["that quarter", "DATE", "2003-Q4"]);
  });

  it("'a year ago' after an amount is a time, not a rate", () => {
    expect(values("Profit was $3 million a year ago.", "2003-05-20")).toEqual([["a year", "DURATION", "P1Y"]]);
    expect(values("The plant makes $3 million a year.", "2003-05-20")).toEqual([["a year", "SET", "P1Y"]]);
  });
  it("a month without a year takes the tense of its own clause, not of the next one", () => {
    expect(values("The firm said it began talks in October, and the sale is expected to close in 2004.", "2003-02-10")[0]).toEqual(["October", "DATE", "2002-10"]);
    expect(values("The firm began talks in January; it will sign in October.", "2003-02-10").map((v) => v[2])).toEqual(["2003-01", "2003-10"]);
  });
  it("an hour before its day is one TIME: '4 p.m. Tuesday', 'noon Monday', 'midday Friday'", () => {
    expect(values("The board met at 4 p.m. Tuesday.", "2003-02-12")).toEqual([["4 p.m. Tuesday", "TIME", "2003-02-11T16:00"]]);
    expect(values("The board met at noon Monday.", "2003-02-12")).toEqual([["noon Monday", "TIME", "2003-02-10T12:00"]]);
    expect(values("The board will meet at midday Friday.", "2003-02-12")).toEqual([["midday Friday", "TIME", "2003-02-14T12:00"]]);
  });
});
