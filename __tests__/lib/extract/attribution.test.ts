import { actorNamed, analyze } from "./helpers";

const chainOf = (body: string, sentence = 0) => {
  const a = analyze(body);
  return a.claims[sentence]!.sources.map((id) => a.actors.find((x) => x.id === id)!.name);
};

describe("findAttribution(doc)", () => {
  it("'According to X' attributes to X, then the outlet", () => {
    expect(chainOf("According to Reuters, the talks collapsed.")).toEqual(["Reuters", "The Test Outlet"]);
  });
  it("'X told Y' chains the speaker, the medium and the outlet", () => {
    expect(chainOf("A senior official told the BBC that sanctions would follow.")).toEqual(["Senior official", "BBC", "The Test Outlet"]);
  });
  it("'sources cited by X' chains the sources and X", () => {
    expect(chainOf("Sources cited by Bloomberg said the deal was close.")).toEqual(["Sources cited by Bloomberg", "Bloomberg", "The Test Outlet"]);
  });
  it("a trailing ', X said' attributes the sentence", () => {
    expect(chainOf("The border will reopen next week, Turkey said.")).toEqual(["Türkiye", "The Test Outlet"]);
  });
  it("an unattributed sentence belongs to the outlet alone", () => {
    expect(chainOf("The plan is a dangerous gamble.")).toEqual(["The Test Outlet"]);
  });
  it("a sentence inherits the attribution of its paragraph, not of the previous paragraph", () => {
    const body = "Reuters reported that talks stalled. Delegates left early.\n\nPrices rose.";
    expect(chainOf(body, 1)).toEqual(["Reuters", "The Test Outlet"]);
    expect(chainOf(body, 2)).toEqual(["The Test Outlet"]);
  });
  it("the outlet is an actor of kind media", () => {
    expect(actorNamed(analyze("Nothing happened."), "The Test Outlet")?.kind).toBe("media");
  });
});
