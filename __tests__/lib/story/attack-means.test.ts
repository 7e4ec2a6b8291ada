import { namesPersonShot } from "@/lib/story/acts";
import { event, on, oneSentenceArticle as article, reportGroups as groups, undated } from "./build";

// One means of attack named in two reports ("the shooting", "opened fire") says more of which
// incident they are than the circumstance a long label adds; a named person shot is another
// shooting. Made-up articles only.

describe("namesPersonShot(label)", () => {
  it("is a named person shot, not a named person shooting", () => {
    expect(namesPersonShot("Tomas Hale shot dead")).toBe(true);
    expect(namesPersonShot("Tomas Hale was shot")).toBe(true);
    expect(namesPersonShot("Greta remains shot")).toBe(true);
    expect(namesPersonShot("Tomas Hale shot three people")).toBe(false);
    expect(namesPersonShot("Shooting at the pier")).toBe(false);
  });
});

describe("two reports naming one means of attack", () => {
  const day = (text: string, label: string) =>
    article("a", "2026-08-02", text, [event("e1", label, "attack", "fact", on("2026-08-01"))]);
  it("join although one label adds a long circumstance", () => {
    const found = groups([
      day("A gunman opened fire at the Larkspur pier on Saturday.", "Fire at the Larkspur pier"),
      article("b", "2026-08-03", "The shooting drew a large police response.", [
        event("e1", "Shooting", "attack", "fact", undated),
      ]),
      article("c", "2026-08-03", "Witnesses said the shooting on a windy morning lasted minutes.", [
        event("e1", "Shooting on a windy morning", "attack", "fact", undated),
      ]),
    ]);
    expect(found).toEqual([["a:e1", "b:e1", "c:e1"]]);
  });
  it("but a named person shot dead stays apart from the shooting", () => {
    const found = groups([
      day("A gunman opened fire at the Larkspur pier on Saturday.", "Fire at the Larkspur pier"),
      article(
        "b",
        "2026-08-03",
        "Officers said Tomas Hale was shot dead by police at a roadblock.",
        [event("e1", "Tomas Hale shot dead", "attack", "fact", undated)],
      ),
    ]);
    expect(found).toHaveLength(2);
  });
});
