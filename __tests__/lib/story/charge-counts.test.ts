import { event, oneSentenceArticle as article, reportGroups as groups, undated } from "./build";

// "Faces 12 counts of fraud", "in addition to the fraud counts": in a sentence on charges, a count
// is an offence charged (legal), not the counting of votes its noun names elsewhere (election).
// On made-up articles (a made-up treasurer of a made-up port), never on the fixtures' texts.

const charged = () =>
  article(
    "a",
    "2026-02-10",
    "The former treasurer is expected to face charges, prosecutors said.",
    [event("e1", "Face charges", "legal", "probable", undated, ["treasurer"])],
  );

describe("a count in a sentence on charges", () => {
  it("is the charges ('in addition to the fraud counts, he was charged with …')", () => {
    const found = groups([
      charged(),
      article(
        "b",
        "2026-02-12",
        "In addition to the fraud counts, the former treasurer was charged with bribery.",
        [event("e1", "Counts", "election", "fact", undated, ["treasurer"])],
      ),
    ]);
    expect(found).toEqual([["a:e1", "b:e1"]]);
  });
  it("while a vote count stays a count of votes, whatever the sentence says of charges", () => {
    const found = groups([
      charged(),
      article(
        "b",
        "2026-02-12",
        "The treasurer was accused of delaying the vote count in the port's election.",
        [event("e1", "Vote count", "election", "fact", undated, ["treasurer"])],
      ),
    ]);
    expect(found).toHaveLength(2);
  });
});
