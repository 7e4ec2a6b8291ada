import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeStory, checkStoryIntegrity, storyJsonSchema } from "@/lib/story";
import { evaluateStory, loadStoryFixtures, type StoryFixture } from "@/tools/stories";

// Measured by `npm run eval:stories` (docs/stories.md), minus a margin of about 0.03. The issue's
// targets are precision ≥ 0.9 and recall ≥ 0.8: on the two dev stories (read while the rules were
// written) actors and events meet both, each story and pooled. The held-out story (its gold
// committed before the merger first ran on it, no rule tuned on it) misses both for events; its
// floor is what it measured, so a change that makes it worse fails, and one that helps is seen.
const FLOOR = {
  "paris-summit": {
    actors: { precision: 0.95, recall: 0.95 },
    events: { precision: 0.9, recall: 0.91 },
  },
  "maduro-arraignment": {
    actors: { precision: 0.95, recall: 0.9 },
    events: { precision: 0.95, recall: 0.95 },
  },
  // The third dev story, added after the rules above were written (its first figures: actors
  // 1.000 / 0.773, events 0.764 / 0.583; after the offence, time and house-name rules 1.000 /
  // 1.000 and 0.757 / 0.966): crime reporting, which the per-article pipeline finds less of. Its
  // event precision is held down by pairs the gold's quotes leave unnamed (docs/stories.md).
  "louvre-heist": {
    actors: { precision: 0.95, recall: 0.95 },
    events: { precision: 0.84, recall: 0.93 }, // 0.865/0.970 after the second gold completion (README)
  },
  // The fourth dev story (issue 16, session 27): a natural disaster, its gold committed before
  // the merger first ran on it (first figures: actors 0.769 / 0.909, events 0.233 / 0.362; on the
  // completed gold, README, events 0.397 / 0.382; after session 27's rules 0.902 / 0.605). Its
  // event recall is held down by the quake, which every article names in many sentences, still
  // split over several story events; its actor precision by two extraction slips ("United States"
  // out of "United States Geological Survey", "Aung Hlaing" beside "Min Aung Hlaing").
  "myanmar-earthquake": {
    actors: { precision: 0.98, recall: 0.9 },
    events: { precision: 0.93, recall: 0.95 },
  },
  // The fifth dev story (issue 16, session 28): a breaking-news violent incident, the Bondi Beach
  // shooting of 14 December 2025, its gold committed before the merger first ran on it (first
  // figures: actors 0.667 / 0.960, events 0.765 / 0.290; on the completed gold, README, events
  // 0.852 / 0.299; after session 28's rules actors 0.828 / 0.960, events 0.903 / 0.783). Actor
  // precision is held down by "Australia" out of "ABC Australia". Session 29's shared means of
  // attack (acts.ts) joined the two attack reports left apart: events 0.918 / 0.948.
  "bondi-beach-shooting": {
    actors: { precision: 0.8, recall: 0.93 },
    events: { precision: 0.89, recall: 0.92 },
  },
  // Held out; 0.591 / 0.202 for events until session 28, whose dev shooting story (Bondi) brought
  // the words of a violent act into the merge: 0.633 / 0.320.
  "minneapolis-ice-shooting": {
    actors: { precision: 0.7, recall: 0.95 },
    events: { precision: 0.61, recall: 0.3 },
  },
  // The second held-out story (session 28): gold committed before the merger first ran on it, after
  // every branch of the session was merged; that one run measured actors 1.000 / 0.804, events
  // 0.805 / 0.688, and these floors sit just under it.
  "crans-montana-fire": {
    actors: { precision: 0.97, recall: 0.78 },
    events: { precision: 0.78, recall: 0.66 },
  },
  // The sixth dev story (session 30, issue 16): an institutional event, the papal conclave of 7–8
  // May 2025, from the eve to the inauguration Mass ten days later; its gold committed before the
  // merger first ran on it (fresh measure: actors 0.852 / 0.852, events 0.120 / 0.214).
  "papal-conclave": {
    actors: { precision: 0.82, recall: 0.82 },
    events: { precision: 0.1, recall: 0.18 },
  },
} as const;
/** Below this many merged (or gold) pairs, a story's own precision (or recall) is noise: it counts in the pooled floor only. */
const MIN_PAIRS = 10;
/**
 * Over the dev stories: events merged 207 of 227 pairs right and found 207 of 214 gold pairs
 * (before the offence rules, with the Louvre story in, 212/235 and 212/251; over the first two
 * alone it was 170/180 and 170/179).
 */
