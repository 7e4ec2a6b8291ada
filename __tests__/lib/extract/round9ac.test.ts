import { actorNamed, analyze, speakersOf } from "./helpers";

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

describe("actors: names around titles (rounds 9a and 9c)", () => {
  it("a portfolio of land, water or forestry goes on the title: 'Minister of Water and Forestry X'", () => {
    const a = analyze("Valdoria's Minister of Water and Forestry Celso Tembe said the dams were full.");
    expect(actorNamed(a, "Celso Tembe")?.kind).toBe("official");
    expect(speakersOf(a, "dams were full")).toEqual(["Celso Tembe"]);
  });
});
