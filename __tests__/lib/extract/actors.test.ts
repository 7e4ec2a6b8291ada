import countries from "@/lib/extract/data/countries.json";
import curated from "@/lib/extract/data/entities.json";
import { actorNamed, analyze, spanText } from "./helpers";

describe("findActors(doc)", () => {
  it("finds countries by name, alias and demonym-with-collective-noun", () => {
    const a = analyze("The U.S. and Japan signed a pact. Japanese officials welcomed it.");
    expect(actorNamed(a, "United States")?.kind).toBe("state");
    const japan = actorNamed(a, "Japan")!;
    expect(japan.mentions.map((m) => spanText(a, m))).toEqual(["Japan", "Japanese"]);
  });

  it("treats a capital as its state only when it acts, not as a place", () => {
    const a = analyze("Leaders met in Berlin on Monday. Moscow said the talks failed.");
    expect(actorNamed(a, "Germany")).toBeUndefined();
    expect(actorNamed(a, "Russia")?.mentions.map((m) => spanText(a, m))).toEqual(["Moscow"]);
  });

  it("finds named people with titles and their later surname mentions", () => {
    const a = analyze("Foreign Minister Amara Okonkwo arrived on Sunday. Okonkwo said the vote was fair.");
    const p = actorNamed(a, "Amara Okonkwo")!;
    expect(p.kind).toBe("official");
    expect(p.mentions.map((m) => spanText(a, m))).toEqual(["Amara Okonkwo", "Okonkwo"]);
  });

  it("resolves 'the agency' to the last news agency mentioned", () => {
    const a = analyze("Reuters reported the deal. The agency said it was final.");
    expect(actorNamed(a, "Reuters")?.mentions.map((m) => spanText(a, m))).toEqual(["Reuters", "The agency"]);
  });

  it("creates one actor per unnamed source description", () => {
    const a = analyze("A senior French diplomat told AFP the plan was dead. People familiar with the matter disagreed.");
    const kinds = a.actors.filter((x) => x.kind === "official" || x.kind === "source").map((x) => x.name);
    expect(kinds).toEqual(expect.arrayContaining(["Senior French diplomat", "People familiar with the matter"]));
  });

  it("an acronym read before its definition, or spelled out in another name, joins the named actor", () => {
    const a = analyze(
      "In an NRF statement, officials confirmed the move. The Northern Rowing Federation (NRF) Appeals Board (AB) met on Friday. The NRF AB said the ban stands. The NRF Appeals Board will meet again in May.",
    );
    const federation = actorNamed(a, "Northern Rowing Federation")!;
    expect(federation.mentions.map((m) => spanText(a, m))).toContain("NRF");
    expect(a.actors.filter((x) => x.name === "NRF" || x.name === "NRF AB")).toEqual([]);
    expect(actorNamed(a, "NRF AB")?.name).toBe("NRF Appeals Board");
  });

  it("an actor named by an acronym stays apart from a name whose initials the acronym does not follow", () => {
    const a = analyze("Leaders of Malawi (MCP) met. Later the MCP said it would appeal.");
    expect(a.actors.map((x) => x.name)).toEqual(expect.arrayContaining(["Malawi", "MCP"]));
  });

  it("'the bank' and 'the Times' name the one institution whose name holds the word", () => {
    const a = analyze(
      "The Central Bank of Iceland held its rate, the Financial Times reported. The bank cut it in May, the Times said.",
    );
    expect(actorNamed(a, "Central Bank of Iceland")?.mentions.map((m) => spanText(a, m))).toContain("The bank");
    expect(actorNamed(a, "Financial Times")?.mentions.map((m) => spanText(a, m))).toContain("the Times");
  });

  it("a later surname written without its accents, opening a sentence, is the same person", () => {
    const a = analyze("On Monday, Mayor Zoë Kovačić visited the port. Kovacic said the cranes were idle.");
    expect(actorNamed(a, "Zoë Kovačić")?.mentions.map((m) => spanText(a, m))).toEqual(["Zoë Kovačić", "Kovacic"]);
    expect(a.claims[1]!.sources[0]).toBe(actorNamed(a, "Zoë Kovačić")!.id);
  });

  it("a disease named like a proper noun is no organisation, however often it recurs", () => {
    const a = analyze("Health workers fear Ebola will spread. Cases of Ebola rose in Kasai. Officials said Ebola vaccines had arrived.");
    expect(actorNamed(a, "Ebola")).toBeUndefined();
  });

  it("a festival, or the adjective of a faith, is no organisation, however often it recurs", () => {
    const a = analyze(
      "Residents of Calder Bay lit candles as the Muslim community marked the end of Ramadan. Volunteers from the local Muslim community handed out food, and the Ramadan meal was shared by hundreds. The Sikh temple and the Sikh council of the town opened their doors during Diwali, and Diwali lamps lined the street.",
    );
    for (const name of ["Muslim", "Ramadan", "Sikh", "Diwali"]) expect(actorNamed(a, name)).toBeUndefined();
  });

  it("'the source of the blaze' is no unnamed source; 'sources close to the inquiry' are", () => {
    const a = analyze("The source of the blaze was unclear. The wiring was old, according to sources close to the inquiry.");
    expect(a.actors.filter((x) => x.kind === "source").map((x) => x.name)).toEqual(["Sources close to the inquiry"]);
  });

  it("keeps every mention inside the text and non-overlapping", () => {
    const a = analyze("The EU and NATO met. The bloc and the alliance disagreed with Washington’s plan.");
    const spans = a.actors.flatMap((x) => x.mentions).sort((p, q) => p.start - q.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    expect(actorNamed(a, "European Union")?.mentions.map((m) => spanText(a, m))).toEqual(["EU", "The bloc"]);
  });
});

describe("gazetteer data", () => {
  it("every curated country entry extends a country of countries.json", () => {
    const ids = new Set(countries.map((c) => c.id));
    expect(curated.countries.filter((c) => !ids.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});

describe("findSalientNames()", () => {
  it("a capitalised non-word used twice mid-sentence is an organisation", () => {
    const a = analyze("Shares of Veltrix fell. Analysts said Veltrix would recover. Then Pardoe left.");
    expect(actorNamed(a, "Veltrix")?.kind).toBe("organization");
    expect(actorNamed(a, "Pardoe")).toBeUndefined();
  });

  it("a lower-case institution acting is an actor ('the police fired', 'The government said')", () => {
    const a = analyze("The police fired tear gas. The government said two people were hurt.");
    expect(actorNamed(a, "police")?.kind).toBe("organization");
    expect(actorNamed(a, "government")?.kind).toBe("organization");
  });
  it("a lower-case institution in a place phrase is no actor ('outside the interior ministry')", () => {
    expect(actorNamed(analyze("Crowds gathered outside the interior ministry."), "interior ministry")).toBeUndefined();
  });
  it("an acronym joins the institution it abbreviates, a surname the full name", () => {
    const a = analyze("The International Olympic Committee met. IOC said it would act. Sergei Lavrov spoke. Later Lavrov said no.");
    expect(actorNamed(a, "IOC")?.name).toBe("International Olympic Committee");
    expect(actorNamed(a, "Lavrov")?.name).toBe("Sergei Lavrov");
  });
  it("a title joined by 'and' stays out of the name ('Chairman and CEO Randall Stephenson')", () => {
    const a = analyze("The company's Chairman and CEO Randall Stephenson said the deal was done.");
    expect(actorNamed(a, "Randall Stephenson")?.kind).toBe("official");
  });
  it("a name before a lower-case party head names the party, and a street is no actor", () => {
    const a = analyze("El-Heni leads the Al-Majd party. Protesters massed on Habib Bourguiba Avenue.");
    expect(actorNamed(a, "Al-Majd party")?.kind).toBe("organization");
    expect(a.actors.some((x) => /Bourguiba/.test(x.name))).toBe(false);
  });

  it("a country inside an institution's name stays inside it ('Reserve Bank of New Zealand'), and its acronym in parentheses joins it", () => {
    const a = analyze("The Reserve Bank of New Zealand (RBNZ) cut rates. RBNZ Governor Graeme Wheeler said more cuts may follow.");
    expect(actorNamed(a, "RBNZ")?.name).toBe("Reserve Bank of New Zealand");
    expect(actorNamed(a, "Graeme Wheeler")?.kind).toBe("official");
  });
  it("a state's lower-case institution acting is an actor, joined to its full name when that is the only fit", () => {
    const a = analyze("New Zealand's central bank cut rates on Thursday. The Reserve Bank of New Zealand said inflation was low.");
    expect(actorNamed(a, "central bank")?.name).toBe("Reserve Bank of New Zealand");
  });

  it("a company named by the first word of its name is the same actor ('Becton said' after 'Becton Dickinson & Co')", () => {
    const a = analyze("Becton Dickinson & Co agreed to buy a rival. Becton said the deal would close in 2015.");
    expect(actorNamed(a, "Becton")?.name).toBe("Becton Dickinson & Co");
  });
});

describe("findActors: media named by what they are, venues as organisations", () => {
  it("'X newspaper' and 'the French daily X' name a medium, found again wherever the name recurs", () => {
    const a = analyze("Two men were detained, according to Ouest-France newspaper. Later, Ouest-France said they were known to police.");
    const medium = actorNamed(a, "Ouest-France");
    expect(medium?.kind).toBe("media");
    expect(medium?.mentions).toHaveLength(2);
    expect(actorNamed(analyze("The arrests were first reported by the Belgian daily Het Nieuwsblad."), "Het Nieuwsblad")?.kind).toBe("media");
  });
  it("a modifier before the noun is no medium ('National broadcaster NHK', 'the French daily')", () => {
    const a = analyze("National broadcaster NHK said the quake struck at noon. The French daily reported it too.");
    expect(a.actors.filter((x) => x.kind === "media").map((x) => x.name)).not.toContain("National");
  });
  it("a masthead reporting or cited is a medium ('the Hometown Gazette reported', 'according to the Sunday Times')", () => {
    const a = analyze("Riot police arrested 85 people, the Hometown Gazette reported. Scuffles broke out later, the Gazette reported.");
    const medium = actorNamed(a, "Hometown Gazette");
    expect(medium?.kind).toBe("media");
    expect(medium?.mentions).toHaveLength(2);
    expect(actorNamed(analyze("The fund was closed in May, according to the Sunday Times."), "Sunday Times")?.kind).toBe("media");
    // a masthead word in a name that reports nothing names no medium
    expect(analyze("The Good Times festival opened in May.").actors.filter((x) => x.kind === "media").map((x) => x.name)).toEqual(["The Test Outlet"]);
  });
  it("a museum, a gallery or a hospital is an organisation, not a person", () => {
    expect(actorNamed(analyze("Thieves broke into the Rijks Museum on Sunday."), "Rijks Museum")?.kind).toBe("organization");
    expect(actorNamed(analyze("Doctors at the Royal Free Hospital said he was stable."), "Royal Free Hospital")?.kind).toBe("organization");
  });
});

describe("findActors: institutions named with a country", () => {
  it("an association is an organisation, not a person", () => {
    const a = analyze("The Football Association said it would appeal.");
    expect(actorNamed(a, "Football Association")?.kind).toBe("organization");
  });
  it("'Alliance of Canada' is part of the alliance's name, not a mention of Canada", () => {
    const a = analyze("The Public Service Alliance of Canada called a strike.");
    expect(actorNamed(a, "Public Service Alliance of Canada")?.kind).toBe("organization");
    expect(actorNamed(a, "Canada")).toBeUndefined();
  });
});

describe("findActors: compound adjectives and coded groups", () => {
  it("the state heading a compound of support acts ('Rwanda-backed'), a bare adjective does not", () => {
    expect(actorNamed(analyze("Uganda-backed fighters advanced."), "Uganda")?.kind).toBe("state");
    expect(analyze("Western-backed fighters advanced.").actors.map((x) => x.name)).toEqual(["The Test Outlet"]);
  });
  it("a code before a group noun names a group ('M19 rebels'), and the code alone recurs as it", () => {
    const a = analyze("The M19 rebels seized the town. Later M19 said it would leave.");
    const g = actorNamed(a, "M19");
    expect(g?.kind).toBe("group");
    expect(g?.mentions).toHaveLength(2);
    expect(analyze("The F16 jets flew low.").actors.map((x) => x.name)).toEqual(["The Test Outlet"]);
    expect(analyze("Two F-16 fighters flew low.").actors.map((x) => x.name)).toEqual(["The Test Outlet"]);
  });
});

describe("findActors: a court named by its seat", () => {
  it("'The Kisumu high court sentenced …' names the court with its seat, and 'the high court' later is that court", () => {
    const a = analyze("The Kisumu high court on Thursday sentenced Peter Otieno. On Tuesday, the high court had already set aside his appeal.");
    const court = actorNamed(a, "Kisumu high court");
    expect(court?.kind).toBe("organization");
    expect(court?.mentions).toHaveLength(2);
    expect(a.actors.filter((x) => /court/i.test(x.name))).toHaveLength(1);
  });
  it("…and so is a force named by its seat ('the Kisumu police'), one actor, not a place and the police", () => {
    const a = analyze("The Kisumu police said they would act.");
    expect(actorNamed(a, "Kisumu police")?.kind).toBe("organization");
    expect(a.actors.filter((x) => /police|Kisumu/i.test(x.name))).toHaveLength(1);
  });
});

describe("findActors: a dictionary word used as a company's name", () => {
  it("capitalised mid-sentence twice, once as an agent ('…, Anchors agreed'), it names an organisation", () => {
    const a = analyze("To grow, Anchors agreed to buy Brightline. Analysts said the deal lets Anchors expand.");
    expect(actorNamed(a, "Anchors")?.kind).toBe("organization");
  });
  it("…but not when it never acts ('before Harvest', 'after Harvest')", () => {
    expect(analyze("They met before Harvest. They met again after Harvest.").actors.map((x) => x.name)).toEqual(["The Test Outlet"]);
  });
});

describe("findActors: a state's own body under a generic name", () => {
  it("'Russia's Security Council' is Russia's council, not the United Nations; 'the Security Council' still is", () => {
    const own = analyze("The US sanctioned members of Russia's Security Council.");
    expect(actorNamed(own, "United Nations")).toBeUndefined();
    expect(actorNamed(own, "Security Council")?.kind).toBe("organization");
    expect(actorNamed(analyze("The Security Council met on Monday."), "United Nations")).toBeDefined();
  });
});

describe("findActors: companies joined by 'and'", () => {
  it("a known company before 'and' is a name of its own ('Walmart and Target')", () => {
    expect(actorNamed(analyze("Rivals such as Walmart and Target have eaten into sales."), "Walmart")?.kind).toBe("organization");
  });
  it("…but 'and' inside a name stays ('the Ministry of Trade and Industry')", () => {
    expect(actorNamed(analyze("The Ministry of Trade and Industry said prices rose."), "Ministry of Trade and Industry")).toBeDefined();
  });
});

describe("findActors: names the rules did not read", () => {
  it("police ranks are titles ('Senior Superintendent Ana Costa')", () => {
    expect(actorNamed(analyze('"The road is shut," Senior Superintendent Ana Costa told reporters.'), "Ana Costa")?.kind).toBe("official");
  });
  it("a name going on in a hyphenated word not read is not cut short ('Superintendent Ho Wai-man' is not 'Ho')", () => {
    const a = analyze('"The road is shut," Senior Superintendent Ho Wai-man told reporters.');
    expect(a.actors.map((x) => x.name)).not.toContain("Ho");
  });
  it("an association, a confederation or a team named with its head word is an organisation", () => {
    expect(actorNamed(analyze("The Harbour Workers Team said the strike would go on."), "Harbour Workers Team")?.kind).toBe("organization");
    expect(actorNamed(analyze("He led the Lakeside Rowing Association for a decade."), "Lakeside Rowing Association")?.kind).toBe("organization");
  });

  it("a capitalised article after a colon dateline opens no name: 'Lahore: The Ghana Football Association'", () => {
    const a = analyze("Lahore: The Ghana Football Association fined two clubs on Friday.");
    expect(actorNamed(a, "Ghana Football Association")?.kind).toBe("organization");
    expect(actorNamed(a, "Ghana")).toBeUndefined();
  });

  it("a place framed as one ('residents of …', 'the town of …', '… village') is no person", () => {
    for (const body of ["Residents of Datu Ali Sinsuat fled the floods.", "Floods hit the town of San Rafael Norte on Monday.", "Rains flooded Kamau Odin village."])
      expect(analyze(body).actors.filter((a) => a.kind === "person")).toEqual([]);
  });

  it("a person of a place is two names: 'Peter Wanjiru of Nairobi said'", () => {
    const a = analyze("Peter Wanjiru of Nairobi said the town was flooded. President Lena Ortiz of Chile met him.");
    expect(actorNamed(a, "Peter Wanjiru")?.kind).toBe("person");
    expect(actorNamed(a, "Lena Ortiz")?.kind).toBe("leader");
    expect(actorNamed(a, "Chile")?.kind).toBe("state");
    expect(actorNamed(analyze("The Bank of Ghana raised rates."), "Bank of Ghana")?.kind).toBe("organization");
  });
});
