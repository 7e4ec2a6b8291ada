import { actorNamed, analyze, spanText } from "./helpers";

/** Session 29: classes of missed actors on real reporting, each on an invented sentence. */
describe("findActors: short names the article gives a person", () => {
  it("'X Y, known as Z' makes Z the same person, and Z said again on its own a mention of them", () => {
    const a = analyze(
      "President Tamaro Velundi, known as Tamvel, opened the session on Monday. Tamvel told lawmakers the budget would pass.",
    );
    const p = actorNamed(a, "Tamaro Velundi")!;
    expect(p).toBeDefined();
    expect(p.mentions.map((m) => spanText(a, m))).toContain("Tamvel");
    expect(a.actors.filter((x) => x.name === "Tamvel")).toEqual([]);
  });

  it("'better known as' works the same way", () => {
    const a = analyze("The singer Orla Menditz, better known as Mendi, was arrested. Mendi denied the charges.");
    const p = actorNamed(a, "Orla Menditz")!;
    expect(p.mentions.map((m) => spanText(a, m))).toContain("Mendi");
    expect(a.actors.filter((x) => x.name === "Mendi")).toEqual([]);
  });
});