const POOLED_EVENTS = { precision: 0.88, recall: 0.93 };

let fixtures: StoryFixture[];
beforeAll(async () => {
  fixtures = await loadStoryFixtures();
});

describe("the story fixtures (__tests__/fixtures/stories)", () => {
  it("hold at least 6 articles on the Paris summit and 3 on another story, each with a URL and a date", () => {
    const paris = fixtures.find((f) => f.name === "paris-summit")!;
    expect(paris.articles.length).toBeGreaterThanOrEqual(6);
    expect(
      fixtures.filter((f) => f.name !== "paris-summit").some((f) => f.articles.length >= 3),
    ).toBe(true);
    for (const f of fixtures) {
      expect(new Set(f.articles.map((a) => a.source)).size).toBe(f.articles.length);
      for (const a of f.articles) {
        expect(a.url).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+\//);
        expect(a.published ?? a.referenceDate).toMatch(/^\d{4}-\d\d-\d\d$/);
      }
    }
  });

  it("have gold quotes that occur verbatim in their articles, and gold articles that exist", () => {
    for (const { articles, gold } of fixtures) {
      const text = new Map(articles.map((a) => [a.id, a.body]));
      for (const e of gold.events)
        for (const [id, r] of Object.entries(e.reports))
          for (const q of r.quotes) expect([id, text.get(id)?.includes(q)]).toEqual([id, true]);
      for (const a of gold.actors) for (const id of a.articles) expect(text.has(id)).toBe(true);
    }
  });

  it("analyzeStory(articles) is sound: it validates and every span slices its own article", () => {
    for (const { articles } of fixtures)
      expect(checkStoryIntegrity(analyzeStory(articles))).toEqual([]);
  });

  it.each(Object.keys(FLOOR) as (keyof typeof FLOOR)[])(
    "evaluateStory(%s) keeps its measured merge precision and recall",
    (name) => {
      const f = fixtures.find((x) => x.name === name)!;
      const score = evaluateStory(analyzeStory(f.articles), f.gold);
      for (const what of ["actors", "events"] as const) {
        if (score[what].merged >= MIN_PAIRS)
          expect(score[what].precision).toBeGreaterThanOrEqual(FLOOR[name][what].precision);
        if (score[what].gold >= MIN_PAIRS)
          expect(score[what].recall).toBeGreaterThanOrEqual(FLOOR[name][what].recall);
      }
    },
  );

  it("hold a held-out story, and every story has a floor", () => {
    expect(fixtures.filter((f) => f.gold.split === "held-out").length).toBeGreaterThanOrEqual(1);
    expect(fixtures.map((f) => f.name).sort()).toEqual(Object.keys(FLOOR).sort());
  });

  it("keeps the events' merge precision and recall pooled over the dev stories", () => {
    // Pooled over the three dev stories this floor was measured on; the fourth to sixth have their own floors.
    const later = ["myanmar-earthquake", "bondi-beach-shooting", "papal-conclave"];
    const scores = fixtures
      .filter((f) => f.gold.split === "dev" && !later.includes(f.name))
      .map((f) => evaluateStory(analyzeStory(f.articles), f.gold).events);
    const sum = (k: "merged" | "correct" | "gold" | "found") =>
      scores.reduce((n, s) => n + s[k], 0);
    expect(sum("merged")).toBeGreaterThanOrEqual(MIN_PAIRS);
    expect(sum("correct") / sum("merged")).toBeGreaterThanOrEqual(POOLED_EVENTS.precision);
    expect(sum("found") / sum("gold")).toBeGreaterThanOrEqual(POOLED_EVENTS.recall);
  });
});

describe("storyJsonSchema()", () => {
  it("matches the committed schema/story.schema.json (npm run schema)", () => {
    const committed = JSON.parse(
      readFileSync(path.join(__dirname, "../../../schema/story.schema.json"), "utf8"),
    );
    expect(storyJsonSchema()).toEqual(committed);
  });
});
