import { event, on, oneSentenceArticle as article, reportGroups as groups, undated } from "./build";

// "A flag is raised, the signal that a new master has been elected": what a sign means is said of
// any time it is given, not reported of one election, and joins none. On made-up articles (a
// made-up guild electing its master), never on the fixtures' texts.

const elected = () =>
  article("a", "2026-06-05", "The weavers' guild elected a new master on Friday.", [
    event("e1", "Elected a new master", "election", "fact", on("2026-06-05")),
  ]);

describe("what a sign means", () => {
  it("is no report of the event it names ('the signal that a new master has been elected')", () => {
    const found = groups([
      elected(),
      article(
        "b",
        "2026-06-05",
        "A red flag is raised over the guildhall, the signal that a new master has been elected.",
        [event("e1", "A new master elected", "election", "fact", undated)],
      ),
    ]);
    expect(found).toHaveLength(2);
  });
  it("as with 'will signify that' and 'signals that'", () => {
    for (const text of [
      "The bells will signify that a new master has been elected.",
      "A white banner signals that a new master has been elected.",
    ])
      expect(
        groups([
          elected(),
          article("b", "2026-06-05", text, [
            event("e1", "A new master elected", "election", "probable", undated),
          ]),
        ]),
      ).toHaveLength(2);
  });
  it("while a report of one election, its subject definite, joins it ('signalling that the guild had elected')", () => {
    const found = groups([
      elected(),
      article(
        "b",
        "2026-06-05",
        "The flag went up on Friday, signalling that the guild had elected a new master.",
        [event("e1", "Guild elected a new master", "election", "fact", on("2026-06-05"))],
      ),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
  it("and so does a clause that gives evidence of one ('footage shows that a new master was elected')", () => {
    const found = groups([
      elected(),
      article("b", "2026-06-05", "Footage shows that a new master was elected on Friday.", [
        event("e1", "A new master elected", "election", "fact", undated),
      ]),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
  it("or one with no sign before it ('a new master was elected')", () => {
    const found = groups([
      elected(),
      article("b", "2026-06-05", "On Friday a new master was elected by the weavers.", [
        event("e1", "A new master elected", "election", "fact", undated),
      ]),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
});
