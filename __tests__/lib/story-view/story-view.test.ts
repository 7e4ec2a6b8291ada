import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeArticle } from "@/lib/extract";
import { parseArticle } from "@/lib/article/parse";
import type { Analysis } from "@/lib/model/analysis";
import { mergeStory } from "@/lib/story";
import { eventVersions, layoutStoryGraph, layoutStoryTimeline, parseStoryView, storyQuery, storySubset, suggestArticles } from "@/lib/story-view";

const DIR = path.join(__dirname, "../../fixtures/stories");
function analyse(story: string, name: string): Analysis {
  const parsed = parseArticle(name, readFileSync(path.join(DIR, story, name)));
  if (!parsed.ok) throw new Error(parsed.error);
  return analyzeArticle(parsed.article);
}

const paris = ["tass-paris-to-host-coalition-meeting.md", "meduza-zelensky-arrives-in-paris.md", "lbc-uk-france-military-hubs.md", "anews-starmer-uk-troops-on-the-ground.md"].map((f) =>
  analyse("paris-summit", f),
);
const maduro = ["whmi-fox-maduro-faces-judge.md", "triblive-maduro-set-to-appear-monday.md"].map((f) => analyse("maduro-arraignment", f));
const story = mergeStory(paris);
const summit = story.events.find((e) => e.articles.length >= 3)!;

