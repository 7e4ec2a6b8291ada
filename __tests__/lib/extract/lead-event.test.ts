import { analyze } from "./helpers";

/** The events whose evidence is the first sentence. */
const inLead = (a: ReturnType<typeof analyze>) => a.events.filter((e) => e.evidence.some((ev) => ev.start === 0));

describe("the lead sentence always has an event", () => {
  it("a saying whose content has no event of the vocabulary is the lead's event, a statement", () => {
    const a = analyze(
      "The Bank of Ghana said on Tuesday that its current policy path involves further easing to support growth. Inflation rose in May.",
    );
    const lead = inLead(a);
    expect(lead).toHaveLength(1);
    expect(lead[0]).toMatchObject({ kind: "statement", certainty: "fact" });
    expect(lead[0]!.label).toMatch(/^Said .*further easing/);
  });

  it("otherwise the lead's first past-tense verb and its object, of kind other", () => {
    const a = analyze("Thousands of dock workers walked off the job across the country on Monday. Ports were quiet.");
    const lead = inLead(a);
    expect(lead.map((e) => [e.label, e.kind])).toEqual([["Walked off the job across the country", "other"]]);
    expect(lead[0]!.time).toMatchObject({ type: "date", start: "2025-03-10" });
  });

  it("a plural noun after a possessive is no verb: 'the company's shares tumbled'", () => {
    const a = analyze("The company's shares tumbled 12 percent in early trading after the report.");
    expect(inLead(a).map((e) => e.label)).toEqual(["Tumbled 12 percent in early trading"]);
  });

  it("adds nothing when the lead already has an event, nor to later sentences", () => {
    const a = analyze("The council approved the merger on Friday. Shareholders cheered the news.");
    expect(a.events.map((e) => [e.label, e.kind])).toEqual([["Approved the merger", "economic"]]);
  });

  it("a lead too short to state anything gets none", () => {
    const a = analyze("More to follow. Markets closed early.");
    expect(a.events).toEqual([]);
  });
});
