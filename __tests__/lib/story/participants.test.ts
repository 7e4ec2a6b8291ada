import { event, on, oneSentenceArticle as article, reportGroups as groups } from "./build";

// "The voting residents queued", "striking dockworkers": an -ing word before a plural noun that
// names no event is a participle; the phrase names people, not an event, and joins none. On
// made-up articles (a made-up town's election), never on the fixtures' texts.

const election = () =>
  article("a", "2026-09-13", "Marenvale held its mayoral election on Sunday.", [
    event("e1", "Mayoral election", "election", "fact", on("2026-09-13")),
  ]);

describe("a participle before the people it describes", () => {
  it("names no event ('the voting residents queued', 'the voting delegates')", () => {
    for (const label of ["Voting residents", "Voting delegates"])
      expect(
        groups([
          election(),
          article(
            "b",
            "2026-09-14",
            "On Sunday the voting residents queued for hours in Marenvale.",
            [event("e1", label, "election", "fact", on("2026-09-13"))],
          ),
        ]),
      ).toHaveLength(2);
  });
  it("while the -ing noun alone, or before an event noun, names the event ('Voting', 'Voting rounds')", () => {
    for (const label of ["Voting", "Voting rounds"])
      expect(
        groups([
          election(),
          article("b", "2026-09-14", "Voting in Marenvale went on all Sunday.", [
            event("e1", label, "election", "fact", on("2026-09-13")),
          ]),
        ]),
      ).toEqual([["a:e1", "b:e1"]]);
  });
});
