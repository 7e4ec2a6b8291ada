import { actorNamed, analyze, relationsOf, speakersOf, spanText } from "./helpers";

/**
 * Definite descriptions of bodies named before (session 30f, issues 14/17): "the regulator", "the
 * union", "the company" stand for the one body of a type they fit in reach, on invented sentences.
 */
// An actor by its own name (a joined description leaves its noun among the body's aliases).
const calledOnly = (a: ReturnType<typeof analyze>, name: string) => a.actors.find((x) => x.name === name);
const mentionsOf = (a: ReturnType<typeof analyze>, name: string) =>
  actorNamed(a, name)?.mentions.map((m) => spanText(a, m)) ?? [];

describe("a description joins the one named body of its type in reach", () => {
  it("'the regulator' is the commission named before, as a source and as an agent", () => {
    const a = analyze(
      "The Harbour Trade Commission fined Nordex 40 million euros on Monday. " +
        "The regulator said Nordex had hidden its prices from buyers for two years.",
    );
    expect(mentionsOf(a, "Harbour Trade Commission")).toContain("The regulator");
    expect(calledOnly(a, "regulator")).toBeUndefined();
    expect(speakersOf(a, "Nordex had hidden its prices")).toEqual(["Harbour Trade Commission"]);
  });

  it("'the union' is the body introduced as a union, whatever its name ('the Velda Cockpit (VC) union')", () => {
    const a = analyze(
      "Pilots walked out on Tuesday, said Ana Berg, spokeswoman for the Velda Cockpit (VC) union. " +
        "Berg said the union had the backing of its members.",
    );
    expect(mentionsOf(a, "Velda Cockpit")).toContain("the union");
    expect(calledOnly(a, "union")).toBeUndefined();
  });

  it("'the union' is never a company, nor 'the company' a union", () => {
    const a = analyze(
      "The Coastal Dockers Union called a strike at Marlow Shipping Ltd. on Friday. " +
        "The company said the union had refused a new offer.",
    );
    expect(mentionsOf(a, "Marlow Shipping Ltd.")).toContain("The company");
    expect(mentionsOf(a, "Coastal Dockers Union")).not.toContain("The company");
    expect(speakersOf(a, "had refused a new offer")).toEqual(["Marlow Shipping Ltd."]);
  });

  it("'the regulator' named in the lede joins the one regulator the next sentence names", () => {
    const a = analyze(
      "Norland's competition regulator said on Monday it had fined a chipmaker. " +
        "In May, the Norland Markets Authority (NMA) opened the case against Velto Chips Inc. " +
        "The regulator said the fine was final.",
    );
    expect(calledOnly(a, "regulator")).toBeUndefined();
    expect(mentionsOf(a, "Norland Markets Authority")).toContain("The regulator");
  });

  it("'…, the agency said' in the lede is the one agency named in the next sentence, not the company before it", () => {
    const a = analyze(
      "Norland's competition regulator has fined Velto Chips Inc. 20 million euros, the agency said on Monday. " +
        "The Norland Markets Authority (NMA) said the firm had hidden its prices.",
    );
    expect(speakersOf(a, "has fined Velto Chips")).toEqual(["Norland Markets Authority"]);
    expect(mentionsOf(a, "Velto Chips Inc.")).not.toContain("the agency");
  });

  it("a state's possessive before the description leaves the described body the agent ('the UK's financial regulator has fined')", () => {
    const a = analyze(
      "The UK's financial regulator has fined Velto Bank £20m for breaking reporting rules. " +
        "The Financial Markets Authority said the failings lasted two years. " +
        "The fine was cut because the bank settled early, the regulator said.",
    );
    expect(relationsOf(a)).toContain("Financial Markets Authority sanctions Velto Bank");
  });
});

describe("a body the sentence calls by another noun is not the description's", () => {
  it("'The company said the bank refused': the company is the one that is not the bank", () => {
    const a = analyze(
      "Velto Bank lent money to Marlow Ltd. in May. The company said the bank had broken the deal.",
    );
    expect(mentionsOf(a, "Marlow Ltd.")).toContain("The company");
    expect(speakersOf(a, "had broken the deal")).toEqual(["Marlow Ltd."]);
  });
});

