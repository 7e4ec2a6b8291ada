import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { addArticle, forgetUserAnalyses, getAnalysis, listArticles, resetStore } from "@/lib/store";
import { analyzeArticle } from "@/lib/store/analyzer";
import { closeDatabase } from "@/lib/store/db";

jest.mock("@/lib/store/analyzer", () => {
  const actual = jest.requireActual("@/lib/store/analyzer");
  return { analyzeArticle: jest.fn(actual.analyzeArticle) };
});
const analyze = analyzeArticle as jest.MockedFunction<typeof analyzeArticle>;
const sub = (text: string) => ({ text, title: undefined, dek: undefined, source: undefined, url: undefined, published: "2026-01-05", referenceDate: undefined });

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "newsline-fail-"));
  file = path.join(dir, "f.db");
  process.env.NEWSLINE_DB = file;
  resetStore();
});
afterAll(async () => {
  await closeDatabase();
  process.env.NEWSLINE_DB = ":memory:";
  rmSync(dir, { recursive: true, force: true });
});

describe("an article the pipeline cannot analyse", () => {
  it("is refused with a message naming the text, and nothing is stored", async () => {
    analyze.mockImplementationOnce(() => {
      throw new Error("boom");
    });
    const r = await addArticle(sub("Broken\nThe text the pipeline chokes on."), "api");
    expect(r).toEqual({ ok: false, field: "text", error: "could not be analysed (boom); nothing was saved" });
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 0 });
    db.close();
  });

  it("once stored, never hides the other articles when a later pipeline fails on it", async () => {
    const a = await addArticle(sub("First\nThe council met on Monday."), "api");
    const b = await addArticle(sub("Second\nThe council met again on Tuesday."), "api");
    if (!a.ok || !b.ok) throw new Error("setup failed");
    // a new pipeline version: both are analysed again on the next listing, and the first one fails
    const db = new Database(file);
    db.prepare("UPDATE analyses SET pipeline_version = 'old'").run();
    db.close();
    forgetUserAnalyses();
    analyze.mockImplementationOnce(() => {
      throw new Error("boom");
    });
    const { articles, problem } = await listArticles();
    expect(problem).toBeNull();
    const added = articles.filter((x) => x.ok && x.added);
    expect(added.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
  });

  it("its page is a problem page, not a missing one", async () => {
    const a = await addArticle(sub("Third\nThe mayor spoke on Wednesday."), "api");
    if (!a.ok) throw new Error("setup failed");
    const db = new Database(file);
    db.prepare("DELETE FROM analyses WHERE content_hash = (SELECT content_hash FROM articles WHERE id = ?)").run(a.id);
    db.close();
    forgetUserAnalyses();
    analyze.mockImplementationOnce(() => {
      throw new Error("boom");
    });
    expect(await getAnalysis(a.id)).toEqual({ kind: "problem", id: a.id, file: a.id, problem: `${a.id}: the analysis failed (boom)` });
  });
});
