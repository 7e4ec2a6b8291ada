import { analyzeStory, checkStoryIntegrity } from "@/lib/story";
import type { ArticleInput } from "@/lib/model";

const article = (id: string, published: string, source: string, body: string): ArticleInput => ({
  id,
  title: id,
  source,
  url: null,
  published,
  referenceDate: null,
  language: "en",
  body,
});

describe("analyzeStory(articles)", () => {
  const story = analyzeStory([
    article(
      "after",
      "2026-01-07",
      "Daily B",
      "European leaders met French President Emmanuel Macron at the Elysee on Tuesday. Tuesday's summit in Paris ended with a declaration, Macron said.",
    ),
    article(
      "before",
      "2026-01-02",
      "Agency A",
      "European leaders will hold a summit in Paris on January 6, the French president said.",
    ),
  ]);

  it("orders the articles by publication and is sound", () => {
    expect(story.articles.map((a) => a.id)).toEqual(["before", "after"]);
    expect(checkStoryIntegrity(story)).toEqual([]);
  });

  it("makes 'a summit in Paris on January 6' (2 January) and 'Tuesday's summit in Paris' (7 January) one event, scheduled then fact", () => {
    const summit = story.events.find((e) => e.articles.length === 2)!;
    expect(summit.kind).toBe("summit");
    expect(summit.dates).toEqual([
      { start: "2026-01-06", end: "2026-01-06", articles: ["before", "after"] },
    ]);
    expect(summit.history.map((h) => [h.article, h.certainty])).toEqual([
      ["before", "scheduled"],
      ["after", "fact"],
    ]);
    const tuesday = summit.reports.find((r) => r.article === "after" && r.time.text === "Tuesday")!;
    expect(tuesday.time.start).toBe("2026-01-06");
  });

  it("attributes each report to its own article's chain, the outlet last", () => {
    const summit = story.events.find((e) => e.articles.length === 2)!;
    for (const r of summit.reports)
      expect(r.sources.at(-1)).toBe(r.article === "before" ? "agency-a" : "daily-b");
  });
});
