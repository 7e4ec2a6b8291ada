import { event, oneSentenceArticle as article, reportGroups as groups, undated } from "./build";

// A place of a report's sentence is a word of its event ("the vigil in Tavora"); the last word of a
// longer name is not a place of its own ("the prime minister of Papua New Guinea" names no Guinea,
// "the governor of New South Wales" no Wales), and would set two reports of one vigil apart. On
// made-up articles, never on the fixtures' texts.

describe("the tail of a longer capitalised name", () => {
  it("is no place of the sentence ('of Papua New Guinea joined the vigil' and 'attended the candlelit vigil')", () => {
    const found = groups([
      article(
        "a",
        "2026-05-11",
        "Thousands attended the candlelit vigil for the drowned fishermen.",
        [event("e1", "Attended the candlelit vigil", "other", "fact", undated)],
      ),
      article("b", "2026-05-11", "The prime minister of Papua New Guinea joined the vigil.", [
        event("e1", "Joined the vigil", "other", "fact", undated),
      ]),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
  it("while a place named on its own still tells two vigils apart ('in Guinea', 'in Jersey')", () => {
    const found = groups([
      article(
        "a",
        "2026-05-11",
        "Thousands joined the vigil in Guinea for the drowned fishermen.",
        [event("e1", "Joined the vigil", "other", "fact", undated)],
      ),
      article("b", "2026-05-11", "Hundreds joined the vigil in Jersey for the lost crew.", [
        event("e1", "Joined the vigil", "other", "fact", undated),
      ]),
    ]);
    expect(found).toHaveLength(2);
  });
});
