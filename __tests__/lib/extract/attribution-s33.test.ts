import { analyze, speakersOf } from "./helpers";
import { isPremodifier } from "../../../lib/extract/premodified";

/**
 * Session 33: who speaks, read from the clause's shape rather than from lists of speakers and
 * titles. Invented sentences, names and bodies throughout.
 */

describe("a title of any wording before a name (premodified.ts)", () => {
  it("'Labour councillor X said', 'Independent councillor Y said:' are X's and Y's", () => {
    const a = analyze(
      "Labour councillor Petra Vell said she too was unhappy with the application.\n\n" +
        'Independent councillor Ron Tamsin said: "We know what cohesive communities need."',
    );
    expect(speakersOf(a, "she too was unhappy")).toEqual(["Petra Vell"]);
    expect(speakersOf(a, "cohesive communities need")).toEqual(["Ron Tamsin"]);
  });

  it("reads a title's shape, not its words", () => {
    expect(isPremodifier("Labour councillor ")).toBe(true);
    expect(isPremodifier("Veteran club striker ")).toBe(true);
    expect(isPremodifier("After the vote ")).toBe(false);
    expect(isPremodifier("Protesters attacked ")).toBe(false);
    expect(isPremodifier("")).toBe(false);
    expect(isPremodifier("one two three four five six ")).toBe(false);
  });
});

describe("a phrase of time or place before a comma opens the sentence (sentence-subject.ts)", () => {
  it("'Also on Sunday, X held talks with Y, saying …' is X's", () => {
    const a = analyze(
      "Velna Foreign Minister Arto Keppel met Dorvan counterpart Ilse Marr on Saturday.\n\n" +
        "Also on Sunday, Keppel held talks with Marr, saying relations keep a favourable momentum.",
    );
    expect(speakersOf(a, "relations keep a favourable momentum")).toEqual(["Arto Keppel"]);
  });
});

describe("the lead's event under a trailing cue (events/lead.ts)", () => {
  it("'An indefinite strike … grounded the operations …, a union official said.' is the grounding, not the saying", () => {
    const a = analyze(
      "An indefinite strike by about 9,000 employees of Orvane Aero for wage revision on Monday grounded the operations of the state-run firm across the country, a union official said.",
    );
    const first = a.events.find((e) => e.evidence.some((ev) => ev.start === 0));
    expect(first?.kind).not.toBe("statement");
    expect((first?.label ?? "").toLowerCase()).toMatch(/grounded|strike/);
  });
});

describe("the last resort: a verb of saying's subject by the clause's shape (saying-subject.ts)", () => {
  it("'… when police used tear gas …, saying …' is the police's", () => {
    const a = analyze(
      "The march follows a protest in the city of Varno on Friday when police used tear gas to disperse the crowd, saying they were first attacked by masked men.",
    );
    expect(speakersOf(a, "they were first attacked")?.some((s) => /police/i.test(s ?? ""))).toBe(true);
  });

  it("a name after a preposition or inside a quotation is no speaker", () => {
    const a = analyze('Talks with the Orvane Group were held in Varno, "as Mayor Ilse Marr said", the paper noted.');
    expect(speakersOf(a, "Talks with the Orvane Group")).not.toContain("Orvane Group");
  });

  it("an act named by a verb of saying's cousins is no saying: 'declared a state of emergency', 'was said to'", () => {
    const a = analyze("Governor Pell Marten declared a state of emergency for the county on Monday.\n\nMarten was said to have misused his power.");
    expect(speakersOf(a, "declared a state of emergency")).not.toContain("Pell Marten");
    expect(speakersOf(a, "said to have misused")).not.toContain("Pell Marten");
  });
});