describe("a description joins no one when its body is not singled out", () => {
  it("two companies in reach: 'the company' is neither's", () => {
    const a = analyze(
      "Lindqvist Corp. agreed to buy Marbella Foods Inc. on Tuesday. The company said the deal would close in June.",
    );
    expect(mentionsOf(a, "Lindqvist Corp.")).not.toContain("The company");
    expect(mentionsOf(a, "Marbella Foods Inc.")).not.toContain("The company");
  });

  it("'the company' before any company is named is no one's", () => {
    const a = analyze("The company said on Monday that its profits fell. Analysts at Velto Bank were surprised.");
    expect(mentionsOf(a, "Velto Bank")).not.toContain("The company");
  });

  it("two regulators in reach: 'the regulator' is neither's", () => {
    const a = analyze(
      "The Harbour Trade Commission and the Norland Markets Authority fined Nordex on Monday. " +
        "The regulator said the fine was final.",
    );
    expect(mentionsOf(a, "Harbour Trade Commission")).not.toContain("The regulator");
    expect(mentionsOf(a, "Norland Markets Authority")).not.toContain("The regulator");
  });

  it("'the Chinese ministry' is not a ministry of another state named before", () => {
    const a = analyze(
      "The Ministry of Defence in Norland said on Monday that drills had begun. The Chinese ministry said they were a threat.",
    );
    expect(mentionsOf(a, "Ministry of Defence")).not.toContain("The Chinese ministry");
  });

  it("two companies named only outside the reach of 'the firm': it is neither; one alone is it", () => {
    const a = analyze(
      "Velto Chips Inc. sold a plant to Marlow Ltd. in May. Sales rose in June. Prices fell in July. Rain fell in August. " +
        "Stocks rose in September. The firm said profits would rise.",
    );
    expect(mentionsOf(a, "Velto Chips Inc.")).not.toContain("The firm");
    expect(mentionsOf(a, "Marlow Ltd.")).not.toContain("The firm");
    const b = analyze(
      "Velto Chips Inc. opened a plant in May. Sales rose in June. Prices fell in July. Rain fell in August. " +
        "Stocks rose in September. The firm said profits would rise.",
    );
    expect(mentionsOf(b, "Velto Chips Inc.")).toContain("The firm");
  });
});

describe("a description after the verb of saying that owns the clause's subject is no speaker", () => {
  it("'X, spokeswoman, said the union`s pact would expire': the spokeswoman speaks, not the union", () => {
    const a = analyze(
      "The Velda Dockers Union called a strike on Friday. A spokeswoman for the dockers, Ana Berg, said the union`s two-year pact for 9,000 dockers would expire at midnight.",
    );
    expect(speakersOf(a, "two-year pact")).toEqual(["Ana Berg"]);
    const b = analyze(
      "The Velda Dockers Union called a strike on Friday. A spokeswoman, Ana Berg, said the union's pact would expire at midnight.",
    );
    expect(speakersOf(b, "pact would expire")).toEqual(["Ana Berg"]);
  });
});

describe("a union's strike, and a company's initials with '&' (round 10f)", () => {
  it("a union that strikes opposes the employer; it does not attack it", () => {
    const a = analyze(
      "The Velda Dockers Union said on Friday it would strike at midnight after talks with Marlow Shipping Ltd. failed.",
    );
    expect(relationsOf(a)).toContain("Velda Dockers Union opposes Marlow Shipping Ltd.");
    expect(relationsOf(a).some((r) => r.includes(" attacks "))).toBe(false);
    // An army that strikes still attacks.
    const b = analyze("The Norland Army said on Friday it would strike Velda Militia positions at midnight.");
    expect(relationsOf(b).some((r) => r.includes(" opposes "))).toBe(false);
  });

  it("'B&T' is the company 'Baltic and Tidewater Company' by its initials, '&' for 'and'", () => {
    const a = analyze(
      "The Baltic and Tidewater Company cut 900 jobs on Monday. B&T said the cuts were needed. B&T shares fell.",
    );
    expect(a.actors.filter((x) => x.name === "B&T")).toEqual([]);
    expect(actorNamed(a, "B&T")?.name).toBe("Baltic and Tidewater Company");
  });

  it("'U.S. Bank': a state's name before a capitalised 'Bank' names a company, not the state", () => {
    const a = analyze("Ohio-based U.S. Bank said on Monday it would appeal the verdict. U.S. Bank shares fell 2%.");
    expect(actorNamed(a, "U.S. Bank")?.kind).toBe("organization");
    expect(a.actors.some((x) => x.kind === "state")).toBe(false);
  });
});
