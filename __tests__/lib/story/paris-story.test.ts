import { analyzeStory, type StoryAnalysis } from "@/lib/story";
import { loadStoryFixtures } from "@/tools/stories";

// Issue 16's first "Done when" point on the fixtures, without a browser (the browser test,
// __tests__/browser/stories.test.ts, asserts the same on the page): the seed and the real Paris
// coverage as one story.
const SEED = "us-europe-ukraine-security-guarantees";
const SUMMIT_DAY = "2026-01-06";

let story: StoryAnalysis;
beforeAll(async () => {
  const paris = (await loadStoryFixtures()).find((f) => f.name === "paris-summit")!;
  story = analyzeStory(paris.articles);
});
const publishedOf = (article: string) =>
  story.articles.find((a) => a.id === article)!.referenceDate;

describe("the seed and the Paris coverage as one story", () => {
  it("(a) the summit is one event, reported by every article", () => {
    const summits = story.events.filter((e) =>
      e.reports.some((r) => r.kind === "summit" && !/several/i.test(r.label)),
    );
    expect(summits).toHaveLength(1);
    expect(summits[0]!.articles).toHaveLength(story.articles.length);
  });

  it("(b) scheduled in the articles before the summit day, a fact in those after", () => {
    const summit = story.events.find((e) => e.articles.length === story.articles.length)!;
    const before = summit.history.filter((h) => h.date < SUMMIT_DAY);
    const after = summit.history.filter((h) => h.date > SUMMIT_DAY);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.map((h) => h.certainty)).toEqual(before.map(() => "scheduled"));
    expect(after.length).toBeGreaterThanOrEqual(2);
    expect(after.map((h) => h.certainty)).toEqual(after.map(() => "fact"));
  });

  it("(c) the declaration the seed only anticipated is one event with the later articles' reports of it signed", () => {
    // the seed's statement (its sentence also holds a press conference and an agreement, other events)
    const declaration = story.events.find((e) =>
      e.reports.some(
        (r) =>
          r.article === SEED &&
          r.kind === "statement" &&
          /statement/i.test(r.label) &&
          /could release a formal statement/.test(r.sentence),
      ),
    )!;
    expect(
      declaration.reports.filter((r) => r.article === SEED).map((r) => r.certainty),
    ).not.toContain("fact");
    const signed = declaration.reports.filter(
      (r) =>
        r.article !== SEED &&
        r.certainty === "fact" &&
        /declaration/i.test(`${r.label} ${r.sentence}`),
    );
    expect(new Set(signed.map((r) => r.article)).size).toBeGreaterThanOrEqual(2);
    for (const r of signed) expect(publishedOf(r.article) >= SUMMIT_DAY).toBe(true);
    expect(signed.some((r) => /signed a declaration/.test(r.sentence))).toBe(true);
    expect(declaration.history.map((h) => h.certainty).at(-1)).toBe("fact");
  });

  it("(d) Macron, Starmer, Zelensky, Witkoff and Kushner are one actor each", () => {
    for (const name of [/Macron/, /Starmer/, /Zelensk/, /Witkoff/, /Kushner/]) {
      const holding = story.actors.filter(
        (a) =>
          a.kind !== "media" && (name.test(a.name) || a.mentions.some((m) => name.test(m.name))),
      );
      expect([String(name), holding.length]).toEqual([String(name), 1]);
      expect(new Set(holding[0]!.mentions.map((m) => m.article)).size).toBeGreaterThanOrEqual(3);
    }
  });

  it("(e) the seed outlet's own evaluative framing is there to compare, with more loaded words than any other outlet's", () => {
    const seed = story.outlets.find((o) => o.article === SEED)!;
    const text = story.analyses.find((a) => a.article.id === SEED)!.article.text;
    expect(seed.framing.map((f) => text.slice(f.evidence.start, f.evidence.end)).join(" ")).toMatch(
      /portrayed not as a pathway to lasting peace/,
    );
    const loaded = (o: (typeof story.outlets)[number]) =>
      o.framing.reduce((n, f) => n + f.words.length, 0);
    for (const o of story.outlets.filter((x) => x.article !== SEED))
      expect([o.outlet, loaded(o) < loaded(seed)]).toEqual([o.outlet, true]);
    expect(story.outlets).toHaveLength(story.articles.length);
  });
});
