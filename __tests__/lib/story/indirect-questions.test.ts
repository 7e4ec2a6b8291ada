import { event, on, oneSentenceArticle as article, reportGroups as groups, undated } from "./build";

// "The prosecutor did not say how many men were arrested": an indirect question asks about an
// event and reports none; it joins no event. On made-up articles (a made-up port's arrests), never
// on the fixtures' texts.

const arrests = () =>
  article("a", "2026-08-02", "Dockworkers were arrested in Velmar on Saturday.", [
    event("e1", "Dockworkers arrested in Velmar", "legal", "fact", on("2026-08-01")),
  ]);

describe("an indirect question", () => {
  it("reports no event ('did not say how many dockworkers were arrested')", () => {
    for (const label of [
      "How many dockworkers arrested in Velmar",
      "Whether dockworkers arrested in Velmar",
    ])
      expect(
        groups([
          arrests(),
          article(
            "b",
            "2026-08-02",
            "The prosecutor did not say how many dockworkers were arrested in Velmar.",
            [event("e1", label, "legal", "fact", undated)],
          ),
        ]),
      ).toHaveLength(2);
  });
  it("while the same words as a report join it ('the dockworkers were arrested in Velmar')", () => {
    expect(
      groups([
        arrests(),
        article(
          "b",
          "2026-08-02",
          "The dockworkers were arrested in Velmar, the prosecutor said.",
          [event("e1", "Dockworkers arrested in Velmar", "legal", "fact", undated)],
        ),
      ]),
    ).toEqual([["a:e1", "b:e1"]]);
  });
});
