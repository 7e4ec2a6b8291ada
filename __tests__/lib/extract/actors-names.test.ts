import { actorNamed, analyze, spanText } from "./helpers";

/** Named people, groups and organisations of real reporting (issue 14), each on an invented sentence. */
describe("findActors: every named person (issue 14)", () => {
  it("an association or confederation named in full is an organisation, its state kept in its name", () => {
    const a = analyze("She chairs the Lumeria Rowing Association. Lumeria's Rowing Association said it backed her. The Coastal Rowing Confederation stayed silent.");
    expect(actorNamed(a, "Rowing Association")?.kind).toBe("organization");
    expect(actorNamed(a, "Coastal Rowing Confederation")?.kind).toBe("organization");
    expect(a.actors.filter((x) => x.kind === "person")).toEqual([]);
  });

  it("a party 'of' a country keeps the country in its name ('Unity Party of Malta')", () => {
    const a = analyze("Doreen Vella of the Unity Party of Malta conceded the vote.");
    expect(actorNamed(a, "Unity Party of Malta")?.kind).toBe("organization");
  });

  it("a sentence-initial full name before an auxiliary is a person, a surname-only dictionary word included ('Corvin Lau was held')", () => {
    const a = analyze("Corvin Lau was held on Sunday, his group said. Police later released Mr. Lau.");
    const p = actorNamed(a, "Corvin Lau")!;
    expect(p.kind).toBe("person");
    expect(p.mentions.map((m) => spanText(a, m))).toEqual(["Corvin Lau", "Lau"]);
  });

  it("a place named in two words is no person ('a Hong Kong activist')", () => {
    const a = analyze("A prominent Hong Kong activist was freed on Monday.");
    expect(actorNamed(a, "Hong Kong")?.kind).not.toBe("person");
  });

  it("an honorific makes the name after it a person's, with or without its full stop", () => {
    const a = analyze("Police arrested Mr. Okoroafor on Monday. Officers also questioned Ms Tandile at home.");
    expect(actorNamed(a, "Okoroafor")?.kind).toBe("person");
    expect(actorNamed(a, "Tandile")?.kind).toBe("person");
  });

  it("a police rank is a title, and a hyphenated given name is part of the name ('Superintendent Ho Wai-kit')", () => {
    const a = analyze("\"The march was unlawful,\" Chief Superintendent Ho Wai-kit told reporters. Anti-war groups disagreed. Ho said two officers were hurt.");
    const ho = actorNamed(a, "Ho Wai-kit")!;
    expect(ho.kind).toBe("official");
    // The family name comes first: "Ho" alone is the same person.
    expect(ho.mentions.map((m) => spanText(a, m))).toEqual(["Ho Wai-kit", "Ho"]);
    expect(a.actors.some((x) => /Anti/.test(x.name))).toBe(false);
  });

  it("a company named by the first words of its full name is the same actor", () => {
    const a = analyze("Harlow Pemberton & Co agreed to buy a rival. Harlow Pemberton said the deal would close in May.");
    expect(actorNamed(a, "Harlow Pemberton")?.name).toBe("Harlow Pemberton & Co");
  });
});

describe("findActors: events named like people", () => {
  it("a storm or an operation named in capitals is no person, wherever it stands", () => {
    const a = analyze("Cyclone Marisol was upgraded on Friday. Residents fled before Typhoon Kanemi struck. Hurricane Odile said nothing, joked one resident.");
    expect(a.actors.filter((x) => x.kind === "person" || x.kind === "organization")).toEqual([]);
  });
});

