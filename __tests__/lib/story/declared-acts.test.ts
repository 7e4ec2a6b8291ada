import { event, on, oneSentenceArticle as article, reportGroups as groups, undated } from "./build";

// "Police have deemed the bombing a terrorist attack": the sentence reports a declaration about an
// act, not the act. The pipeline may draft it from the object and its complement ("Bombing a
// terrorist attack"), of the kind the complement names; the merge takes it for the declaration.
// On made-up articles (a market in a made-up town), never on the fixtures' texts.

const blast = () =>
  article("a", "2026-03-06", "A bomb exploded at the Kelvar market on Friday, killing four.", [
    event("e1", "Bomb exploded at the Kelvar market", "attack", "fact", on("2026-03-06")),
  ]);

describe("an act declared to be something", () => {
  it("is the declaration, not the act it judges ('deemed the bombing a terrorist attack')", () => {
    const analyses = [
      blast(),
      article("b", "2026-03-06", "Police in Kelvar have deemed the bombing a terrorist attack.", [
        event("e1", "Bombing a terrorist attack", "attack", "fact", undated),
      ]),
    ];
    // the same report without its verb of declaring is the act
    const told = article("b", "2026-03-06", "The bombing a terrorist attack shook Kelvar.", [
      event("e1", "Bombing a terrorist attack", "attack", "fact", undated),
    ]);
    expect(groups([blast(), told])).toEqual([["a:e1", "b:e1"]]);
    expect(groups(analyses)).toHaveLength(2);
  });
  it("as with 'declared the blast an act of terror' and 'labelled the attack an atrocity'", () => {
    const cases: [string, string][] = [
      ["The minister declared the blast an act of terror.", "Blast an act of terror"],
      ["Officials labelled the bombing an atrocity against civilians.", "Bombing an atrocity"],
    ];
    for (const [text, label] of cases)
      expect(
        groups([
          blast(),
          article("b", "2026-03-06", text, [event("e1", label, "attack", "fact", undated)]),
        ]),
      ).toHaveLength(2);
  });
  it("while an act with a place after a preposition stays the act ('opened fire at a market')", () => {
    expect(
      groups([
        blast(),
        article("b", "2026-03-06", "A bomb went off at a market in Kelvar on Friday.", [
          event("e1", "Bomb at a market in Kelvar", "attack", "fact", on("2026-03-06")),
        ]),
      ]),
    ).toEqual([["a:e1", "b:e1"]]);
  });
  it("and an act with no verb of declaring before it stays the act ('saw the bombing a day ago')", () => {
    expect(
      groups([
        blast(),
        article("b", "2026-03-07", "Witnesses who saw the bombing a day ago spoke to reporters.", [
          event("e1", "Bombing a day ago", "attack", "fact", on("2026-03-06")),
        ]),
      ]),
    ).toEqual([["a:e1", "b:e1"]]);
  });
});
