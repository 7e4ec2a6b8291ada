import { actorNamed, analyze, relationsOf, speakersOf } from "./helpers";

/**
 * General rules for the misses of rounds 9a and 9c of real news (session 30e), each on invented
 * sentences: who is named, who speaks.
 */

describe("attribution: who speaks (rounds 9a and 9c)", () => {
  it("a title capitalised standing for its holder ('the Prime Minister said') is a role", () => {
    const a = analyze(
      "Valdoria Prime Minister Ana Maria Kolar opened the port on Monday.\n\n" +
        "However, the Prime Minister said: “We are working on the ferries every day.”",
    );
    expect(speakersOf(a, "working on the ferries")).toEqual(["Ana Maria Kolar"]);
  });

  it("'X is of the opinion that …', 'X was of the view that …' report X's view", () => {
    const a = analyze(
      "Governor Rui Tavares Sousa is of the opinion that the port must stay open. " +
        "Mayor Lena Brandt was of the view that the bridge should close.",
    );
    expect(speakersOf(a, "port must stay open")).toEqual(["Rui Tavares Sousa"]);
    expect(speakersOf(a, "bridge should close")).toEqual(["Lena Brandt"]);
  });

  it("'Earlier on Thursday X had said': a day opening the sentence stands before its subject", () => {
    const a = analyze(
      "Interior Minister Ana Tembe said on Thursday the toll had risen to 90.\n\n" +
        "Earlier on Thursday Tembe had said the number of dead had risen to 70.",
    );
    expect(speakersOf(a, "number of dead had risen")).toEqual(["Ana Tembe"]);
  });

  it("an acronym before any verb of saying ('ZENTRA affirms that') is a body that speaks", () => {
    const a = analyze("The stoppage hit the plant. ZENTRA affirms that it has enough stock for the winter.");
    expect(actorNamed(a, "ZENTRA")?.kind).toBe("organization");
    expect(speakersOf(a, "enough stock")).toEqual(["ZENTRA"]);
  });
});

describe("attribution: roles in the plural, and chiefs (rounds 9a and 9c)", () => {
  it("'…,\" lawyers X and Y said': a role in the plural before the names opens the subject", () => {
    const a = analyze('"The ruling leaves her free to stand," lawyers Bamba Toure and Cheikh Diallo Ndiaye said.');
    expect(speakersOf(a, "leaves her free")).toContain("Bamba Toure");
  });

  it("'…, the health chief said' is the chief who spoke before", () => {
    const a = analyze(
      "Health Secretary Ana Lopes Duarte said the alert was needed. " +
        "The figure is 85 percent higher than last year, the health chief said.",
    );
    expect(speakersOf(a, "85 percent higher")).toEqual(["Ana Lopes Duarte"]);
  });
});

describe("attribution: quotations over several sentences (rounds 9a and 9c)", () => {
  it("the speaker named after a quotation closes speaks it from the sentence it opens with", () => {
    const a = analyze(
      "The Health Agency on Monday declared a national alert over measles.\n\n" +
        "“This is the first alert we have declared. The aim is clear. So this is an important step,” " +
        "said Health Secretary Ana Lopes Duarte at a press conference.",
    );
    expect(speakersOf(a, "first alert we have declared")).toEqual(["Ana Lopes Duarte"]);
    expect(speakersOf(a, "The aim is clear")).toEqual(["Ana Lopes Duarte"]);
    // A quotation closed before the sentence that names its speaker is not reached back to.
    const b = analyze("“The aim is clear.” The agency closed. “We are ready,” said Ana Lopes Duarte.");
    expect(speakersOf(b, "The agency closed")).toEqual([]);
    // '…," he said' after a quotation of several sentences: the pronoun's speaker says all of it.
    const c = analyze(
      "Coach Rui Sousa spoke after the game.\n\n“The bridge is old. It is not safe,” he said.",
    );
    expect(speakersOf(c, "The bridge is old")).toEqual(speakersOf(c, "It is not safe"));
  });
});

describe("actors: bodies named after others (rounds 9a and 9c)", () => {
  it("a federation or workers' union named after a company is not the company", () => {
    const a = analyze(
      "Halvor Oil said output fell on Monday. The Halvor Oil Workers Union said pay must rise. " +
        "The ZENTRA Federation said the strike would go on.",
    );
    expect(actorNamed(a, "Halvor Oil Workers Union")?.aliases).not.toContain("Halvor Oil");
    expect(speakersOf(a, "output fell")).toEqual(["Halvor Oil"]);
    expect(speakersOf(a, "pay must rise")).toEqual(["Halvor Oil Workers Union"]);
  });

  it("an acronym kept in another word order ('the ZENTRA Federation (FZENTRA)') names the body it follows", () => {
    const a = analyze(
      "The stoppage of FZENTRA hit the plant. Later the ZENTRA Federation (FZENTRA) said it regretted the fault.",
    );
    expect(a.actors.filter((x) => x.name === "FZENTRA" || x.aliases.includes("FZENTRA"))).toHaveLength(1);
    expect(actorNamed(a, "FZENTRA")?.name).toBe("ZENTRA Federation");
  });
});

