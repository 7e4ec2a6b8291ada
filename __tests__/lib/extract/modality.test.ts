import { analyze } from "./helpers";

const certaintyOf = (body: string, date = "2025-03-10") => analyze(body, date).events.map((e) => [e.label, e.certainty]);

describe("certainty of events", () => {
  it("a past event stated plainly is a fact", () => {
    expect(certaintyOf("Ministers held talks in Oslo on Monday.")[0]![1]).toBe("fact");
  });
  it("'scheduled for' after an event makes it scheduled", () => {
    expect(certaintyOf("A summit in Lima scheduled for June 2 will follow.")[0]![1]).toBe("scheduled");
  });
  it("'likely to' makes it probable, 'could' possible, 'if' conditional", () => {
    const got = Object.fromEntries(certaintyOf("Leaders are likely to hold a press conference and could release a statement if the deal holds."));
    expect(Object.values(got)).toEqual(["probable", "conditional"]);
  });
  it("'unclear' makes the clause's events unclear", () => {
    expect(certaintyOf("It is unclear whether troops will be deployed.")[0]![1]).toBe("unclear");
  });
  it("a future-dated event stated plainly is scheduled", () => {
    expect(certaintyOf("The election takes place on April 20.", "2025-03-10")[0]![1]).toBe("scheduled");
  });
});
