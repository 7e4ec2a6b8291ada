import { actorNamed, analyze, spanText } from "./helpers";

/** Session 30i: a company's national branch named with its country is one body, the country no actor there. */
describe("findActors: a company's name right before a country's is its branch", () => {
  it("a company the dictionary knows, before a country, speaking or owning, is one body", () => {
    const a = analyze("Toyota Brazil said on Monday that output would fall. Toyota Brazil's plant will close.");
    expect(actorNamed(a, "Toyota Brazil")?.kind).toBe("organization");
    expect(actorNamed(a, "Brazil")).toBeUndefined();
  });

  it("after a preposition the branch is one body too, and the parent named apart stays apart", () => {
    const a = analyze("Workers at Unilever Ghana walked out. The local unit of consumer giant Unilever declined to comment.");
    expect(actorNamed(a, "Unilever Ghana")?.kind).toBe("organization");
    expect(actorNamed(a, "Unilever")).toBeDefined();
    expect(actorNamed(a, "Ghana")).toBeUndefined();
  });

  it("a body the text has already named, before a country, is its branch", () => {
    const a = analyze("Brightwater Logistics Group said profits rose. A day later, Brightwater Logistics Group Kenya said it would hire staff.");
    expect(actorNamed(a, "Brightwater Logistics Group Kenya")?.kind).toBe("organization");
    expect(actorNamed(a, "Kenya")).toBeUndefined();
  });

  it("“the company” after a branch and its parent is the branch", () => {
    const a = analyze("Vodafone Egypt raised prices, the local arm of Vodafone said. The company said costs had risen.");
    const branch = a.actors.find((x) => x.name === "Vodafone Egypt");
    expect(branch).toBeDefined();
    expect(branch!.mentions.map((m) => spanText(a, m))).toContain("The company");
  });

  it("a company and a country joined by “and” are two actors", () => {
    const a = analyze("Google and Canada signed a deal on Monday.");
    expect(actorNamed(a, "Canada")).toBeDefined();
    expect(actorNamed(a, "Google and Canada")).toBeUndefined();
  });

  it("a country inside a bank's name is no branch: “Bank of America Merrill Lynch”", () => {
    const a = analyze("Bank of America Merrill Lynch said the deal would close in May.");
    expect(a.actors.some((x) => / America$/.test(x.name))).toBe(false);
    expect(actorNamed(a, "United States")).toBeUndefined();
  });

  it("a word no dictionary files as a company's, before a country, is no branch", () => {
    const a = analyze("Officials met in Geneva. Tomorrow Kenya will vote.");
    expect(actorNamed(a, "Kenya")).toBeDefined();
    expect(a.actors.some((x) => x.name === "Tomorrow Kenya")).toBe(false);
  });

  it("a company and a country written apart with a comma are not one name", () => {
    const a = analyze("Siemens, Kenya and Ghana signed the accord.");
    expect(actorNamed(a, "Kenya")).toBeDefined();
    expect(a.actors.some((x) => x.name.startsWith("Siemens ") )).toBe(false);
  });
});

describe("a branch's workers union, first written by its employer's name, is the union the lede names", () => {
  it("“X Peru's workers union … the union said … the Federation of X Workers” is one union", () => {
    const a = analyze(
      "Nestle Peru's workers union began a strike on Tuesday, the union said in a statement.\n\n" +
        "The Federation of Nestle Workers had warned of the strike last week. The union wants higher pay.",
    );
    const union = actorNamed(a, "Federation of Nestle Workers");
    expect(union).toBeDefined();
    expect(a.actors.some((x) => x.name === "workers union" || x.name === "union")).toBe(false);
    expect(actorNamed(a, "Nestle Peru")?.kind).toBe("organization");
  });

  it("with no union named, the employer's workers union stays a body of its own, not the company", () => {
    const a = analyze("Nestle Peru's workers union began a strike on Tuesday. Nestle Peru said stores would stay open.");
    const company = actorNamed(a, "Nestle Peru");
    expect(company).toBeDefined();
    expect(actorNamed(a, "workers union")).toBeDefined();
  });
});

describe("a name before a chain's or a brand's noun is the business trading under it", () => {
  it("an unknown name before “supermarket chain” or “brand” is a company", () => {
    const a = analyze("The strike hit stores of the popular Zestra supermarket chain across the capital.");
    expect(actorNamed(a, "Zestra")?.kind).toBe("organization");
    const b = analyze("The group sold its Kolvo brand to a rival last year.");
    expect(actorNamed(b, "Kolvo")?.kind).toBe("organization");
  });

  it("a place or a word the dictionary knows before the noun is no company", () => {
    const a = analyze("A Nairobi supermarket chain said prices would rise, and Premium stores closed early.");
    expect(actorNamed(a, "Nairobi")).toBeUndefined();
    expect(actorNamed(a, "Premium")).toBeUndefined();
  });
});