describe("suggestArticles(open, candidates)", () => {
  it("suggestArticles(paris[0], [maduro…, paris…]) ranks the other Paris articles first, by shared actors and dates", () => {
    const ranked = suggestArticles(paris[0]!, [...maduro, ...paris]);
    expect(ranked.map((s) => s.id)).not.toContain(paris[0]!.article.id);
    const top = ranked.slice(0, 3).map((s) => s.id);
    expect(top.sort()).toEqual(paris.slice(1).map((a) => a.article.id).sort());
    expect(ranked[0]!.sharedActors).toEqual(expect.arrayContaining(["Emmanuel Macron"]));
    for (const s of ranked) if (maduro.some((m) => m.article.id === s.id)) expect(s.score).toBeLessThan(ranked[2]!.score);
  });

  it("suggestArticles(open, []) is empty, and scores are sorted high to low", () => {
    expect(suggestArticles(paris[0]!, [])).toEqual([]);
    const scores = suggestArticles(paris[1]!, paris).map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe("parseStoryView(query, story)", () => {
  it("parseStoryView('select=event:<summit>&articles=<two>') keeps both, in the story's order", () => {
    const two = [story.articles[2]!.id, story.articles[0]!.id];
    const view = parseStoryView(`select=event:${summit.id}&articles=${two.join(",")}`, story);
    expect(view.state.select).toEqual({ kind: "event", id: summit.id });
    expect(view.articles).toEqual([story.articles[0]!.id, story.articles[2]!.id]);
    expect(view.subset).toBe(true);
    expect(view.notices).toEqual([]);
  });

  it("parseStoryView drops unknown articles, malformed ids and stale selections, with a notice each", () => {
    const view = parseStoryView({ articles: "nope,<b>", select: "event:story-event-999", bogus: "1" }, story);
    expect(view.articles).toEqual(story.articles.map((a) => a.id));
    expect(view.subset).toBe(false);
    expect(view.state.select).toBeNull();
    expect(view.notices).toEqual(
      expect.arrayContaining(["ignored: bogus=1", "ignored: articles=nope (not in this story)", "ignored: articles=<b>", "ignored: select=event:story-event-999 (not in this story)"]),
    );
  });

  it("storyQuery round-trips through parseStoryView", () => {
    const q = storyQuery({ select: { kind: "event", id: summit.id }, articles: [story.articles[1]!.id] });
    const view = parseStoryView(q, story);
    expect(view.state.select).toEqual({ kind: "event", id: summit.id });
    expect(view.articles).toEqual([story.articles[1]!.id]);
  });
});

describe("storySubset(story, articles)", () => {
  it("storySubset(story, [one]) keeps only that article's reports, relations and outlet, under the story's ids", () => {
    const one = story.articles[1]!.id;
    const sub = storySubset(story, [one]);
    expect(sub.articles.map((a) => a.id)).toEqual([one]);
    expect(sub.events.every((e) => e.reports.every((r) => r.article === one))).toBe(true);
    expect(sub.relations.every((r) => r.support === 1 && r.articles.join() === one)).toBe(true);
    expect(sub.outlets.map((o) => o.article)).toEqual([one]);
    expect(sub.events.find((e) => e.id === summit.id)).toBeDefined();
    expect(storySubset(story, story.articles.map((a) => a.id))).toBe(story);
  });
});

describe("eventVersions(story, event)", () => {
  it("eventVersions(story, summit) gives one version per report, articles in order, marking what departs from most", () => {
    const versions = eventVersions(story, summit);
    expect(versions).toHaveLength(summit.reports.length);
    expect([...new Set(versions.map((v) => v.article))]).toEqual(story.articles.map((a) => a.id).filter((id) => summit.articles.includes(id)));
    for (const v of versions) expect(v.sentence.length).toBeGreaterThan(0);
    const tass = versions.find((v) => v.outlet === "TASS");
    expect(tass?.certainty).toBe("scheduled");
    expect(tass?.differs.certainty).toBe(true);
    expect(versions.filter((v) => !v.differs.date && v.date !== null).length).toBeGreaterThanOrEqual(2);
  });
});

describe("layouts", () => {
  it("layoutStoryTimeline(events, 960) places every dated event once, without overlapping labels in a row", () => {
    const layout = layoutStoryTimeline(story.events, 960);
    const dated = story.events.filter((e) => e.dates.length > 0);
    expect(layout.events.map((e) => e.id).sort()).toEqual(dated.map((e) => e.id).sort());
    expect(layout.undated.length + layout.events.length).toBe(story.events.length);
    expect(layout.events.find((e) => e.id === summit.id)?.reports).toBe(summit.articles.length);
    for (const e of layout.events) expect(e.x2).toBeGreaterThanOrEqual(e.x);
    expect(layoutStoryTimeline(story.events, 960)).toEqual(layout);
  });

  it("layoutStoryTimeline(events, width): labels take the room a wide chart gives, and stay inside a narrow one", () => {
    const wide = layoutStoryTimeline(story.events, 1200);
    for (const e of wide.events) {
      if (e.label.length <= 44) expect(e.text).toBe(e.label);
      else expect([e.text.length <= 44, e.text.endsWith("…")]).toEqual([true, true]);
    }
    expect(wide.events.some((e) => e.label.length > 26 && e.text === e.label)).toBe(true);
    for (const width of [390, 800, 1200]) {
      const layout = layoutStoryTimeline(story.events, width);
      for (const e of layout.events) expect(e.x + 14 + e.text.length * 6.4).toBeLessThanOrEqual(width);
      const rows = new Map<number, typeof layout.events>();
      for (const e of layout.events) rows.set(e.row, [...(rows.get(e.row) ?? []), e]);
      for (const row of rows.values()) {
        const sorted = [...row].sort((a, b) => a.x - b.x);
        for (let i = 1; i < sorted.length; i++) {
          const prev = sorted[i - 1]!;
          expect(Math.max(prev.x2, prev.x + 14 + prev.text.length * 6.4)).toBeLessThan(sorted[i]!.x);
        }
      }
    }
  });

  it("layoutStoryGraph(story, 800, 500) is deterministic, inside the box, edges thicker with support", () => {
    const a = layoutStoryGraph(story, 800, 500);
    expect(layoutStoryGraph(story, 800, 500)).toEqual(a);
    for (const n of a.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(800);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(500);
    }
    const bySupport = [...a.edges].sort((x, y) => x.support - y.support);
    expect(bySupport.at(-1)!.width).toBeGreaterThanOrEqual(bySupport[0]!.width);
  });
});
