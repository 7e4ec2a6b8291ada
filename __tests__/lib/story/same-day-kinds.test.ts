import { event, on, oneSentenceArticle as article, reportGroups as groups } from "./build";

// A story holds many visits, statements and deliveries of aid on one day; a shared day alone does
// not make two of them one. On made-up articles (a flood in a made-up valley), never on the
// fixtures' texts.

describe("two reports of a kind a day holds many of", () => {
  it("stay apart when they share only their day ('Toured the flooded district', 'Visited a shelter')", () => {
    const found = groups([
      article("a", "2026-07-06", "The minister toured the flooded district of Orrin on Monday.", [
        event("e1", "Toured the flooded district", "visit", "fact", on("2026-07-06")),
      ]),
      article("b", "2026-07-06", "A bishop visited a shelter for evacuees on Monday.", [
        event("e1", "Visited a shelter for evacuees", "visit", "fact", on("2026-07-06")),
      ]),
    ]);
    expect(found).toHaveLength(2);
  });
  it("are one when they share a word too ('Visit to the shelter', 'Visited a shelter')", () => {
    const found = groups([
      article("a", "2026-07-06", "A bishop's visit to the shelter lifted spirits on Monday.", [
        event("e1", "Visit to the shelter", "visit", "fact", on("2026-07-06")),
      ]),
      article("b", "2026-07-06", "A bishop visited a shelter for evacuees on Monday.", [
        event("e1", "Visited a shelter for evacuees", "visit", "fact", on("2026-07-06")),
      ]),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
  it("while an election needs no more than its day ('Presidential election', 'Polls')", () => {
    const found = groups([
      article("a", "2026-09-20", "Norvalia holds a presidential election on Sunday.", [
        event("e1", "Presidential election", "election", "scheduled", on("2026-09-20")),
      ]),
      article("b", "2026-09-21", "Turnout was high at Sunday's polls.", [
        event("e1", "Polls", "election", "fact", on("2026-09-20")),
      ]),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
});
