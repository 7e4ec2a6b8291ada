import { familyAffinity, nounFamily } from "@/lib/story/noun-kinds";
import { event, on, oneSentenceArticle as article, reportGroups as groups, undated } from "./build";

// What the catch-all kind's nouns say: a vigil, a protest, a storm. On made-up articles (a storm
// on a made-up coast, a vigil in a made-up harbour town), never on the fixtures' texts.

describe("nounFamily(label)", () => {
  it("names the family of the noun heading a label", () => {
    expect(nounFamily("Protest march in Dellport")).toBe("protest");
    expect(nounFamily("Rally")).toBe("protest");
    expect(nounFamily("Hurricane")).toBe("storm");
    expect(nounFamily("Storm")).toBe("storm");
    expect(nounFamily("Vigils across the country")).toBe("vigils");
    expect(nounFamily("Collapsed buildings")).toBeNull();
  });
  it("gives one family 1, two families null, and no family no say", () => {
    expect(familyAffinity("storm", "storm")).toBe(1);
    expect(familyAffinity("vigil", "protest")).toBeNull();
    expect(familyAffinity("vigil", null)).toBeUndefined();
  });
});

describe("catch-all reports headed by event nouns", () => {
  it("are one when their nouns are of one family ('The hurricane', 'Storm on the Calder coast')", () => {
    const found = groups([
      article("a", "2026-08-30", "The hurricane flattened homes on the Calder coast.", [
        event("e1", "Hurricane", "other", "fact", undated),
      ]),
      article("b", "2026-08-31", "The storm left 40,000 homes without power.", [
        event("e1", "Storm", "other", "fact", undated),
      ]),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
  it("stay apart when of two families, on one day ('Vigil in Dellport', 'Protest in Dellport')", () => {
    const found = groups([
      article("a", "2026-05-03", "Hundreds held a vigil in Dellport on Sunday.", [
        event("e1", "Vigil in Dellport", "other", "fact", on("2026-05-03")),
      ]),
      article("b", "2026-05-04", "A protest in Dellport on Sunday drew hundreds.", [
        event("e1", "Protest in Dellport", "other", "fact", on("2026-05-03")),
      ]),
    ]);
    expect(found).toHaveLength(2);
  });
  it("keep vigils held across a country apart from the vigil of one town", () => {
    const found = groups([
      article("a", "2026-05-03", "Mourners attended the vigil at the harbour.", [
        event("e1", "Vigil at the harbour", "other", "fact", on("2026-05-03")),
      ]),
      article("b", "2026-05-04", "Vigils were held across the country on Sunday.", [
        event("e1", "Vigils", "other", "fact", on("2026-05-03")),
      ]),
    ]);
    expect(found).toHaveLength(2);
  });
  it("keep no word of taking part ('Attended the vigil', 'Joined the vigil')", () => {
    const found = groups([
      article("a", "2026-05-04", "The mayor attended the vigil, laying flowers.", [
        event("e1", "Attended the vigil", "other", "fact", undated),
      ]),
      article("b", "2026-05-04", "The bishop joined the vigil late in the evening.", [
        event("e1", "Joined the vigil", "other", "fact", undated),
      ]),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
});
