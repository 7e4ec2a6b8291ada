import { actorNamed, analyze } from "./helpers";

/** Session 30b: classes of missed actors on real reporting, each on an invented sentence. */
describe("findActors: a body named by ordinary words, read from how the text writes it", () => {
  it("a name followed by its own initials in brackets, the initials speaking later, is a body", () => {
    const a = analyze("Harbour Freight Lines (HFL) is closing two depots. HFL said the move would save money.");
    expect(actorNamed(a, "Harbour Freight Lines")?.kind).toBe("organization");
    const b = analyze("General Dynamo (GD) is cutting 300 jobs in Leeds. GD said demand had fallen.");
    expect(actorNamed(b, "General Dynamo")?.kind).toBe("organization");
  });

  it("initials that never speak are no body's: a concept given initials stays unnamed", () => {
    const a = analyze("Freight Handling Charges (FHC) rose by a third. FHC rose again in May.");
    expect(actorNamed(a, "Freight Handling Charges")).toBeUndefined();
  });

  it("a name mid-sentence before a qualified role and its holder is the body the role is held in", () => {
    const a = analyze("“The cuts go too far,” Forward national officer Dana Pell said on Monday.");
    expect(actorNamed(a, "Forward")?.kind).toBe("organization");
    expect(actorNamed(a, "Dana Pell")).toBeDefined();
    const b = analyze("Fans abused Bright Stars player Tomas Okoro during the match.");
    expect(actorNamed(b, "Bright Stars")?.kind).toBe("organization");
  });

  it("a place's name before a role names where the role is held, not a body", () => {
    const a = analyze("Fans cheered Brazil player Tomas Okoro during the match.");
    expect(a.actors.filter((x) => x.kind === "organization")).toEqual([]);
  });

  it("an unknown acronym right before a state's name makes one body's name, not the state", () => {
    const a = analyze("DWUK Canada said the strike would go ahead on Monday.");
    expect(actorNamed(a, "DWUK Canada")?.kind).toBe("organization");
    expect(actorNamed(a, "Canada")).toBeUndefined();
    const b = analyze("The champions lost to KTP Helsinki in July.");
    expect(actorNamed(b, "KTP Helsinki")?.kind).toBe("organization");
  });

  it("a known acronym before a state's name leaves both as they are", () => {
    const a = analyze("The US Canada border closed on Monday.");
    expect(actorNamed(a, "United States")).toBeDefined();
    expect(actorNamed(a, "Canada")?.kind).toBe("state");
  });

  it("a name before an apposition headed by a body's noun is that body, ordinary words and all", () => {
    const a = analyze("Kestrel Rising, a small far-right party which opposes the treaty, won two seats.");
    expect(actorNamed(a, "Kestrel Rising")?.kind).toBe("organization");
    const b = analyze("Fans of Harbour Lions, the city's oldest club, marched on Monday.");
    expect(actorNamed(b, "Harbour Lions")?.kind).toBe("organization");
  });

  it("an apposition that describes a person by a body's noun names no body", () => {
    const a = analyze("Kestrel Rising, a party official, said the vote was lost.");
    expect(actorNamed(a, "Kestrel Rising")?.kind).not.toBe("organization");
  });

  it("a Dutch name goes on through 'voor' ('Partij voor de Dieren')", () => {
    const a = analyze("The Partij voor de Vogels, a small party, won a seat on Monday.");
    expect(actorNamed(a, "Partij voor de Vogels")?.kind).toBe("organization");
  });

  it("two unknown acronyms joined by 'and' after 'the' are two bodies", () => {
    const a = analyze("The premier may govern with the KDP and V77 after the vote.");
    expect(actorNamed(a, "KDP")?.kind).toBe("organization");
    expect(actorNamed(a, "V77")?.kind).toBe("organization");
  });

  it("an acronym spelled out in brackets right after it is one actor with its full name", () => {
    const a = analyze("She is chief executive of KDFC (Kestrel Development Finance Corporation). KDFC said it welcomed the move.");
    const full = actorNamed(a, "Kestrel Development Finance Corporation")!;
    expect(full.aliases).toContain("KDFC");
    expect(a.actors.filter((x) => x.name === "KDFC")).toEqual([]);
  });

  it("common abbreviations joined by 'and' stay no one", () => {
    const a = analyze("Traders watched the GDP and CPI figures on Monday.");
    expect(a.actors.filter((x) => x.kind === "organization")).toEqual([]);
  });

  it("an unknown acronym opening a sentence before a verb of stating is a body", () => {
    const a = analyze("KORPAL affirms that its depots hold enough fuel for a month.");
    expect(actorNamed(a, "KORPAL")?.kind).toBe("organization");
  });
});

describe("findActors: names round 10b's misses showed, each on an invented sentence", () => {
  it("a gazetteer name written with a typographic apostrophe is the same name", () => {
    const a = analyze("Exports need licences under the laws of the People’s Republic of China, the ministry said.");
    expect(actorNamed(a, "China")?.kind).toBe("state");
    expect(actorNamed(a, "Taiwan")).toBeUndefined();
  });

  it("a name after a possessive and a noun of kinship is the relative's, a given name alone too", () => {
    const a = analyze("Ortega and his wife Lucinda were charged on Monday.");
    expect(actorNamed(a, "Lucinda")?.kind).toBe("person");
  });

  it("a family name that is also a given name, after an unknown given name, makes a full name", () => {
    const a = analyze("Police detained party leaders Oyeshwan Russell and Bektur Aman on Monday.");
    expect(actorNamed(a, "Oyeshwan Russell")?.kind).toBe("person");
    expect(actorNamed(a, "Bektur Aman")?.kind).toBe("person");
  });
});

