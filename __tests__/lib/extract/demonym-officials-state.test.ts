import { actorNamed, analyze, speakersOf } from "./helpers";

/** Session 30i: "Peruvian officials said": the officials speak, and their state is an actor of the article. */
describe("demonym officials: the officials' state is an actor, not the speaker", () => {
  it("the state of officials described by their nationality is an actor the text names nowhere else", () => {
    const a = analyze("Peruvian officials said on Tuesday that the bridge had collapsed after heavy rain.");
    expect(actorNamed(a, "Peru")?.kind).toBe("state");
    expect(speakersOf(a, "the bridge had collapsed")).toEqual(["Peruvian officials"]);
  });

  it("two nationalities joined give two states, and neither state is the speaker", () => {
    const a = analyze("A dam burst near the border on Monday, killing four people, Peruvian and Chilean officials said.");
    expect(actorNamed(a, "Peru")).toBeDefined();
    expect(actorNamed(a, "Chile")).toBeDefined();
    expect(speakersOf(a, "killing four people")).toEqual(["Peruvian and Chilean officials"]);
  });

  it("a nationality's adjective before people who are not officials names no state", () => {
    const a = analyze("Peruvian tourists said the museum had been closed for a week.");
    expect(actorNamed(a, "Peru")).toBeUndefined();
  });
});
