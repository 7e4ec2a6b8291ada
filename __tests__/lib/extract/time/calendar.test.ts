import { isoWeek, parseDay, quarterPeriod, seasonPeriod, weekPeriod, addMonths, isoDay } from "@/lib/extract/time/calendar";
import { directionAt } from "@/lib/extract/time/tense";
import { resolveMonthDay, resolveWeekday } from "@/lib/extract/time/resolve";

describe("calendar", () => {
  it("isoWeek(2004-11-24) is week 48 of 2004", () => {
    expect(isoWeek(parseDay("2004-11-24"))).toMatchObject({ year: 2004, week: 48 });
  });

  it("isoWeek(2010-01-01) belongs to week 53 of 2009", () => {
    expect(weekPeriod(parseDay("2010-01-01")).value).toBe("2009-W53");
  });

  it("quarterPeriod(2006, 4) runs October to December", () => {
    const q = quarterPeriod(2006, 4);
    expect([q.value, isoDay(q.start), isoDay(q.end)]).toEqual(["2006-Q4", "2006-10-01", "2006-12-31"]);
  });

  it("seasonPeriod(2008, 'WI') runs into February 2009", () => {
    expect(isoDay(seasonPeriod(2008, "WI").end)).toBe("2009-02-28");
  });

  it("addMonths(2008-01-31, 1) clamps to 2008-02-29", () => {
    expect(isoDay(addMonths(parseDay("2008-01-31"), 1))).toBe("2008-02-29");
  });
});

describe("resolve and tense", () => {
  it("directionAt('Airbus said on Tuesday that it will…') reads the nearest cue", () => {
    const text = "Airbus said on Tuesday that it will deliver";
    expect(directionAt(text, 15, 22)).toBe(-1);
    expect(directionAt("It will meet on Tuesday", 16, 23)).toBe(1);
  });

  it("directionAt: a weekday owning a happening no one schedules looks back, whatever the tense", () => {
    const at = (text: string, day: string) => directionAt(text, text.indexOf(day), text.indexOf(day) + day.length);
    expect(at("Rescuers will keep digging through the rubble of Tuesday's 6.1-magnitude earthquake.", "Tuesday")).toBe(-1);
    expect(at("The minister will visit the families of those killed in Sunday’s bus crash.", "Sunday")).toBe(-1);
    // a meeting can be scheduled: the tense still decides
    expect(at("Delegates will prepare for Tuesday's summit in Accra.", "Tuesday")).toBe(1);
  });

  it("resolveWeekday(Monday ref, Monday, any) is the reference day", () => {
    expect(isoDay(resolveWeekday(parseDay("2007-03-19"), 1, -1))).toBe("2007-03-19");
  });

  it("resolveMonthDay(ref, 2, 29, past) skips years without 29 February", () => {
    expect(resolveMonthDay(parseDay("2008-07-02"), 2, 29, -1)?.value).toBe("2008-02-29");
    expect(resolveMonthDay(parseDay("2010-07-02"), 2, 29, -1)).toBeNull();
  });
});