describe("findActors: groups, companies and roles no gazetteer knows (issue 14)", () => {
  it("a state in a backing compound is an actor, and a digit acronym before 'rebels' names their group", () => {
    const a = analyze("Clashes spread as Uganda-backed K19 rebels advanced on the town.");
    expect(actorNamed(a, "Uganda")?.mentions.map((m) => spanText(a, m))).toEqual(["Uganda"]);
    expect(actorNamed(a, "K19")?.kind).toBe("group");
  });

  it("names joined by 'and' to a company are companies, each its own actor", () => {
    const a = analyze("The deal lets Acme compete with Walmart and Greyfield Home Supply. Zentrix.com and Comcast declined to comment.");
    expect(actorNamed(a, "Walmart")?.kind).toBe("organization");
    expect(actorNamed(a, "Greyfield Home Supply")?.kind).toBe("organization");
    expect(actorNamed(a, "Zentrix.com")?.kind).toBe("organization");
    expect(actorNamed(a, "Comcast")?.kind).toBe("organization");
  });

  it("'and' inside an institution's name keeps it whole ('Parks and Recreation Commission')", () => {
    const a = analyze("Permits were issued by the Lowland Parks and Recreation Commission on Monday.");
    expect(actorNamed(a, "Lowland Parks and Recreation Commission")?.kind).toBe("organization");
  });

  it("a name before the people who work for it is an institution ('Coastal Fish and Game officials')", () => {
    const a = analyze("Two boats were run by Coastal Fish and Game officials on Tuesday.");
    expect(actorNamed(a, "Coastal Fish and Game")?.kind).toBe("organization");
  });

  it("what a role is held in is an institution, what a lower-case title is of is a place", () => {
    const a = analyze("“Shelves fell,” Kenji Obata, 52, manager of Lawsonia in Sendai, told reporters. Ana Lupu, the mayor of Cluj, said the roads were shut.");
    expect(actorNamed(a, "Lawsonia")?.kind).toBe("organization");
    expect(actorNamed(a, "Kenji Obata")?.kind).toBe("person");
    expect(actorNamed(a, "Cluj")?.kind ?? "none").not.toBe("official");
  });

  it("a formal title 'of' an institution is its holder's, and a portfolio is no actor ('General of the Army X', 'Minister of Defence')", () => {
    const a = analyze(
      "The list named the First Deputy Minister of Defence, Chief of the General Staff and General of the Army Pavel Sorokin. The Minister of Defence declined to comment.",
    );
    expect(actorNamed(a, "Pavel Sorokin")?.kind).toBe("official");
    expect(a.actors.filter((x) => /^(?:Defence|Staff|Army Pavel Sorokin)$/.test(x.name))).toEqual([]);
  });
});

describe("findActors: media, courts, judges and acronyms (issue 14)", () => {
  it("the agencies a dateline credits are media, the outlet's own name its own", () => {
    const a = analyze("OSLO/BERGEN (Test Outlet News / Taviq - 11th June, 2020) Norway's prime minister met Denmark's.");
    expect(actorNamed(a, "Taviq")?.kind).toBe("media");
    expect(actorNamed(a, "Test Outlet News")?.name).toBe("The Test Outlet");
  });

  it("a name ending in a newspaper's word is a newspaper, 'the Chronicle' later the same", () => {
    const a = analyze("Police had arrested 85 people, the Bayside Chronicle reported. Scuffles broke out later, the Chronicle reported.");
    const paper = actorNamed(a, "Bayside Chronicle")!;
    expect(paper.kind).toBe("media");
    expect(paper.mentions.map((m) => spanText(a, m))).toEqual(["Bayside Chronicle", "the Chronicle"]);
  });

  it("a name between the article and a lower-case court is the court's, and 'the high court' joins it rather than the Supreme Court", () => {
    const a = analyze(
      "The Lakeside high court on Monday jailed the mayor. He may appeal to the Supreme Court. The high court had already convicted him.",
    );
    const court = actorNamed(a, "Lakeside high court")!;
    expect(court.kind).toBe("organization");
    expect(court.mentions.map((m) => spanText(a, m))).toContain("The high court");
    expect(actorNamed(a, "Supreme Court")?.mentions.map((m) => spanText(a, m))).toEqual(["Supreme Court"]);
  });

  it("'Justice' before a name is a judge's title, not before an institution's name", () => {
    const a = analyze("Justice R Venkatesan read the order. The Justice Ministry and the Justice and Unity Party objected.");
    expect(actorNamed(a, "R Venkatesan")?.kind).toBe("official");
    expect(actorNamed(a, "Justice Ministry")?.kind).toBe("organization");
    expect(actorNamed(a, "Justice and Unity Party")?.kind).toBe("organization");
  });

  it("an acronym with the article, acting or owning, is an institution ('the FTC approved')", () => {
    const a = analyze("However, the KFTC approved the merger in 2013. Later the BRA's audit found no fault.");
    expect(actorNamed(a, "KFTC")?.kind).toBe("organization");
    expect(actorNamed(a, "BRA")?.kind).toBe("organization");
  });
});

describe("findSalientNames: common nouns used as names (issue 14)", () => {
  it("a common noun capitalised mid-sentence, acting and never with an article, is an organisation; 'the Games' is not", () => {
    const a = analyze(
      "Analysts expect rival Canary to bid, and Canary agreed on Monday. Canary said talks began in May. Fans cheered the Games, and the Games ended.",
    );
    expect(actorNamed(a, "Canary")?.kind).toBe("organization");
    expect(actorNamed(a, "Canary")?.mentions).toHaveLength(3);
    expect(actorNamed(a, "Games")).toBeUndefined();
  });
});

