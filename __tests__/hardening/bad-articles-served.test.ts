import path from "node:path";
import { GET as getList } from "@/app/api/articles/route";
import { GET as getOne } from "@/app/api/articles/[id]/route";
import { readArticleFile } from "@/lib/article";
import { resetStore } from "@/lib/store";

// The bad-article corpus served as a folder: each broken file is listed with the same precise
// message the CLI prints, answers 422 with it, and the articles that parse are served as usual.
const BAD = path.join(__dirname, "../fixtures/bad");

beforeAll(() => {
  process.env.NEWSLINE_ARTICLES_DIR = BAD;
  resetStore();
});
afterAll(() => {
  delete process.env.NEWSLINE_ARTICLES_DIR;
  resetStore();
});

type Row = { ok: boolean; id: string | null; file?: string; problem?: string };

describe("GET /api/articles over the bad-article corpus", () => {
  let rows: Row[];
  beforeAll(async () => {
    const res = await getList();
    expect(res.status).toBe(200);
    rows = (await res.json()).articles;
  });

  it("lists every file of the folder, good or bad", () => {
    expect(rows.length).toBe(18);
  });

  it.each(["binary.md", "invalid-utf8.md", "malformed-yaml.md", "no-front-matter.md", "wrong-types.md", "title-not-text.md", "empty-body.md", "whitespace-body.md", "whitespace-only.txt"])(
    "lists %s with the reader's own message for it",
    async (file) => {
      const entry = await readArticleFile(path.join(BAD, file));
      expect(entry.ok).toBe(false);
      const row = rows.find((r) => r.file === file);
      expect(row).toMatchObject({ ok: false, problem: entry.ok ? "" : entry.error });
      expect(row!.problem).toContain(file);
    },
  );

  it("reports the second file of a duplicated id as the problem, and serves the first", async () => {
    expect(rows.find((r) => r.file === "dup-id.txt")).toMatchObject({ ok: false, problem: expect.stringContaining('already used by dup-id.md') });
    const res = await getOne(new Request("http://test/api/articles/dup-id"), { params: Promise.resolve({ id: "dup-id" }) });
    expect(res.status).toBe(200);
  });

  it.each(["arabic", "hebrew", "chinese", "russian", "mixed-rtl", "no-punctuation", "no-dates-no-actors"])(
    "serves %s, which parses, as an analysis",
    async (id) => {
      const res = await getOne(new Request(`http://test/api/articles/${id}`), { params: Promise.resolve({ id }) });
      expect(res.status).toBe(200);
      expect((await res.json()).article.id).toBe(id);
    },
  );

  it("answers a broken article's id with 422 and its message, never 500", async () => {
    const res = await getOne(new Request("http://test/api/articles/wrong-types"), { params: Promise.resolve({ id: "wrong-types" }) });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toContain('field "published"');
  });
});
