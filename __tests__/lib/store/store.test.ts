import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { etagMatches } from "@/lib/cache";
import { getAnalysis, listArticles, resetStore, FOLDER_TTL_MS } from "@/lib/store";
import { readArticleFolder } from "@/lib/article/load";
import { analyzeArticle } from "@/lib/store/analyzer";

jest.mock("@/lib/store/analyzer", () => {
  const actual = jest.requireActual("@/lib/store/analyzer");
  return { analyzeArticle: jest.fn(actual.analyzeArticle) };
});
const analyze = analyzeArticle as jest.MockedFunction<typeof analyzeArticle>;
jest.mock("@/lib/article/load", () => {
  const actual = jest.requireActual("@/lib/article/load");
  return { ...actual, readArticleFolder: jest.fn(actual.readArticleFolder) };
});
const readFolder = readArticleFolder as jest.MockedFunction<typeof readArticleFolder>;

const GOOD = `---
title: A good article
source: Example Wire
published: 2026-01-02
---

Leaders met in Paris on Tuesday. They will meet again next week.
`;

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "newsline-store-"));
  process.env.NEWSLINE_ARTICLES_DIR = dir;
  resetStore();
  analyze.mockClear();
  readFolder.mockClear();
});
afterEach(() => {
  jest.useRealTimers();
  delete process.env.NEWSLINE_ARTICLES_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe("store", () => {
  it("listArticles() summarises good files and lists bad ones with their problem", async () => {
    writeFileSync(path.join(dir, "good.md"), GOOD);
    writeFileSync(path.join(dir, "broken_broken.md"), "---\ntitle: [unclosed\n---\n\nBody.\n");
    writeFileSync(path.join(dir, "notes.json"), "{}");
    const { articles, problem } = await listArticles();
    expect(problem).toBeNull();
    expect(articles).toHaveLength(2);
    const good = articles.find((a) => a.ok);
    expect(good).toMatchObject({ ok: true, id: "good", title: "A good article", source: "Example Wire", published: "2026-01-02" });
    expect(good && good.ok && good.counts.claims).toBeGreaterThan(0);
    const bad = articles.find((a) => !a.ok);
    expect(bad).toMatchObject({ ok: false, id: "broken_broken", file: "broken_broken.md" });
    expect(bad && !bad.ok && bad.problem).toMatch(/broken_broken\.md/);
  });

  it("listArticles() reports a missing folder as a problem, not an exception", async () => {
    process.env.NEWSLINE_ARTICLES_DIR = path.join(dir, "nope");
    const listing = await listArticles();
    expect(listing.articles).toEqual([]);
    expect(listing.problem).toMatch(/does not exist/);
  });

  it("getAnalysis(id) returns the analysis with an ETag, or missing, or the file's problem", async () => {
    writeFileSync(path.join(dir, "good.md"), GOOD);
    writeFileSync(path.join(dir, "bad.md"), "---\ntitle: ''\n---\n\nBody.\n");
    const ok = await getAnalysis("good");
    expect(ok.kind).toBe("ok");
    if (ok.kind !== "ok") return;
    expect(ok.stored.analysis.article.title).toBe("A good article");
    expect(JSON.parse(ok.stored.json)).toEqual(ok.stored.analysis);
    expect(new TextDecoder().decode(ok.stored.body)).toBe(ok.stored.json);
    expect(ok.stored.etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect((await getAnalysis("unknown")).kind).toBe("missing");
    expect(await getAnalysis("bad")).toMatchObject({ kind: "problem", file: "bad.md" });
  });

  it("getAnalysis(id) analyses an article once per content and again when the file changes", async () => {
    writeFileSync(path.join(dir, "good.md"), GOOD);
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    const first = await getAnalysis("good");
    await getAnalysis("good");
    await listArticles();
    expect(analyze).toHaveBeenCalledTimes(1);
    writeFileSync(path.join(dir, "good.md"), GOOD.replace("Tuesday", "Wednesday"));
    jest.setSystemTime(Date.now() + FOLDER_TTL_MS + 1);
    const second = await getAnalysis("good");
    expect(analyze).toHaveBeenCalledTimes(2);
    expect(first.kind === "ok" && second.kind === "ok" && first.stored.etag !== second.stored.etag).toBe(true);
  });

  it("getAnalysis(id) after the TTL only lists the folder when nothing changed, and re-reads it when a file is added", async () => {
    writeFileSync(path.join(dir, "good.md"), GOOD);
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    const first = await getAnalysis("good");
    jest.setSystemTime(Date.now() + FOLDER_TTL_MS + 1);
    const again = await getAnalysis("good");
    expect(readFolder).toHaveBeenCalledTimes(1);
    expect(again.kind === "ok" && first.kind === "ok" && again.stored).toBe(first.kind === "ok" && first.stored);
    writeFileSync(path.join(dir, "other.md"), GOOD.replace("A good article", "Another article"));
    expect((await getAnalysis("other")).kind).toBe("missing");
    jest.setSystemTime(Date.now() + FOLDER_TTL_MS + 1);
    expect((await getAnalysis("other")).kind).toBe("ok");
    expect(readFolder).toHaveBeenCalledTimes(2);
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  it("getAnalysis(id) answers a duplicated id with the first file, as listArticles() does", async () => {
    writeFileSync(path.join(dir, "same.md"), GOOD);
    writeFileSync(path.join(dir, "same.txt"), "Another title\n\nLeaders met in Rome on Monday.\n");
    const found = await getAnalysis("same");
    expect(found.kind === "ok" && found.stored.analysis.article.title).toBe("A good article");
    const { articles } = await listArticles();
    expect(articles.map((a) => a.ok)).toEqual([true, false]);
  });

  it("getAnalysis(id) turns an analyzer failure into a problem entry", async () => {
    analyze.mockImplementationOnce(() => {
      throw new Error("boom");
    });
    writeFileSync(path.join(dir, "good.md"), GOOD);
    expect(await getAnalysis("good")).toMatchObject({ kind: "problem", problem: "good.md: the analysis failed (boom)" });
  });

  it("listArticles() ignores sub-folders that are not article files", async () => {
    mkdirSync(path.join(dir, "drafts"));
    writeFileSync(path.join(dir, "good.md"), GOOD);
    expect((await listArticles()).articles).toHaveLength(1);
  });
});

describe("etagMatches", () => {
  it("etagMatches(header, etag) accepts the tag, weak forms, lists and *", () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
    expect(etagMatches('"x"', '"abc"')).toBe(false);
    expect(etagMatches(null, '"abc"')).toBe(false);
  });
});
