import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PIPELINE_VERSION } from "@/lib/extract";
import { addArticle, forgetUserAnalyses, getAnalysis, resetStore, userAnalysis } from "@/lib/store";
import { closeDatabase } from "@/lib/store/db";

const sub = (text: string, extra: Record<string, string> = {}) => ({ text, title: undefined, dek: undefined, source: undefined, url: undefined, published: undefined, referenceDate: undefined, ...extra });
let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "newsline-user-"));
  file = path.join(dir, "user.db");
  process.env.NEWSLINE_DB = file;
  resetStore();
});
afterAll(async () => {
  await closeDatabase();
  process.env.NEWSLINE_DB = ":memory:";
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => jest.useRealTimers());

describe("user articles in the store", () => {
  it("re-analyses lazily under a new pipeline version, and keeps the old analysis", async () => {
    const added = await addArticle(sub("Port reopens\nThe port reopened on Tuesday, the authority said."), "api");
    if (!added.ok) throw new Error(added.error);
    const db = new Database(file);
    db.prepare("UPDATE analyses SET pipeline_version = 'an-older-pipeline'").run();
    forgetUserAnalyses();
    const stored = await userAnalysis(added.id);
    expect(stored?.analysis.article.id).toBe(added.id);
    const versions = (db.prepare("SELECT pipeline_version AS v FROM analyses ORDER BY v").all() as { v: string }[]).map((r) => r.v);
    expect(versions).toEqual(["an-older-pipeline", PIPELINE_VERSION].sort());
    db.close();
    const found = await getAnalysis(added.id);
    expect(found.kind).toBe("ok");
  });

  it("reads an undated article as of the day it was added, and the same text later is the same article", async () => {
    jest.useFakeTimers({ now: new Date("2031-03-04T10:00:00Z"), doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    const first = await addArticle(sub("Dam repairs begin\nWork began on Monday to repair the dam, engineers said."), "api");
    if (!first.ok) throw new Error(first.error);
    const analysis = (await userAnalysis(first.id))!.analysis;
    expect(analysis.article.referenceDate).toEqual({ date: "2031-03-04", basis: "assumed" });
    jest.setSystemTime(new Date("2032-08-09T10:00:00Z"));
    const again = await addArticle(sub("Dam repairs begin\nWork began on Monday to repair the dam, engineers said."), "api");
    expect(again).toEqual({ ok: true, id: first.id, created: false });
    forgetUserAnalyses();
    expect((await userAnalysis(first.id))!.analysis).toEqual(analysis);
  });

  it("answers missing for an id no one added", async () => {
    expect(await userAnalysis("no-such-article-abcdef")).toBeNull();
    expect((await getAnalysis("no-such-article-abcdef")).kind).toBe("missing");
  });
});