describe("actors: names with a plural's apostrophe, and meetings (rounds 9a and 9c)", () => {
  it("'Employers’ Confederation', 'Farmers' Union': a plural's apostrophe goes on inside a name", () => {
    const a = analyze("She spoke to the Valdoria Employers’ Confederation on Monday. The Farmers' Union said prices fell.");
    expect(actorNamed(a, "Valdoria Employers’ Confederation")?.kind).toBe("organization");
    expect(speakersOf(a, "prices fell")).toEqual(["Farmers' Union"]);
  });

  it("'the 59th Annual General Meeting': 'General' before a meeting is no officer's title", () => {
    const a = analyze("She spoke at the 59th Annual General Meeting of the group. The 3rd General Meeting ended.");
    expect(a.actors.filter((x) => x.kind === "official")).toEqual([]);
  });
});

describe("actors: the police with no article (rounds 9a and 9c)", () => {
  it("'… when police fired', 'Police this month said': the bare police as a clause's subject", () => {
    const a = analyze(
      "The march followed a protest on Friday when police fired tear gas at the crowd.\n\n" +
        "Police this month said their internal department was investigating the claims.",
    );
    expect(actorNamed(a, "police")?.kind).toBe("organization");
    expect(speakersOf(a, "internal department")).toEqual(["police"]);
  });
});

describe("actors: officials by their nationality (rounds 9a and 9c)", () => {
  it("'Zimbabwean officials have said' is the officials' word, not Zimbabwe's", () => {
    const a = analyze(
      "The river burst its banks on Monday. Zimbabwean officials have said at least 40 people may have died. " +
        "The camp was hit, Israeli and Palestinian officials said.",
    );
    expect(speakersOf(a, "at least 40 people")).toEqual(["Zimbabwean officials"]);
    expect(speakersOf(a, "The camp was hit")).toEqual(["Israeli and Palestinian officials"]);
    // Officials not speaking are their state's, as before.
    const b = analyze("Zimbabwean officials visited the camp on Monday.");
    expect(actorNamed(b, "Zimbabwean officials")).toBeUndefined();
    expect(actorNamed(b, "Zimbabwe")?.kind).toBe("state");
  });
});

describe("actors: names around titles (rounds 9a and 9c)", () => {
  it("a portfolio of land, water or forestry goes on the title: 'Minister of Water and Forestry X'", () => {
    const a = analyze("Valdoria's Minister of Water and Forestry Celso Tembe said the dams were full.");
    expect(actorNamed(a, "Celso Tembe")?.kind).toBe("official");
    expect(speakersOf(a, "dams were full")).toEqual(["Celso Tembe"]);
  });
});

describe("relations: courts by their state, sentences handed, offers made (rounds 9a and 9c)", () => {
  it("'A Kenya court handed a suspended sentence to X': the court, named by its state, sanctions X", () => {
    const a = analyze("A Kenya court on Thursday handed a two-month suspended sentence to opposition leader Ana Ruiz Soto.");
    expect(actorNamed(a, "Kenya court")?.kind).toBe("organization");
    expect(relationsOf(a)).toContain("Kenya court sanctions Ana Ruiz Soto");
    expect(relationsOf(a)).not.toContain("Kenya sanctions Ana Ruiz Soto");
  });

  it("'X gave a two-year jail term to Y' is a sanction, not a gift", () => {
    const a = analyze("The Valdoria High Court gave a two-year jail term to Rui Sousa on Monday.");
    expect(relationsOf(a)).toEqual(["Valdoria High Court sanctions Rui Sousa"]);
  });

  it("'X had made a formal offer to Y to buy its shares': X and Y negotiate", () => {
    const a = analyze("It was reported that the Antigua and Barbuda Government had made a formal offer to Barbados to acquire its shares.");
    expect(relationsOf(a).filter((r) => r.includes("negotiates"))).toHaveLength(1);
    expect(relationsOf(a)[0]).toMatch(/Antigua and Barbuda|Barbados/);
    // An offer to do something is made to no one.
    const b = analyze("Zentra Oil made a bid to expand in Portugal.");
    expect(relationsOf(b)).toEqual([]);
  });
});
