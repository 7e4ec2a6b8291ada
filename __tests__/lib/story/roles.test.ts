import { analyzeStory } from "@/lib/story";
import type { ArticleInput } from "@/lib/model";

const article = (id: string, published: string, body: string): ArticleInput => ({
  id,
  title: id,
  source: `Outlet ${id}`,
  url: null,
  published,
  referenceDate: null,
  language: "en",
  body,
});

describe("resolveRoles(analyses, merged)", () => {
  it("resolves 'the French president' to the person another article calls 'French President Emmanuel Macron'", () => {
    const story = analyzeStory([
      article("a", "2026-01-02", "French President Emmanuel Macron will host the summit in Paris."),
      article("b", "2026-01-07", "The summit ended, the French president said."),
    ]);
    const macron = story.actors.find((a) => a.name === "Emmanuel Macron")!;
    expect(macron.roles).toEqual(["French President"]);
    const role = macron.mentions.find((m) => m.via === "role")!;
    expect(role).toMatchObject({ article: "b", actor: null, name: "the French president" });
    const text = story.analyses.find((a) => a.article.id === "b")!.article.text;
    expect(text.slice(role.spans[0]!.start, role.spans[0]!.end)).toBe("the French president");
  });

  it("leaves 'the French president' unresolved when the story gives no one that title", () => {
    const story = analyzeStory([
      article("a", "2026-01-02", "Emmanuel Macron will host the summit in Paris."),
      article("b", "2026-01-07", "The summit ended, the French president said."),
    ]);
    expect(story.actors.flatMap((a) => a.mentions).filter((m) => m.via === "role")).toEqual([]);
  });
});