describe("findActors: lower-case group names (issue 14)", () => {
  it("an organisation's lower-case organ keeps its owner's name, a state's does not, and the owner stays apart", () => {
    const a = analyze("NATO's executive committee also backed him. A disciplinary committee met. Lumeria's ruling party said nothing. NATO said so.");
    const organ = actorNamed(a, "NATO's executive committee")!;
    expect(organ.mentions.map((m) => spanText(a, m))).toEqual(["executive committee"]);
    expect(actorNamed(a, "NATO")?.mentions.map((m) => spanText(a, m))).toEqual(["NATO", "NATO"]);
    expect(actorNamed(a, "ruling party")?.kind).toBe("organization");
  });

  it("the unions of a trade named in lower case are a group, whatever their case; 'its unions' are not", () => {
    const a = analyze("TALKS BETWEEN TEACHERS unions and the government collapsed. Its unions were silent, and the previous unions had dissolved.");
    expect(actorNamed(a, "teachers unions")?.kind).toBe("group");
    expect(a.actors.filter((x) => /unions/.test(x.name)).map((x) => x.name)).toEqual(["teachers unions"]);
  });
});

describe("findActors: slogans, names cut by an acronym, documents (issue 14)", () => {
  it("a movement named by a slogan mid-sentence is a group ('the Occupy Harbor City camp')", () => {
    const a = analyze("Police cleared the Occupy Harbor City tent camp on Tuesday.");
    expect(actorNamed(a, "Occupy Harbor City")?.kind).toBe("group");
  });

  it("an institution's name goes on after its acronym ('the National Rowing Board (NRB) of Malta')", () => {
    const a = analyze("It answers to the National Rowing Board (NRB) of Malta. Later the NRB of Malta said it agreed.");
    const board = actorNamed(a, "National Rowing Board of Malta")!;
    expect(board.mentions.map((m) => spanText(a, m))).toEqual(["National Rowing Board", "NRB", "NRB"]);
    expect(actorNamed(a, "Malta")?.kind).toBe("state");
  });

  it("a name ending in a document's word is no actor ('the Olympic Charter', 'the Geneva Convention')", () => {
    const a = analyze("The ban breached the Olympic Charter and the Geneva Convention, the lawyers said.");
    expect(a.actors.filter((x) => /Charter|Convention/.test(x.name))).toEqual([]);
  });
});

describe("findActors: transliterated particles (issue 14)", () => {
  it("a lower-case particle joined to a surname is part of the name, and the surname opening a sentence joins it", () => {
    const a = analyze("Government spokesperson Samir al-Haddad said the truce held. Al-Haddad added that talks would go on.");
    const p = actorNamed(a, "Samir al-Haddad")!;
    expect(p.kind).toBe("official");
    expect(p.mentions.map((m) => spanText(a, m))).toEqual(["Samir al-Haddad", "Al-Haddad"]);
  });
});

describe("findActors: two people joined by 'and'", () => {
  it("'envoys Steve Ruiz and Jane Okafor' is not one person's name", () => {
    const a = analyze("US envoys Steve Ruiz and Jane Okafor will attend the talks.");
    expect(a.actors.some((x) => / and /.test(x.name))).toBe(false);
  });
});

describe("findActors: the tail of a person's fuller name is that person", () => {
  it.each([
    ["Win Htein Lwin will lead the delegation to Dhaka. Critics said Win Htein Lwin's plan was weak.", "Win Htein Lwin"],
    ["Critics said Win Htein Lwin's plan was weak. Win Htein Lwin will lead the delegation to Dhaka.", "Win Htein Lwin"],
  ])("%s", (text, name) => {
    const a = analyze(text);
    expect(a.actors.filter((x) => x.kind === "person").map((x) => x.name)).toEqual([name]);
    expect(actorNamed(a, name)!.mentions).toHaveLength(2);
  });
  it("a tail that ends two people's names joins neither", () => {
    const a = analyze("Win Htein Lwin will lead the delegation to Dhaka. Critics said Thida Htein Lwin's plan was weak. Her brother, Kyaw Htein Lwin, agreed.");
    expect(actorNamed(a, "Thida Htein Lwin")!.mentions).toHaveLength(1);
    expect(actorNamed(a, "Kyaw Htein Lwin")!.mentions).toHaveLength(1);
  });
});
